/** Dropdowns filled from the tenant's own lists. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { readTenantList } from '../helpers/tenantLists';
import { listUsers } from '../helpers/users';

function sorted(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getBranches(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await readTenantList(this, '/branch')).map((branch) => ({ name: String(branch.name), value: Number(branch.id) })));
}

/** Every user, as Users Get Many reads them. */
async function allUsers(context: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return (await listUsers.call(context, { concurrency: 1 })).records;
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await allUsers(this)).map((user) => ({ name: `${String(user.firstName ?? '')} ${String(user.lastName ?? '')}`.trim(), value: Number(user.userId), description: String(user.emailAddress ?? '') })));
}

/** The talent body takes the status name (a string up to 50 characters) [C]. */
export async function getTalentStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await readTenantList(this, '/talent-statuses')).map((status) => ({ name: String(status.name), value: String(status.name) })));
}

export async function getTalentActivityTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await readTenantList(this, '/talent/activity-types')).map((type) => ({ name: String(type.name), value: Number(type.typeId) })));
}

export async function getContactActivityTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await readTenantList(this, '/contact/activity-types')).map((type) => ({ name: String(type.name), value: Number(type.typeId) })));
}

export async function getDocumentTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await readTenantList(this, '/talent-document-types')).map((type) => ({ name: String(type.name), value: Number(type.id) })));
}
