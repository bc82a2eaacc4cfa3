/**
 * The Schedaero contact field mapper. The contact schema is not in the public documentation, so the
 * mapper offers the fields every contact has (names, email, phone) and adds, as optional fields, the
 * other properties this connection's own contacts carry.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { MappedField, MappedFieldType } from '../../../shared/mappedFields';
import { mapperParameter } from '../../../shared/mappedFields';
import type { ContactKind } from './contactType';

/** Properties the API sets itself; they are read, never written. */
export const READ_ONLY_CONTACT_PROPERTIES = ['id', 'href', 'type', 'links', 'actions', 'externalIdentities', '_meta', '_sync'];

const PEOPLE_FIELDS: MappedField[] = [
	{ id: 'firstName', displayName: 'First Name', type: 'string', required: true },
	{ id: 'lastName', displayName: 'Last Name', type: 'string', required: true },
	{ id: 'email', displayName: 'Email', type: 'string' },
	{ id: 'phone', displayName: 'Phone', type: 'string' },
];

const COMPANY_FIELDS: MappedField[] = [
	{ id: 'name', displayName: 'Company Name', type: 'string', required: true },
	{ id: 'email', displayName: 'Email', type: 'string' },
	{ id: 'phone', displayName: 'Phone', type: 'string' },
];

export function knownContactFields(kind: ContactKind): MappedField[] {
	return kind === 'people' ? PEOPLE_FIELDS : COMPANY_FIELDS;
}

/** `firstName` → "First Name". */
export function labelOf(property: string): string {
	const words = property.replace(/[_-]+/g, ' ').replace(/([a-z\d])([A-Z])/g, '$1 $2').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function typeOf(value: unknown): MappedFieldType {
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	if (Array.isArray(value)) return 'array';
	if (value !== null && typeof value === 'object') return 'object';
	return 'string';
}

/**
 * The mapper's fields: the known ones, then every other writable property the sample records carry
 * (offered under "Add field"), typed by the first value seen.
 */
export function contactMapperFields(kind: ContactKind, sample: IDataObject[], requireNames = true): MappedField[] {
	const known = knownContactFields(kind).map((field) => ({ ...field, required: requireNames && field.required }));
	const seen = new Set([...known.map((field) => field.id), ...READ_ONLY_CONTACT_PROPERTIES]);
	const discovered: MappedField[] = [];
	for (const record of sample) {
		for (const [property, value] of Object.entries(record)) {
			if (seen.has(property) || value === null || value === undefined) continue;
			seen.add(property);
			discovered.push({ id: property, displayName: labelOf(property), type: typeOf(value), optional: true });
		}
	}
	return [...known, ...discovered.sort((a, b) => a.displayName.localeCompare(b.displayName))];
}

/** The mapper parameter: fields per contact type, required ones marked. */
export function contactColumnsField(resourceMapperMethod: 'getContactFields' | 'getContactUpsertFields' | 'getContactUpdateFields'): INodeProperties {
	return mapperParameter(resourceMapperMethod, { dependsOn: resourceMapperMethod === 'getContactUpsertFields' ? ['contactType', 'matchOn'] : ['contactType'] });
}
