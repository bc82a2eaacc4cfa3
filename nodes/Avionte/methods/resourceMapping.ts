/**
 * The talent field mapper's fields, read from the tenant when the editor opens the node: its
 * new-talent requirements, statuses and branches. A list that cannot be read (no credential chosen
 * yet, a refused call) leaves the documented defaults: first name, last name, email and status
 * required, Status and Home Office as plain inputs.
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import type { MapperOperation, TenantLists } from '../actions/talent/mapperFields';
import { talentMapperFields } from '../actions/talent/mapperFields';
import { requiredFieldNames, TALENT_REQUIREMENT_PATH } from '../helpers/talentRequirements';
import { avionteRequest } from '../transport';

async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
	try {
		return await read();
	} catch {
		return undefined;
	}
}

async function listOf(context: ILoadOptionsFunctions, path: string): Promise<IDataObject[]> {
	const response = await avionteRequest.call(context, 'GET', path, { retryPolicy: { maxRetries: 1 } });
	return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function readTenantLists(context: ILoadOptionsFunctions): Promise<TenantLists> {
	const [requiredNames, statuses, branches] = await Promise.all([
		readOrUndefined(async () => requiredFieldNames((await avionteRequest.call(context, 'GET', TALENT_REQUIREMENT_PATH, { retryPolicy: { maxRetries: 1 } })).body)),
		readOrUndefined(async () => (await listOf(context, '/talent-statuses')).map((status) => ({ name: String(status.name), value: String(status.name) })).sort(byName)),
		readOrUndefined(async () => (await listOf(context, '/branch')).map((branch) => ({ name: String(branch.name), value: Number(branch.id) })).sort(byName)),
	]);
	return { requiredNames, statuses, branches };
}

async function fieldsFor(context: ILoadOptionsFunctions, operation: MapperOperation): Promise<ResourceMapperFields> {
	return { fields: talentMapperFields(operation, await readTenantLists(context)) };
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
