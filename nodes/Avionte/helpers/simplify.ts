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

export function simplifyRecord(resource: string, record: IDataObject): IDataObject {
	const fields = SIMPLE_FIELDS[resource];
	if (!fields) return record;
	const result: IDataObject = {};
	for (const field of fields) if (record[field] !== undefined) result[field] = record[field];
	return result;
}
