/**
 * The Trip field of Get, Update and Cancel. A trip has two identifiers [C: docs/download-respond-rfq]:
 * its ID (`id`, e.g. atrip-12345678) that the trip calls take, and the short Trip ID people see in
 * Avinode (`tripId`, e.g. S6800FB). Either is accepted: a Trip ID is looked up with Search by
 * Identifier [C-3p: GET /trips/searchTrips], and a trip that is not found is explained.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import type { Envelope } from '../../helpers/envelope';
import { idField } from '../../helpers/fields';
import type { AvinodeCallOptions } from '../../transport';
import { avinodeRequest } from '../../transport';

/**
 * Trip IDs follow the pattern the API documents for path parameters [C: reference pages]; a Trip ID
 * shown in Avinode does not, and only such a value is worth a lookup after a 404.
 */
const TRIP_ID_FORM = /^[a-zA-Z]+-\d+/;

const ACCEPTS = 'Trip takes the "id" of a trip (e.g. atrip-12345678) or its Trip ID as shown in Avinode (the "tripId", e.g. S6800FB); Trip → Search by Identifier finds trips by either.';

/** Version 1.2: a picker that finds trips by their Trip ID, or the value typed or mapped. */
const tripLocator: INodeProperties = {
	displayName: 'Trip',
	name: 'tripId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The trip: its Trip ID as shown in Avinode (e.g. S6800FB) or its ID (e.g. atrip-12345678).',
	modes: [
		{ displayName: 'By Trip ID', name: 'id', type: 'string', placeholder: 'e.g. S6800FB or atrip-12345678' },
		{ displayName: 'From Search', name: 'list', type: 'list', placeholder: 'Type a Trip ID, e.g. S6800FB', typeOptions: { searchListMethod: 'searchTrips', searchable: true, searchFilterRequired: true } },
	],
};

/** The Trip field's label in the node version run, for errors. */
export function tripFieldLabel(context: IExecuteFunctions): string {
	return nodeVersion(context) >= 1.2 ? 'Trip' : 'Trip ID';
}

/** The Trip field of each node version (versions 1 and 1.1 keep their text field). */
export const tripFields: INodeProperties[] = [
	...shownOnly(onlyInVersions(1, 1.1), [idField('tripId', 'Trip ID', 'atrip-12345678', 'The trip ID (e.g. atrip-12345678) or the Trip ID shown in Avinode (e.g. S6800FB)')]),
	...shownOnly(fromVersion(1.2), [tripLocator]),
];

/** "S6800FB: KTEB → KPBI, 2026-12-24" from the trip's Trip ID and its segments. */
export function tripLabel(trip: IDataObject): string {
	const segments = Array.isArray(trip.segments) ? (trip.segments as IDataObject[]) : [];
	const icao = (airport: unknown) => String(((airport ?? {}) as IDataObject).icao ?? '?');
	const route = segments.length > 0 ? [icao(segments[0].startAirport), ...segments.map((segment) => icao(segment.endAirport))].join(' → ') : '';
	const date = segments.length > 0 ? String(((segments[0].dateTime ?? {}) as IDataObject).date ?? '') : '';
	const details = [route, date].filter(Boolean).join(', ');
	return `${String(trip.tripId ?? 'Trip')}${details ? `: ${details}` : ''}${trip.canceled === true ? ' (canceled)' : ''}`;
}

/**
 * After a trip call answered 404: the ID of the trip whose Trip ID (or ID) is the value given, found
 * with Search by Identifier; else an error that says what the Trip field takes. IDs are never parsed,
 * so any value is tried as an ID first [C: API Basics, "IDs"].
 */
export async function findTripId(this: IExecuteFunctions, value: string, itemIndex: number, call: AvinodeCallOptions = {}): Promise<string> {
	if (TRIP_ID_FORM.test(value)) throw new NodeOperationError(this.getNode(), `Trip "${value}" of item ${itemIndex} was not found`, { itemIndex, description: ACCEPTS });
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/trips/searchTrips', { ...call, itemIndex, qs: { id: value } });
	const data = (response.body as Envelope)?.data;
	const trips = (Array.isArray(data) ? (data as IDataObject[]) : []).filter((trip) => trip.tripId === value || trip.id === value);
	if (trips.length === 1 && typeof trips[0].id === 'string' && trips[0].id !== value) return trips[0].id;
	if (trips.length > 1) throw new NodeOperationError(this.getNode(), `The Trip ID "${value}" of item ${itemIndex} belongs to ${trips.length} trips`, { itemIndex, description: 'Use the "id" of the one you mean (Trip → Search by Identifier lists them).' });
	throw new NodeOperationError(this.getNode(), `Trip "${value}" of item ${itemIndex} was not found`, { itemIndex, description: ACCEPTS });
}
