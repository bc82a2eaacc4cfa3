/**
 * Empty-leg body, as documented for `POST /emptylegs` [C-3p: PD-fork `createEmptyLeg` →
 * /reference/createemptyleg]: `lift{aircraftTail | aircraftType | aircraftCategory}`, `startAirport`,
 * `endAirport`, `startDate` and `endDate` (required date-times: the window the leg is available in),
 * `sellerPrice` + `sellerPriceCurrency`, `published`, `sellerMessage`, `sellerVerified`.
 *
 * Version 1 of the node showed guessed fields (`departureDate`, a price object). Workflows saved with
 * it keep their fields, which now map onto the documented body: a departure date becomes a
 * whole-day window (`startDate` 00:00 to `endDate` 23:59:59 UTC), price and currency become
 * `sellerPrice` and `sellerPriceCurrency`.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseNumber } from '../../../shared/inputs';
import { parseJsonObject } from '../../../shared/json';
import { AIRPORT_SEARCH_ADVICE, airportCode, icaoProblem } from '../../helpers/airportCodes';

const tail: INodeProperties = { displayName: 'Aircraft Tail', name: 'aircraftTail', type: 'string', default: '', placeholder: 'N123AB', description: 'Tail number of the aircraft. For a floating fleet, leave it empty and give the aircraft type or category in Additional Empty Leg Properties (JSON), e.g. {"lift": {"aircraftCategory": "Light jet"}}.' };
const startAirport: INodeProperties = { displayName: 'Start Airport (ICAO)', name: 'startAirport', type: 'string', default: '', placeholder: 'KTEB' };
const endAirport: INodeProperties = { displayName: 'End Airport (ICAO)', name: 'endAirport', type: 'string', default: '', placeholder: 'KPBI' };
const startDate: INodeProperties = { displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'Earliest departure: start of the window the empty leg is available in' };
const endDate: INodeProperties = { displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'Latest departure: end of the window the empty leg is available in' };
// The parameter names `price` and `currency` are kept from version 1 so saved workflows keep their values.
const sellerPrice: INodeProperties = { displayName: 'Seller Price', name: 'price', type: 'number', default: 0, description: 'The price you ask for the flight; 0 leaves the price out' };
const sellerPriceCurrency: INodeProperties = { displayName: 'Seller Price Currency', name: 'currency', type: 'string', default: 'USD', placeholder: 'USD', description: 'Three-letter currency code of the price, e.g. USD or EUR' };
const published: INodeProperties = { displayName: 'Published', name: 'published', type: 'boolean', default: true, description: 'Whether the empty leg is published on the marketplace (unpublished legs are drafts only you see)' };
const sellerMessage: INodeProperties = { displayName: 'Seller Message', name: 'sellerMessage', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Message shown to buyers' };
const sellerVerified: INodeProperties = { displayName: 'Seller Verified', name: 'sellerVerified', type: 'boolean', default: false, description: 'Whether you confirm the leg is available as described' };
/** Version 1 only: a single date, mapped to a whole-day window. */
const departureDate: INodeProperties = { displayName: 'Departure Date', name: 'departureDate', type: 'string', default: '', placeholder: '2026-12-24', description: 'The leg is offered for the whole day (00:00 to 23:59:59 UTC); a full date and time offers it for that moment' };

/** Fields of Create: [v1 fields, v1.1 fields]. The first four are required in their version. */
export const createFieldsV1: INodeProperties[] = [
	{ ...startAirport, required: true },
	{ ...endAirport, required: true },
	{ ...tail, required: true },
	{ ...departureDate, required: true },
	sellerPrice,
	sellerPriceCurrency,
];
export const createFieldsV11: INodeProperties[] = [
	{ ...startAirport, required: true },
	{ ...endAirport, required: true },
	{ ...startDate, required: true },
	{ ...endDate, required: true },
	tail,
	sellerPrice,
	sellerPriceCurrency,
	published,
];

/** Optional fields of the documented body, in Create's Additional Fields. */
export const additionalFieldsV1: INodeProperties[] = [published, sellerMessage, sellerVerified];
export const additionalFieldsV11: INodeProperties[] = [sellerMessage, sellerVerified];

export const updateFieldsV1: INodeProperties[] = [tail, departureDate, endAirport, published, sellerMessage, sellerPrice, sellerPriceCurrency, sellerVerified, startAirport];
export const updateFieldsV11: INodeProperties[] = [tail, endAirport, endDate, published, sellerMessage, sellerPrice, sellerPriceCurrency, sellerVerified, startAirport, startDate];

export const emptyLegJsonField: INodeProperties = {
	displayName: 'Additional Empty Leg Properties (JSON)',
	name: 'emptyLegJson',
	type: 'json',
	default: '{}',
	description: 'Other properties of the empty leg, merged last; a "lift" object here is merged into the lift built from Aircraft Tail',
};

/** Field labels of versions 1 and 1.1, for errors. */
export const LABELS: Record<string, string> = {
	startAirport: 'Start Airport (ICAO)',
	endAirport: 'End Airport (ICAO)',
	startDate: 'Start Date',
	endDate: 'End Date',
	departureDate: 'Departure Date',
	price: 'Seller Price',
	currency: 'Seller Price Currency',
	aircraftTail: 'Aircraft Tail',
};

function fail(context: IExecuteFunctions, itemIndex: number, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** `{icao}` of an airport field, or an error naming the field and item. */
function airport(context: IExecuteFunctions, itemIndex: number, label: string, value: unknown): IDataObject {
	const problem = icaoProblem(label, `item ${itemIndex}`, value);
	if (problem) fail(context, itemIndex, problem, AIRPORT_SEARCH_ADVICE);
	return { icao: airportCode(value) };
}

/** A date-time the API can read, or an error naming the field and item. */
function dateTime(context: IExecuteFunctions, itemIndex: number, label: string, value: unknown): string {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	if (Number.isNaN(Date.parse(text))) fail(context, itemIndex, `"${label}" of item ${itemIndex} must be a date-time such as 2026-12-24T10:00:00Z, got "${text}"`);
	return text;
}

/** A version 1 departure date as the documented window. */
export function windowFromDepartureDate(value: string): { startDate: string; endDate: string } {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { startDate: `${value}T00:00:00Z`, endDate: `${value}T23:59:59Z` };
	return { startDate: value, endDate: value };
}

/** Version 1 and 1.1: the JSON field's properties, merged last. */
export function emptyLegJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return parseJsonObject(context.getNode(), context.getNodeParameter('emptyLegJson', itemIndex, '{}'), 'Additional Empty Leg Properties (JSON)', itemIndex);
}

/**
 * Builds the documented body from the fields given (any subset: Update sends only what changed).
 * `fields` holds parameter (or mapper field) names as above; `extra` is merged last, its `lift` into the lift.
 */
export function emptyLegBody(context: IExecuteFunctions, itemIndex: number, fields: IDataObject, labels: Record<string, string> = LABELS, extra: IDataObject = {}): IDataObject {
	const body: IDataObject = {};
	const label = (name: string) => labels[name] ?? LABELS[name] ?? name;
	const has = (name: string) => fields[name] !== undefined && fields[name] !== null && String(fields[name]).trim() !== '';
	if (has('startAirport')) body.startAirport = airport(context, itemIndex, label('startAirport'), fields.startAirport);
	if (has('endAirport')) body.endAirport = airport(context, itemIndex, label('endAirport'), fields.endAirport);
	const lift: IDataObject = {};
	if (has('aircraftTail')) lift.aircraftTail = String(fields.aircraftTail).trim();
	if (has('aircraftType')) lift.aircraftType = String(fields.aircraftType).trim();
	if (has('aircraftCategory')) lift.aircraftCategory = String(fields.aircraftCategory).trim();
	if (has('departureDate')) Object.assign(body, windowFromDepartureDate(dateTime(context, itemIndex, label('departureDate'), fields.departureDate)));
	if (has('startDate')) body.startDate = dateTime(context, itemIndex, label('startDate'), fields.startDate);
	if (has('endDate')) body.endDate = dateTime(context, itemIndex, label('endDate'), fields.endDate);
	if (typeof body.startDate === 'string' && typeof body.endDate === 'string' && Date.parse(body.endDate) < Date.parse(body.startDate)) {
		fail(context, itemIndex, `"${label('endDate')}" of item ${itemIndex} is before "${label('startDate')}"`);
	}
	const price = has('price') ? parseNumber(fields.price, 0) : { value: 0 };
	if ('problem' in price) fail(context, itemIndex, `"${label('price')}" of item ${itemIndex} ${price.problem}`);
	if (price.value !== 0) {
		const currency = String(fields.currency ?? '').trim().toUpperCase() || 'USD';
		if (!/^[A-Z]{3}$/.test(currency)) fail(context, itemIndex, `"${label('currency')}" of item ${itemIndex} must be a three-letter ISO 4217 code such as USD, got "${currency}"`);
		body.sellerPrice = price.value;
		body.sellerPriceCurrency = currency;
	}
	for (const flag of ['published', 'sellerVerified']) if (typeof fields[flag] === 'boolean') body[flag] = fields[flag];
	if (has('sellerMessage')) body.sellerMessage = String(fields.sellerMessage);
	const mergedLift = { ...lift, ...((extra.lift as IDataObject | undefined) ?? {}) };
	return { ...body, ...extra, ...(Object.keys(mergedLift).length > 0 ? { lift: mergedLift } : {}) };
}

/** Create refuses, before sending, a body the API would refuse for a missing required part. */
export function checkCreateBody(context: IExecuteFunctions, itemIndex: number, body: IDataObject, labels: Record<string, string> = LABELS): void {
	const label = (name: string) => labels[name] ?? LABELS[name] ?? name;
	for (const name of ['startAirport', 'endAirport', 'startDate', 'endDate']) {
		if (body[name] === undefined || body[name] === '') fail(context, itemIndex, `"${label(name)}" of item ${itemIndex} is empty`);
	}
	const lift = (body.lift ?? {}) as IDataObject;
	if (!lift.aircraftTail && !lift.aircraftType && !lift.aircraftCategory) {
		const how = labels === LABELS ? 'give lift.aircraftType or lift.aircraftCategory in "Additional Empty Leg Properties (JSON)"' : 'for a floating fleet give an Aircraft Type or Aircraft Category';
		fail(context, itemIndex, `"${label('aircraftTail')}" of item ${itemIndex} is empty: set it, or ${how}`);
	}
}
