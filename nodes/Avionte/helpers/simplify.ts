import type { IDataObject } from 'n8n-workflow';

/** The fields a person scanning a table wants; Simplify off returns every field the API sent. */
export const SIMPLE_FIELDS: Record<string, string[]> = {
	talent: ['id', 'firstName', 'lastName', 'emailAddress', 'mobilePhone', 'status', 'officeName', 'createdDate', 'lastUpdatedDate', 'link'],
	company: ['id', 'name', 'phoneNumber', 'status', 'industry', 'mainAddress', 'lastUpdatedDate', 'link'],
	contact: ['id', 'firstName', 'lastName', 'title', 'emailAddress', 'workPhone', 'companyId', 'companyName'],
	job: ['id', 'title', 'companyId', 'companyName', 'positions', 'startDate', 'status'],
	placement: ['id', 'talentId', 'jobId', 'startDate', 'endDate', 'isActive'],
	user: ['userId', 'firstName', 'lastName', 'emailAddress', 'officeName'],
	department: ['id', 'name', 'companyId'],
};

/** Address parts a sheet sync needs, as flat columns: [column, the record's address object, its key]. */
const ADDRESS_COLUMNS: Record<string, Array<[string, string, string]>> = {
	talent: [
		['city', 'residentAddress', 'city'],
		['state', 'residentAddress', 'state_Province'],
		['postalCode', 'residentAddress', 'postalCode'],
	],
};

export function simplifyRecord(resource: string, record: IDataObject): IDataObject {
	const fields = SIMPLE_FIELDS[resource];
	if (!fields) return record;
	const result: IDataObject = {};
	for (const field of fields) if (record[field] !== undefined) result[field] = record[field];
	for (const [column, object, key] of ADDRESS_COLUMNS[resource] ?? []) {
		const address = record[object];
		if (address && typeof address === 'object' && !Array.isArray(address) && (address as IDataObject)[key] !== undefined) result[column] = (address as IDataObject)[key];
	}
	return result;
}
