/** Pickers show names; the id stays the value and is not displayed [C: checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fetchPickerPage } from '../helpers/paging';

const PICKER_PAGE = 50;

export async function searchEmptyLegs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { records: legs, nextToken } = await fetchPickerPage.call(this, 'avinode', '/emptylegs', {}, PICKER_PAGE, paginationToken);
	const needle = (filter ?? '').trim().toLowerCase();
	const label = (leg: IDataObject) => {
		const start = (leg.startAirport as IDataObject | undefined)?.icao ?? '?';
		const end = (leg.endAirport as IDataObject | undefined)?.icao ?? '?';
		const when = String(leg.startDate ?? 'date open').slice(0, 16).replace('T', ' ');
		const tail = (leg.lift as IDataObject | undefined)?.aircraftTail;
		return `${String(start)} → ${String(end)}, ${when}${tail ? `, ${String(tail)}` : ''}`;
	};
	const results = legs.map((leg) => ({ name: label(leg), value: String(leg.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	return { results, paginationToken: nextToken };
}
