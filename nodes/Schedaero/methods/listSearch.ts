/** Pickers show names; the id stays the value and is not displayed [C: Avinode API checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Envelope } from '../../Avinode/helpers/envelope';
import { avinodeRequest } from '../../Avinode/transport';

const PICKER_PAGE = 50;

/** Person contacts by name and email [I: `GET /contacts/people` paged like the other lists]. */
export async function searchPeople(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 0) || 0;
	const response = await avinodeRequest.call(this, 'schedaero', 'GET', '/contacts/people', { qs: { 'page[number]': page, 'page[size]': PICKER_PAGE } });
	const body = response.body as Envelope;
	const people = Array.isArray(body?.data) ? (body.data as IDataObject[]) : [];
	const label = (person: IDataObject) => {
		const name = `${String(person.firstName ?? '')} ${String(person.lastName ?? '')}`.trim() || 'Unnamed contact';
		return person.email ? `${name} (${String(person.email)})` : name;
	};
	const needle = (filter ?? '').trim().toLowerCase();
	const results = people.map((person) => ({ name: label(person), value: String(person.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	const total = body?.meta?.pagination?.totalCount;
	const more = total !== undefined ? (page + 1) * PICKER_PAGE < total : people.length === PICKER_PAGE;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}
