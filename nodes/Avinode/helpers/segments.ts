/**
 * Itinerary segments (Trip → Create, RFQ → Create, Search → Create). The API takes airports as
 * `{icao}`, a local date and an optional local time, and the passenger count as a string [C].
 *
 * Version 1.2 of the node asks in the order people think (from, to, date, time, passengers), with
 * airport pickers (Airport Search) and a date picker; versions 1 and 1.1 keep their fields.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../shared/nodeVersion';
import { AIRPORT_SEARCH_ADVICE, airportCode, icaoProblem } from './airportCodes';
import { listLocator } from './locators';

/** A picked or typed airport: the list searches Avinode's airports, the code mode takes an ICAO code. */
export function airportLocator(name: string, displayName: string, placeholder: string): INodeProperties {
	return {
		...listLocator(name, displayName, 'searchAirports', placeholder),
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', placeholder: 'Type a code, name or city', typeOptions: { searchListMethod: 'searchAirports', searchable: true, searchFilterRequired: true } },
			{ displayName: 'By ICAO Code', name: 'code', type: 'string', placeholder },
		],
	};
}

const departureFlag: INodeProperties = {
	displayName: 'Time Is Departure',
	name: 'departure',
	type: 'boolean',
	default: true,
	description: 'Whether the time is the departure time (otherwise arrival)',
};

/** Versions 1 and 1.1. */
const SEGMENT_V1: INodeProperties[] = [
	{ displayName: 'Date', name: 'date', type: 'string', default: '', placeholder: '2026-12-24', description: 'Local date, YYYY-MM-DD' },
	{ displayName: 'End Airport (ICAO)', name: 'endAirport', type: 'string', default: '', placeholder: 'KPBI' },
	{ displayName: 'Passengers', name: 'paxCount', type: 'number', default: 1 },
	{ displayName: 'Start Airport (ICAO)', name: 'startAirport', type: 'string', default: '', placeholder: 'KTEB' },
	{ displayName: 'Time', name: 'time', type: 'string', default: '', placeholder: '10:00', description: 'Local time, HH:mm; empty means to be decided' },
	departureFlag,
];

/** Version 1.2: in the order of a flight request, not alphabetical. */
const SEGMENT_V12: INodeProperties[] = [
	airportLocator('startAirport', 'From', 'KTEB'),
	airportLocator('endAirport', 'To', 'KPBI'),
	{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', required: true, description: 'Local date at the departure airport. A time picked here is used when Time is empty.' },
	{ displayName: 'Time', name: 'time', type: 'string', default: '', placeholder: '10:00', description: 'Local time (24-hour, e.g. 14:30). Leave empty if it is not decided yet.' },
	{ displayName: 'Passengers', name: 'paxCount', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
	departureFlag,
];

function segmentsParameter(values: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Segments',
		name: 'segments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Segment',
		default: {},
		required: true,
		options: [{ name: 'segment', displayName: 'Segment', values }],
	};
}

/** The Segments parameter of each node version; `show` adds the operation's own display rules. */
export function segmentsFields(show: NonNullable<INodeProperties['displayOptions']>['show'] = {}): INodeProperties[] {
	return [...shownOnly({ ...show, ...onlyInVersions(1, 1.1) }, [segmentsParameter(SEGMENT_V1)]), ...shownOnly({ ...show, ...fromVersion(1.2) }, [segmentsParameter(SEGMENT_V12)])];
}

/** The value of a picker (`{ __rl, mode, value }`) or of a plain field. */
export function locatorValue(value: unknown): string {
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value) return String((value as { value: unknown }).value ?? '');
	return String(value ?? '');
}

/** A local date (YYYY-MM-DD) and, if the value carries one other than midnight, its time (HH:mm). */
export function localDateAndTime(value: unknown): { date?: string; time?: string } {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text);
	if (!match) return {};
	return { date: match[1], time: match[2] && match[2] !== '00:00' ? match[2] : undefined };
}

/** `9:05`, `09:05` or `09:05:00` as `09:05`; undefined for anything else. */
export function clockTime(value: string): string | undefined {
	const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

export function readSegments(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const raw = (context.getNodeParameter('segments', itemIndex, {}) as IDataObject).segment as IDataObject[] | undefined;
	if (!raw || raw.length === 0) throw new NodeOperationError(context.getNode(), `"Segments" of item ${itemIndex} is empty: add at least one segment`, { itemIndex });
	const [fromLabel, toLabel] = nodeVersion(context) >= 1.2 ? ['From', 'To'] : ['Start Airport (ICAO)', 'End Airport (ICAO)'];
	return raw.map((segment, index) => {
		const where = `segment ${index + 1} of item ${itemIndex}`;
		const fail = (message: string, description?: string): never => {
			throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
		};
		const start = airportCode(locatorValue(segment.startAirport));
		const end = airportCode(locatorValue(segment.endAirport));
		if (!start) fail(`"${fromLabel}" of ${where} is empty`);
		if (!end) fail(`"${toLabel}" of ${where} is empty`);
		for (const problem of [icaoProblem(fromLabel, where, locatorValue(segment.startAirport)), icaoProblem(toLabel, where, locatorValue(segment.endAirport))]) {
			if (problem) fail(problem, AIRPORT_SEARCH_ADVICE);
		}
		const picked = localDateAndTime(segment.date);
		if (!picked.date) fail(`"Date" of ${where} must be YYYY-MM-DD (e.g. 2026-12-24), got "${String(segment.date ?? '')}"`);
		const typedTime = String(segment.time ?? '').trim();
		const time = typedTime ? clockTime(typedTime) : picked.time;
		if (typedTime && !time) fail(`"Time" of ${where} must be a time such as 14:30, got "${typedTime}"`);
		const passengers = Number(segment.paxCount ?? 1);
		if (!Number.isInteger(passengers) || passengers < 0) fail(`"Passengers" of ${where} must be a whole number, got "${String(segment.paxCount)}"`);
		return {
			startAirport: { icao: start },
			endAirport: { icao: end },
			dateTime: { date: picked.date, ...(time ? { time } : {}), departure: segment.departure !== false, local: true },
			// The API documents paxCount as a string [C].
			paxCount: String(passengers),
			paxSegment: true,
			timeTBD: !time,
		};
	});
}
