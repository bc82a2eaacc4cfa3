/** The contact field mapper's fields, per Contact Type. */
import type { IDataObject, ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { mapperFields } from '../../shared/mappedFields';
import type { Envelope } from '../../Avinode/helpers/envelope';
import { avinodeRequest } from '../../Avinode/transport';
import { contactKindOf } from '../actions/contact/contactType';
import type { ContactKind } from '../actions/contact/contactType';
import { contactMapperFields } from '../actions/contact/mapper';

/** A few of this connection's contacts, to offer the properties they carry; none when the list cannot be read. */
async function sampleContacts(context: ILoadOptionsFunctions, kind: ContactKind): Promise<IDataObject[]> {
	try {
		const response = await avinodeRequest.call(context, 'schedaero', 'GET', `/contacts/${kind}`, { qs: { 'page[size]': 20 }, retryPolicy: { maxRetries: 1 } });
		const data = (response.body as Envelope)?.data;
		return Array.isArray(data) ? (data as IDataObject[]) : [];
	} catch {
		// The known fields are enough to map; the extra ones are a convenience.
		return [];
	}
}

async function fieldsFor(context: ILoadOptionsFunctions, requireNames: boolean, alsoRequired: string[] = []): Promise<ResourceMapperFields> {
	const kind = contactKindOf(context.getCurrentNodeParameter('contactType'));
	const fields = contactMapperFields(kind, await sampleContacts(context, kind), requireNames).map((field) => (alsoRequired.includes(field.id) ? { ...field, required: true } : field));
	return { fields: mapperFields(fields) };
}

/** Create and Create or Update: the names a new contact needs are required. */
export async function getContactFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return await fieldsFor(this, true);
}

/** Create or Update: as Create, and the field an item is matched on (Email, Company Name) is required too. */
export async function getContactUpsertFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const matchOn = String(this.getCurrentNodeParameter('matchOn') ?? '');
	return await fieldsFor(this, true, matchOn === 'email' ? ['email'] : matchOn === 'name' ? ['name'] : []);
}

/** Update: every field optional, only what is mapped changes. */
export async function getContactUpdateFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return await fieldsFor(this, false);
}
