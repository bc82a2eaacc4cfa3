/** Pickers show names; the id stays the value and is not displayed [C: Avinode API checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchPickerPage } from '../../Avinode/helpers/paging';

const PICKER_PAGE = 50;

/** Person contacts by name and email [I: `GET /contacts/people`], paged by the shared picker paging. */
export async function searchPeople(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { records: people, nextToken } = await fetchPickerPage.call(this, 'schedaero', '/contacts/people', {}, PICKER_PAGE, paginationToken);
	const label = (person: IDataObject) => {
		const name = `${String(person.firstName ?? '')} ${String(person.lastName ?? '')}`.trim() || 'Unnamed contact';
		return person.email ? `${name} (${String(person.email)})` : name;
	};
	const needle = (filter ?? '').trim().toLowerCase();
	const results = people.map((person) => ({ name: label(person), value: String(person.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	return { results, paginationToken: nextToken };
}
