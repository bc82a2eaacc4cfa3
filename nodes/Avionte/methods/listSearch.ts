/** Record pickers: see helpers/recordSearch.ts for how they search a listing that has no search. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { PickerSpec } from '../helpers/recordSearch';
import { searchRecords } from '../helpers/recordSearch';
import { readUserList } from '../helpers/users';

function searchVia(spec: PickerSpec) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchRecords(this, spec, filter, paginationToken);
	};
}

const person = (record: IDataObject) => `${String(record.firstName ?? '')} ${String(record.lastName ?? '')}`.trim();

export const searchTalents = searchVia({ plural: 'talents', linkKind: 'talent', label: (r) => `${person(r)}${r.emailAddress ? ` (${String(r.emailAddress)})` : ''} · ${String(r.id)}` });
export const searchCompanies = searchVia({ plural: 'companies', linkKind: 'company', label: (r) => `${String(r.name ?? '')} · ${String(r.id)}` });
export const searchContacts = searchVia({ plural: 'contacts', linkKind: 'contact', label: (r) => `${person(r)}${r.companyName ? `, ${String(r.companyName)}` : ''} · ${String(r.id)}` });
export const searchJobs = searchVia({ plural: 'jobs', linkKind: 'job', label: (r) => `${String(r.title ?? '')}${r.companyName ? ` at ${String(r.companyName)}` : ''} · ${String(r.id)}` });
export const searchPlacements = searchVia({ plural: 'placements', linkKind: 'placement', label: (r) => `Placement ${String(r.id)} (talent ${String(r.talentId)}, job ${String(r.jobId)})` });

const userLabel = (record: IDataObject) => `${person(record)} (${String(record.emailAddress ?? '')})`;
const searchUsersByIds = searchVia({ plural: 'users', idField: 'userId', label: userLabel });

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
