/**
 * A person contact's identity in an external system (e.g. the CRM's record id), the second half of
 * the documented CRM-link flow after External System > Create [C: docs/external-identifiers]:
 * `PATCH /contacts/people/{contactId}/externalidentity/{externalSystemId}` with
 * `{identifier, name?, uri?}` sets it, `{isActive: "false"}` (a string, as the docs show) deactivates it.
 */
import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../Avinode/helpers/fields';
import { listLocator } from '../../../Avinode/helpers/locators';
import { idSegment } from '../../../Avinode/transport';

export const personLocator: INodeProperties = listLocator('contactId', 'Person Contact', 'searchPeople', 'contact-12345678');

/**
 * The external system as a list of the account's systems; an expression or a saved ID (text) works as
 * before, so workflows saved when this was a text field keep their value.
 */
export const externalSystemPicker: INodeProperties = {
	displayName: 'External System Name or ID',
	name: 'externalSystemId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getExternalSystems' },
	default: '',
	required: true,
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Your system (e.g. your CRM) in Schedaero. Not in the list? Create it once with External System → Create.',
};

export const externalSystemField: INodeProperties = idField('externalSystemId', 'External System ID', 'external-system-12345', 'The ID External System > Create returned for your system');

export function externalIdentityPath(contactId: string, externalSystemId: string): string {
	return `/contacts/people/${idSegment(contactId)}/externalidentity/${idSegment(externalSystemId)}`;
}
