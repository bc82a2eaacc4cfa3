/**
 * The talent field mapper's fields, read from the tenant when the editor opens the node: its
 * new-talent requirements, branches, users and (for Update, whose Status is a mapper field) statuses.
 * A list that cannot be read (no credential assigned yet, as in a new node's form; a refused call)
 * leaves the documented defaults: first name, last name and email required, Status, Home Office and
 * Representative User as plain inputs.
 */
import type { ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import type { MapperOperation, TenantLists } from '../actions/talent/mapperFields';
import { hasStatusUpFront, talentMapperFields } from '../actions/talent/mapperFields';
import { requiredFieldNames, TALENT_REQUIREMENT_PATH } from '../helpers/talentRequirements';
import { readTenantList } from '../helpers/tenantLists';
import { avionteRequest } from '../transport';
import { getUsers } from './loadOptions';

async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
	try {
		return await read();
	} catch {
		return undefined;
	}
}

/** The editor waits for these lists: one retry at most. */
const editorList = async (context: ILoadOptionsFunctions, path: string) => await readTenantList(context, path, { retryPolicy: { maxRetries: 1 } });

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function readTenantLists(context: ILoadOptionsFunctions, operation: MapperOperation): Promise<TenantLists> {
	const [requiredNames, statuses, branches, users] = await Promise.all([
		readOrUndefined(async () => requiredFieldNames((await avionteRequest.call(context, 'GET', TALENT_REQUIREMENT_PATH, { retryPolicy: { maxRetries: 1 } })).body)),
		hasStatusUpFront(operation)
			? undefined
			: readOrUndefined(async () => (await editorList(context, '/talent-statuses')).map((status) => ({ name: String(status.name), value: String(status.name) })).sort(byName)),
		readOrUndefined(async () => (await editorList(context, '/branch')).map((branch) => ({ name: String(branch.name), value: Number(branch.id) })).sort(byName)),
		readOrUndefined(async () => await getUsers.call(context)),
	]);
	return { requiredNames, statuses, branches, users };
}

async function fieldsFor(context: ILoadOptionsFunctions, operation: MapperOperation): Promise<ResourceMapperFields> {
	return { fields: talentMapperFields(operation, await readTenantLists(context, operation)) };
}

export async function getTalentCreateFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return await fieldsFor(this, 'create');
}

export async function getTalentUpdateFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return await fieldsFor(this, 'update');
}

export async function getTalentUpsertFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	return await fieldsFor(this, 'upsert');
}
