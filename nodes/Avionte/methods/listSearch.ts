/**
 * Record pickers. Avionté has no search endpoint [C: none in the catalog], so each "page" of the
 * picker is one ids page plus one multi-query, filtered here by the text the user typed. The token
 * carries the next page and its size, as the ids paging learned them (base 0 or 1, a capped size).
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchRecordsByIds, IDS_PAGE_SIZE, scanIds } from '../helpers/paging';
import { readUserList } from '../helpers/users';

function parseToken(token: string | undefined): { page: number; pageSize: number } | undefined {
	const match = /^(\d+)(?::(\d+))?$/.exec(token ?? '');
	return match ? { page: Number(match[1]), pageSize: Number(match[2] ?? IDS_PAGE_SIZE) } : undefined;
}

function searchVia(plural: string, label: (record: IDataObject) => string, idField = 'id') {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const resume = parseToken(paginationToken);
		const scan = await scanIds.call(this, plural, { concurrency: 1, limit: resume?.pageSize ?? IDS_PAGE_SIZE, pageSize: resume?.pageSize, resume });
		const { records } = await fetchRecordsByIds.call(this, plural, scan.ids, { concurrency: 1 }, idField);
		const needle = (filter ?? '').trim().toLowerCase();
		const results = records
			.map((record) => ({ name: label(record), value: String(record[idField]) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle);
		return { results, paginationToken: scan.nextPage !== undefined ? `${scan.nextPage}:${scan.pageSize}` : undefined };
	};
}

const person = (record: IDataObject) => `${String(record.firstName ?? '')} ${String(record.lastName ?? '')}`.trim();

export const searchTalents = searchVia('talents', (r) => `${person(r)}${r.emailAddress ? ` (${String(r.emailAddress)})` : ''} · ${String(r.id)}`);
export const searchCompanies = searchVia('companies', (r) => `${String(r.name ?? '')} · ${String(r.id)}`);
export const searchContacts = searchVia('contacts', (r) => `${person(r)}${r.companyName ? `, ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchJobs = searchVia('jobs', (r) => `${String(r.title ?? '')}${r.companyName ? ` at ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchPlacements = searchVia('placements', (r) => `Placement ${String(r.id)} (talent ${String(r.talentId)}, job ${String(r.jobId)})`);

const userLabel = (record: IDataObject) => `${person(record)} (${String(record.emailAddress ?? '')})`;
const searchUsersByIds = searchVia('users', userLabel, 'userId');

/** Users: the user list in one answer; where the API lacks it, ids pages + multi-query page by page (see helpers/users). */
export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	// A token exists only when paging ids: the API has no user list.
	const users = paginationToken ? undefined : await readUserList.call(this);
	if (!users) return await searchUsersByIds.call(this, filter, paginationToken);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: users
			.map((record) => ({ name: userLabel(record), value: String(record.userId) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle),
	};
}
