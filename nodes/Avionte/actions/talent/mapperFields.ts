/**
 * The fields the talent field mapper shows, per operation: every documented talent field with its
 * editor type, the tenant's statuses (Update), branches and users as dropdowns, and what a create needs
 * marked required (Avionté's own rule plus the tenant's new-talent requirements). Create and Create
 * or Update take Status from their own field above the mapper (syncDescription.ts).
 */
import type { INodePropertyOptions, ResourceMapperField } from 'n8n-workflow';

import type { TalentField } from './talentFields';
import { EMAIL_FIELD, STATUS_FIELD, TALENT_FIELDS, TALENT_ID_FIELD } from './talentFields';

export type MapperOperation = 'create' | 'update' | 'upsert';

/** What the tenant told us; anything missing (the call failed) falls back to the documented rules. */
export interface TenantLists {
	/** Requirement names the tenant marks required (`GET /talent-requirement`). */
	requiredNames?: string[];
	statuses?: INodePropertyOptions[];
	branches?: INodePropertyOptions[];
	/** The representative user's list; a numeric ID not in it is still taken (talentValues.ts). */
	users?: INodePropertyOptions[];
}

function tenantOptions(fieldId: string, tenant: TenantLists): INodePropertyOptions[] | undefined {
	if (fieldId === STATUS_FIELD) return tenant.statuses;
	if (fieldId === 'frontOfficeId') return tenant.branches;
	if (fieldId === 'representativeUser') return tenant.users;
	return undefined;
}

/** Whether the operation's Status is a field of its own rather than one of the mapper's. */
export function hasStatusUpFront(operation: MapperOperation): boolean {
	return operation !== 'update';
}

/** The talent fields an operation's mapper offers (and "Map Automatically" fills). */
export function mapperTalentFields(operation: MapperOperation): TalentField[] {
	return TALENT_FIELDS.filter((field) => (operation !== 'create' || !field.updateOnly) && !(hasStatusUpFront(operation) && field.id === STATUS_FIELD));
}

export function talentMapperFields(operation: MapperOperation, tenant: TenantLists): ResourceMapperField[] {
	const tenantRequired = new Set(tenant.requiredNames ?? []);
	const canCreate = operation !== 'update';
	return mapperTalentFields(operation).map((field) => {
		const required = canCreate && (field.requiredToCreate === true || (field.requirement !== undefined && tenantRequired.has(field.requirement)));
		const options = tenantOptions(field.id, tenant) ?? field.options;
		const matchable = operation === 'update' && (field.id === TALENT_ID_FIELD || field.id === EMAIL_FIELD);
		return {
			id: field.id,
			displayName: field.displayName,
			required,
			defaultMatch: operation === 'update' && field.id === TALENT_ID_FIELD,
			canBeUsedToMatch: matchable,
			display: true,
			type: options && options.length > 0 ? 'options' : field.type,
			...(options && options.length > 0 ? { options } : {}),
		};
	});
}
