/** Pickers show names; the id stays the value and is not displayed [C: checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Envelope } from '../helpers/envelope';
import { avinodeRequest } from '../transport';

const PICKER_PAGE = 50;

export async function searchEmptyLegs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 0) || 0;
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/emptylegs', { qs: { 'page[number]': page, 'page[size]': PICKER_PAGE } });
	const body = response.body as Envelope;
	const legs = Array.isArray(body?.data) ? (body.data as IDataObject[]) : [];
	const needle = (filter ?? '').trim().toLowerCase();
	const label = (leg: IDataObject) => {
		const start = (leg.startAirport as IDataObject | undefined)?.icao ?? '?';
		const end = (leg.endAirport as IDataObject | undefined)?.icao ?? '?';
		const when = String(leg.startDate ?? 'date open').slice(0, 16).replace('T', ' ');
		const tail = (leg.lift as IDataObject | undefined)?.aircraftTail;
		return `${String(start)} → ${String(end)}, ${when}${tail ? `, ${String(tail)}` : ''}`;
	};
	const results = legs.map((leg) => ({ name: label(leg), value: String(leg.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	const total = body?.meta?.pagination?.totalCount;
	const more = total !== undefined ? (page + 1) * PICKER_PAGE < total : legs.length === PICKER_PAGE;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}
