import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseJsonObject } from '../../../shared/json';

/** Empty-leg body fields [C: operation exists; property names beyond airports and tail are [I]]. */
export const emptyLegFields: INodeProperties[] = [
	{ displayName: 'Aircraft Tail', name: 'aircraftTail', type: 'string', default: '', placeholder: 'N123AB' },
	{ displayName: 'Departure Date', name: 'departureDate', type: 'string', default: '', placeholder: '2026-12-24' },
	{ displayName: 'End Airport (ICAO)', name: 'endAirport', type: 'string', default: '', placeholder: 'KPBI' },
	{ displayName: 'Price', name: 'price', type: 'number', default: 0 },
	{ displayName: 'Price Currency', name: 'currency', type: 'string', default: 'USD' },
	{ displayName: 'Start Airport (ICAO)', name: 'startAirport', type: 'string', default: '', placeholder: 'KTEB' },
];

export const emptyLegJsonField: INodeProperties = {
	displayName: 'Additional Empty Leg Properties (JSON)',
	name: 'emptyLegJson',
	type: 'json',
	default: '{}',
	description: 'Other properties of the empty leg, merged last',
};

export function emptyLegBody(context: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (fields.startAirport) body.startAirport = { icao: String(fields.startAirport).trim().toUpperCase() };
	if (fields.endAirport) body.endAirport = { icao: String(fields.endAirport).trim().toUpperCase() };
	if (fields.aircraftTail) body.aircraftTail = String(fields.aircraftTail).trim();
	if (fields.departureDate) body.departureDate = fields.departureDate;
	if (fields.price) body.price = { amount: fields.price, currency: fields.currency || 'USD' };
	return { ...body, ...parseJsonObject(context.getNode(), context.getNodeParameter('emptyLegJson', itemIndex, '{}'), 'Additional Empty Leg Properties (JSON)', itemIndex) };
}
