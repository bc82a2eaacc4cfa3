/**
 * Record pickers. Avionté has no search endpoint [C: none in the catalog], so each "page" of the
 * picker is one ids page plus one multi-query, filtered here by the text the user typed. The token
 * carries the next page and its size, as the ids paging learned them (base 0 or 1, a capped size).
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchRecordsByIds, IDS_PAGE_SIZE, scanIds } from '../helpers/paging';
import { placementLabels } from '../helpers/placementLabels';
import { optionsAsListSearch } from '../../shared/accountList';
import { getContactActivityTypes, getTalentActivityTypes, getTalentStatuses } from './loadOptions';

function parseToken(token: string | undefined): { page: number; pageSize: number } | undefined {
	const match = /^(\d+)(?::(\d+))?$/.exec(token ?? '');
	return match ? { page: Number(match[1]), pageSize: Number(match[2] ?? IDS_PAGE_SIZE) } : undefined;
}

/** Labels for a page of records: one per record, or all at once when they need more calls. */
type Labeller = ((record: IDataObject) => string) | { labels: (context: ILoadOptionsFunctions, records: IDataObject[]) => Promise<string[]> };

function searchVia(plural: string, label: Labeller, idField = 'id') {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const resume = parseToken(paginationToken);
		const scan = await scanIds.call(this, plural, { concurrency: 1, limit: resume?.pageSize ?? IDS_PAGE_SIZE, pageSize: resume?.pageSize, resume });
		const { records } = await fetchRecordsByIds.call(this, plural, scan.ids, { concurrency: 1 }, idField);
		const labels = typeof label === 'function' ? records.map(label) : await label.labels(this, records);
		const needle = (filter ?? '').trim().toLowerCase();
		const results = records
			.map((record, index) => ({ name: labels[index], value: String(record[idField]) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle);
		return { results, paginationToken: scan.nextPage !== undefined ? `${scan.nextPage}:${scan.pageSize}` : undefined };
	};
}

const person = (record: IDataObject) => `${String(record.firstName ?? '')} ${String(record.lastName ?? '')}`.trim();

export const searchTalents = searchVia('talents', (r) => `${person(r)}${r.emailAddress ? ` (${String(r.emailAddress)})` : ''} · ${String(r.id)}`);
export const searchCompanies = searchVia('companies', (r) => `${String(r.name ?? '')} · ${String(r.id)}`);
export const searchContacts = searchVia('contacts', (r) => `${person(r)}${r.companyName ? `, ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchJobs = searchVia('jobs', (r) => `${String(r.title ?? '')}${r.companyName ? ` at ${String(r.companyName)}` : ''} · ${String(r.id)}`);
export const searchPlacements = searchVia('placements', { labels: placementLabels });

/** Users: `GET /users/ids/{page}/{size}` + `POST /users/multi-query` [C-code: Whippy; doc slug querymultipleusers]. */
export const searchUsers = searchVia('users', (r) => `${person(r)} (${String(r.emailAddress ?? '')})`, 'userId');

/** The tenant's lists behind the Status and Activity Type pickers (see shared/accountList.ts). */
export const searchTalentStatuses = optionsAsListSearch(getTalentStatuses);
export const searchTalentActivityTypes = optionsAsListSearch(getTalentActivityTypes);
export const searchContactActivityTypes = optionsAsListSearch(getContactActivityTypes);
