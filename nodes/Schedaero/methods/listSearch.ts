/** Pickers show names; the id stays the value and is not displayed [C: Avinode API checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchPickerPage } from '../../Avinode/helpers/paging';
import { contactKindOf } from '../actions/contact/contactType';

const PICKER_PAGE = 50;
/** A search reads on until it has matches, but no more than this many pages per call (the next ones on scroll). */
const SEARCH_PAGES_PER_CALL = 10;

function personLabel(person: IDataObject): string {
	const name = `${String(person.firstName ?? '')} ${String(person.lastName ?? '')}`.trim() || 'Unnamed contact';
	return person.email ? `${name} (${String(person.email)})` : name;
}

function companyLabel(company: IDataObject): string {
	const name = String(company.name ?? '').trim() || 'Unnamed company';
	return company.email ? `${name} (${String(company.email)})` : name;
}

/** Contacts whose label contains the search text; pages on past non-matching pages. */
async function searchContactList(context: ILoadOptionsFunctions, path: string, label: (record: IDataObject) => string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	let token = paginationToken;
	for (let pages = 0; ; pages++) {
		const { records, nextToken } = await fetchPickerPage.call(context, 'schedaero', path, {}, PICKER_PAGE, token);
		const results = records.map((record) => ({ name: label(record), value: String(record.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
		if (results.length > 0 || !nextToken || pages + 1 >= SEARCH_PAGES_PER_CALL) return { results, paginationToken: nextToken };
		token = nextToken;
	}
}

/** Person contacts by name and email [I: `GET /contacts/people`]. */
export async function searchPeople(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchContactList(this, '/contacts/people', personLabel, filter, paginationToken);
}

/** Person contacts or companies, as the node's Contact Type says. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const kind = contactKindOf(this.getCurrentNodeParameter('contactType'));
	return await searchContactList(this, `/contacts/${kind}`, kind === 'people' ? personLabel : companyLabel, filter, paginationToken);
}
