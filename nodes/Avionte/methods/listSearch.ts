/**
 * Record pickers. Avionté has no search endpoint [C: none in the catalog], so each "page" of the
 * picker is one ids page plus one multi-query, filtered here by the text the user typed.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { avionteRequest } from '../transport';
import { fetchRecordsByIds } from '../helpers/paging';

const PICKER_PAGE = 100;

function searchVia(plural: string, label: (record: IDataObject) => string, idField = 'id') {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = Number(paginationToken ?? 1) || 1;
		const idsResponse = await avionteRequest.call(this, 'GET', `/${plural}/ids/${page}/${PICKER_PAGE}`);
		const ids = Array.isArray(idsResponse.body) ? (idsResponse.body as number[]) : [];
		const { records } = await fetchRecordsByIds.call(this, plural, ids, { concurrency: 1 }, idField);
		const needle = (filter ?? '').trim().toLowerCase();
		const results = records
			.map((record) => ({ name: label(record), value: String(record[idField]) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle);
		return { results, paginationToken: ids.length === PICKER_PAGE ? String(page + 1) : undefined };
	};
}

const person = (record: IDataObject) => `${String(record.firstName ?? '')} ${String(record.lastName ?? '')}`.trim();

export const searchTalents = searchVia('talents', (r) => `${person(r)}${r.emailAddress ? ` (${String(r.emailAddress)})` : ''} · ${String(r.id)}`);
export const searchCompanies = searchVia('companies', (r) => `${String(r.name ?? '')} · ${String(r.id)}`);
export const searchContacts = searchVia('contacts', (r) => `${person(r)}${r.companyName ? `, ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchJobs = searchVia('jobs', (r) => `${String(r.title ?? '')}${r.companyName ? ` at ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchPlacements = searchVia('placements', (r) => `Placement ${String(r.id)} (talent ${String(r.talentId)}, job ${String(r.jobId)})`);

/** Users come as one list [C-code: GET /users]. */
export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const response = await avionteRequest.call(this, 'GET', '/users');
	const needle = (filter ?? '').trim().toLowerCase();
	const results = ((response.body as IDataObject[]) ?? [])
		.map((user) => ({ name: `${person(user)} (${String(user.emailAddress ?? '')})`, value: String(user.userId) }))
		.filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	return { results };
}
