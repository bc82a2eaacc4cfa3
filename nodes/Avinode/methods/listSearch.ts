/** Pickers show names; the id stays the value and is not displayed [C: checklist]. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Envelope } from '../helpers/envelope';
import { tripLabel } from '../actions/trip/tripId';
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

/** Airports whose code, name or city contains the text typed [C-3p: GET /airports/search]; the value is the ICAO code. */
export async function searchAirports(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (!text) return { results: [] };
	const { records, nextToken } = await fetchPickerPage.call(this, 'avinode', '/airports/search', { filter: text, filterMatchType: 'contains' }, PICKER_PAGE, paginationToken);
	const results = records
		.filter((airport) => typeof airport.icao === 'string' && airport.icao !== '')
		.map((airport) => {
			const country = (airport.country as IDataObject | undefined)?.code;
			const place = [airport.name, airport.city && airport.city !== airport.name ? airport.city : undefined].filter(Boolean).join(', ');
			return { name: `${String(airport.icao)} · ${place}${country ? ` (${String(country)})` : ''}`, value: String(airport.icao) };
		});
	return { results, paginationToken: nextToken };
}

/** Trips found by the Trip ID typed (as shown in Avinode) [C-3p: GET /trips/searchTrips]; the value is the trip's ID. */
export async function searchTrips(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (!text) return { results: [] };
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/trips/searchTrips', { qs: { id: text } });
	const trips = Array.isArray((response.body as Envelope)?.data) ? ((response.body as Envelope).data as IDataObject[]) : [];
	return { results: trips.filter((trip) => trip.id !== undefined).map((trip) => ({ name: tripLabel(trip), value: String(trip.id) })) };
}

