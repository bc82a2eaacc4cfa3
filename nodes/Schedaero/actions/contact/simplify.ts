import type { IDataObject } from 'n8n-workflow';

import { flattenRecord } from '../../../shared/flatten';

/**
 * A contact as one sheet row: its own fields, nested ones as `parent.child` columns, and its links to
 * external systems as one `externalIds` column ("system: identifier; …").
 */
export function simplifyContact(contact: IDataObject): IDataObject {
	const identities = Array.isArray(contact.externalIdentities) ? (contact.externalIdentities as IDataObject[]) : [];
	const row = flattenRecord(contact, ['href', 'links', 'actions', 'type', 'externalIdentities', '_meta']);
	if (identities.length > 0) row.externalIds = identities.map((identity) => `${String(identity.externalSystemId ?? '')}: ${String(identity.identifier ?? '')}`).join('; ');
	return row;
}
