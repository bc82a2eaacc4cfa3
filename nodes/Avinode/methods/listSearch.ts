/** Pickers show names; the id stays the value and is not displayed [C: checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Envelope } from '../helpers/envelope';
import { fetchPickerPage } from '../helpers/paging';
import { avinodeRequest, idSegment } from '../transport';

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

/** Empty-leg watches by their unique name and route; the id stays the value [C: GET /emptylegs/watches]. */
export async function searchEmptyLegWatches(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { records: watches, nextToken } = await fetchPickerPage.call(this, 'avinode', '/emptylegs/watches', {}, PICKER_PAGE, paginationToken);
	const place = (value: unknown) => {
		const entry = (value ?? {}) as IDataObject;
		return String(((entry.airport as IDataObject | undefined)?.icao ?? entry.countryCode ?? '?') as string);
	};
	const label = (watch: IDataObject) => {
		const segments = Array.isArray(watch.watchedSegments) ? (watch.watchedSegments as IDataObject[]) : [];
		const routes = segments.map((segment) => `${place(segment.start)} → ${place(segment.end)}`).join(', ');
		return `${String(watch.uniqueName ?? 'Unnamed watch')}${routes ? ` (${routes})` : ''}${watch.active === false ? ', inactive' : ''}`;
	};
	const needle = (filter ?? '').trim().toLowerCase();
	const results = watches.map((watch) => ({ name: label(watch), value: String(watch.id) })).filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	return { results, paginationToken: nextToken };
}

/** Aircraft found by the tail typed in the search box [C-3p: GET /aircraft/search?tail=]; shows tail and type. */
export async function searchAircraft(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tails = (filter ?? '').split(/[\s,]+/).map((tail) => tail.trim()).filter(Boolean);
	if (tails.length === 0) return { results: [] };
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/aircraft/search', { qs: { tail: tails } });
	const body = response.body as Envelope;
	const aircraft = Array.isArray(body?.data) ? (body.data as IDataObject[]) : [];
	return {
		results: aircraft.map((entry) => {
			const type = (entry.aircraftType as IDataObject | undefined)?.name;
			return { name: `${String(entry.tailNumber ?? entry.tail ?? 'Unknown tail')}${type ? `, ${String(type)}` : ''}`, value: String(entry.id) };
		}),
	};
}

/** Attachments of the quote chosen above, by file name [I: read from the quote's `attachments`]. */
export async function searchQuoteAttachments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const quoteId = String(this.getCurrentNodeParameter('quoteId', { extractValue: true }) ?? '').trim();
	if (!quoteId || quoteId.startsWith('=')) return { results: [] };
	const response = await avinodeRequest.call(this, 'avinode', 'GET', `/quotes/${idSegment(quoteId)}`);
	const quote = ((response.body as Envelope)?.data ?? {}) as IDataObject;
	const attachments = Array.isArray(quote.attachments) ? (quote.attachments as IDataObject[]) : [];
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: attachments
			.filter((attachment) => attachment.id !== undefined)
			.map((attachment) => ({ name: String(attachment.name ?? attachment.type ?? 'Attachment'), value: String(attachment.id) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle)),
	};
}
