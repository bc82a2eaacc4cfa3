/**
 * Avinode node version 1.2 (and what it fixes in saved versions): the Trip field takes the Trip ID
 * shown in Avinode, segments ask in the order people think with airport and date pickers, empty legs
 * use the field mapper in plain words, and RFQ and empty-leg lists have a flat Simplify.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { getEmptyLegFields, getEmptyLegUpdateFields } from '../../nodes/Avinode/methods/resourceMapping';
import { searchAirports, searchTrips } from '../../nodes/Avinode/methods/listSearch';
import { createExecuteContext, runNode } from '../harness/context';
import { avinodeCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { failureOf } from '../harness/failures';

const node = new Avinode();

const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running) }) });

const run = (parameters: IDataObject, typeVersion = 1.2) => runNode({ node, store: store(), parameters, typeVersion });
const calls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avinode/api/'));
const airport = (code: string, mode = 'list') => ({ __rl: true, mode, value: code });
const editor = (parameters: IDataObject = {}) => createExecuteContext({ node, store: store(), parameters, typeVersion: 1.2 }).context;

/** The properties of one operation the editor shows for a node version. */
function form(resource: string, operation: string, version: number): INodeProperties[] {
	const matches = (allowed: unknown[] | undefined, value: unknown) =>
		!allowed || allowed.some((entry) => {
			const condition = (entry as { _cnd?: { gte?: number } } | null)?._cnd;
			return condition?.gte !== undefined ? Number(value) >= condition.gte : entry === value;
		});
	return node.description.properties.filter((p) => {
		const show = p.displayOptions?.show ?? {};
		return matches(show.resource, resource) && matches(show.operation, operation) && matches(show['@version'], version);
	});
}

async function newTrip(): Promise<IDataObject> {
	const result = await run({ resource: 'trip', operation: 'create', segments: { segment: [{ startAirport: airport('KTEB'), endAirport: airport('KPBI'), date: '2026-12-24T00:00:00', time: '10:00', paxCount: 4 }] }, aircraftCategory: 'Light jet' });
	return result.json[0];
}

describe('Trip takes the Trip ID shown in Avinode', () => {
	it.each([1.1, 1.2])('Get, Update and Cancel find the trip by its Trip ID (version %s)', async (version) => {
		const trip = await newTrip();
		const field = (value: string) => (version >= 1.2 ? { __rl: true, mode: 'id', value } : value);
		sandbox().clearLedger();
		const got = await run({ resource: 'trip', operation: 'get', tripId: field(String(trip.tripId)), options: {} }, version);
		expect(got.json[0].id).toBe(trip.id);
		expect(calls().map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([`GET /avinode/api/trips/${String(trip.tripId)} 404`, 'GET /avinode/api/trips/searchTrips 200', `GET /avinode/api/trips/${String(trip.id)} 200`]);
		const updated = await run({ resource: 'trip', operation: 'update', tripId: field(String(trip.tripId)), updateJson: { postToTripBoard: true } }, version);
		expect(updated.json[0]).toMatchObject({ id: trip.id, postToTripBoard: true });
		expect(calls().at(-1)!.body).toEqual({ postToTripBoard: true, id: trip.id });
		const canceled = await run({ resource: 'trip', operation: 'cancel', tripId: field(String(trip.tripId)), reason: 'CHANGED', messageToSeller: '' }, version);
		expect(canceled.json[0]).toMatchObject({ id: trip.id, canceled: true });
	});

	it('a trip that does not exist is explained: what the field takes and which operation finds trips', async () => {
		const error = await failureOf(run({ resource: 'trip', operation: 'get', tripId: { __rl: true, mode: 'id', value: 'S000000' }, options: {} }));
		expect(error.message).toBe('Trip "S000000" of item 0 was not found');
		expect(error.description).toBe('Trip takes the "id" of a trip (e.g. atrip-12345678) or its Trip ID as shown in Avinode (the "tripId", e.g. S6800FB); Trip → Search by Identifier finds trips by either.');
		const byId = await failureOf(run({ resource: 'trip', operation: 'cancel', tripId: { __rl: true, mode: 'id', value: 'atrip-1' }, reason: 'OTHER', messageToSeller: '' }));
		expect(byId.message).toBe('Trip "atrip-1" of item 0 was not found');
	});

	it('the trip picker finds trips by their Trip ID and shows route and date', async () => {
		const trip = await newTrip();
		const found = await searchTrips.call(editor() as never, String(trip.tripId));
		expect(found.results).toEqual([{ name: `${String(trip.tripId)}: KTEB → KPBI, 2026-12-24`, value: trip.id }]);
		expect((await searchTrips.call(editor() as never, '')).results).toEqual([]);
	});
});

describe('Segments of version 1.2', () => {
	it('are asked in the order of a flight request, with airport pickers and a date picker', () => {
		const segments = form('trip', 'create', 1.2).find((p) => p.name === 'segments')!;
		const values = (segments.options![0] as { values: INodeProperties[] }).values;
		expect(values.map((v) => v.displayName)).toEqual(['From', 'To', 'Date', 'Time', 'Passengers', 'Time Is Departure']);
		expect(values.slice(0, 2).map((v) => v.type)).toEqual(['resourceLocator', 'resourceLocator']);
		expect(values[2].type).toBe('dateTime');
		// Saved workflows keep their fields.
		const saved = form('trip', 'create', 1.1).find((p) => p.name === 'segments')!;
		expect((saved.options![0] as { values: INodeProperties[] }).values.map((v) => v.name)).toEqual(['date', 'endAirport', 'paxCount', 'startAirport', 'time', 'departure']);
	});

	it('turn picked airports, a picked date and a typed time into the documented segment', async () => {
		await run({
			resource: 'trip',
			operation: 'create',
			segments: {
				segment: [
					{ startAirport: airport('kteb'), endAirport: airport('KPBI', 'code'), date: '2026-12-24T00:00:00', time: '9:05', paxCount: 3, departure: true },
					{ startAirport: airport('KPBI'), endAirport: airport('KTEB'), date: '2026-12-27T14:30:00', time: '', paxCount: 3, departure: false },
				],
			},
			aircraftCategory: '',
		});
		expect((calls().at(-1)!.body as IDataObject).segments).toEqual([
			{ startAirport: { icao: 'KTEB' }, endAirport: { icao: 'KPBI' }, dateTime: { date: '2026-12-24', time: '09:05', departure: true, local: true }, paxCount: '3', paxSegment: true, timeTBD: false },
			{ startAirport: { icao: 'KPBI' }, endAirport: { icao: 'KTEB' }, dateTime: { date: '2026-12-27', time: '14:30', departure: false, local: true }, paxCount: '3', paxSegment: true, timeTBD: false },
		]);
	});

	it('name the field, segment and item of a bad value before any call', async () => {
		const base = { startAirport: airport('KTEB'), endAirport: airport('KPBI'), date: '2026-12-24', time: '', paxCount: 1 };
		const create = (segment: IDataObject) => run({ resource: 'trip', operation: 'create', segments: { segment: [segment] } });
		await expect(create({ ...base, endAirport: airport('') })).rejects.toThrow('"To" of segment 1 of item 0 is empty');
		await expect(create({ ...base, date: '24/12/2026' })).rejects.toThrow('"Date" of segment 1 of item 0 must be YYYY-MM-DD (e.g. 2026-12-24), got "24/12/2026"');
		await expect(create({ ...base, time: '25:00' })).rejects.toThrow('"Time" of segment 1 of item 0 must be a time such as 14:30, got "25:00"');
		expect(calls()).toEqual([]);
	});

	it('the airport picker searches code, name and city and gives the ICAO code', async () => {
		const found = await searchAirports.call(editor() as never, 'palm beach');
		expect(found.results).toEqual([{ name: 'KPBI · Palm Beach Intl, West Palm Beach (US)', value: 'KPBI' }]);
		expect(calls().at(-1)!.query).toMatchObject({ filter: 'palm beach', filterMatchType: 'contains' });
	});
});

describe('Empty legs with the field mapper (version 1.2)', () => {
	const mapped = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });
	const leg = { startAirport: 'kteb', endAirport: 'KPBI', startDate: '2026-12-24T08:00:00Z', endDate: '2026-12-24T20:00:00Z', aircraftTail: 'N200EL', price: 12500, currency: 'usd', published: false };

	it('Create sends the documented body from the mapped fields', async () => {
		const result = await run({ resource: 'emptyLeg', operation: 'create', columns: mapped(leg) });
		expect(calls().at(-1)!.body).toEqual({
			startAirport: { icao: 'KTEB' },
			endAirport: { icao: 'KPBI' },
			startDate: '2026-12-24T08:00:00Z',
			endDate: '2026-12-24T20:00:00Z',
			lift: { aircraftTail: 'N200EL' },
			sellerPrice: 12500,
			sellerPriceCurrency: 'USD',
			published: false,
		});
		expect(result.json[0]).toMatchObject({ id: expect.stringMatching(/^aemptyleg-/), published: false });
	});

	it('a floating fleet gives a category instead of a tail; what is missing is named in the mapper words', async () => {
		const { aircraftTail: _tail, ...floating } = leg;
		await run({ resource: 'emptyLeg', operation: 'create', columns: mapped({ ...floating, aircraftCategory: 'Light jet' }) });
		expect((calls().at(-1)!.body as IDataObject).lift).toEqual({ aircraftCategory: 'Light jet' });
		sandbox().clearLedger();
		await expect(run({ resource: 'emptyLeg', operation: 'create', columns: mapped({ ...leg, startAirport: '' }) })).rejects.toThrow('"From (ICAO Code)" of item 0 is empty');
		await expect(run({ resource: 'emptyLeg', operation: 'create', columns: mapped(floating) })).rejects.toThrow(
			'"Aircraft Tail Number" of item 0 is empty: set it, or for a floating fleet give an Aircraft Type or Aircraft Category',
		);
		await expect(run({ resource: 'emptyLeg', operation: 'create', columns: mapped({ ...leg, price: 'twelve' }) })).rejects.toThrow('"Price" of item 0 must be a number, got "twelve"');
		expect(calls()).toEqual([]);
	});

	it('Update changes only what is mapped and sends the leg whole, so a strict update passes', async () => {
		const id = [...sandbox().data.avinode.emptyLegs.keys()][0];
		const before = { ...sandbox().data.avinode.emptyLegs.get(id)! };
		const result = await run({ resource: 'emptyLeg', operation: 'update', emptyLegId: { __rl: true, mode: 'list', value: id }, columns: mapped({ price: 7000 }) });
		expect(result.json[0]).toMatchObject({ id, sellerPrice: 7000, sellerPriceCurrency: 'USD', startDate: before.startDate, lift: before.lift });
		const put = calls().at(-1)!;
		expect(put.method).toBe('PUT');
		expect(put.body).toMatchObject({ startAirport: before.startAirport, endAirport: before.endAirport, startDate: before.startDate, endDate: before.endDate, sellerPrice: 7000 });
	});

	it('offers the fields in words a seller uses, the ones a new leg needs marked required, without API paths', async () => {
		const create = (await getEmptyLegFields()).fields;
		expect(create.filter((field) => field.required).map((field) => field.displayName)).toEqual(['From (ICAO Code)', 'To (ICAO Code)', 'Available From', 'Available Until']);
		expect((await getEmptyLegUpdateFields()).fields.some((field) => field.required)).toBe(false);
		const shown = (properties: INodeProperties[]) => properties.flatMap((p) => [p.displayName, p.description, p.hint, p.placeholder].filter((text): text is string => typeof text === 'string'));
		const texts = [...shown(form('emptyLeg', 'create', 1.2)), ...shown(form('emptyLeg', 'update', 1.2)), ...create.map((field) => field.displayName)].join('\n');
		expect(texts).not.toMatch(/Sent as|lift\.|sellerPrice|startDate|aircraftTail/);
		// Saved workflows keep their fields.
		expect(form('emptyLeg', 'create', 1.1).map((p) => p.name)).toEqual(expect.arrayContaining(['startAirport', 'startDate', 'aircraftTail', 'emptyLegJson']));
		expect(form('emptyLeg', 'create', 1.1).map((p) => p.name)).not.toContain('columns');
	});
});

describe('Simplify on RFQ and empty-leg lists (version 1.2)', () => {
	const flat = (rows: IDataObject[]) => rows.every((row) => Object.values(row).every((value) => value === null || typeof value !== 'object'));

	it('RFQ Get Many gives one flat row per RFQ', async () => {
		const rows = (await run({ resource: 'rfq', operation: 'getAll', returnAll: true, options: {} })).json;
		expect(rows).toHaveLength(6);
		expect(flat(rows)).toBe(true);
		expect(rows[0]).toEqual({
			id: 'arfq-30000001',
			tripId: 'T7000X',
			receivedOn: '2026-11-01T00:00:00.000Z',
			from: 'KTEB',
			to: 'KLAS',
			route: 'KTEB → KLAS',
			departureDate: '2026-12-10',
			departureTime: '10:00',
			passengers: 2,
			segmentCount: 1,
			buyerCompany: 'Jet Brokers Inc',
			buyerContact: 'Jane Broker',
			aircraftTail: 'N100SB',
			aircraftType: 'Citation CJ3',
			status: null,
			latestQuotePrice: null,
			latestQuoteCurrency: null,
			canceled: false,
			link: null,
		});
		const full = (await run({ resource: 'rfq', operation: 'getAll', returnAll: true, simplify: false, options: {} })).json;
		expect(full[0].segments).toBeDefined();
		expect((await run({ resource: 'rfq', operation: 'getAll', returnAll: true, options: {} }, 1.1)).json[0].sellerLift).toBeDefined();
	});

	it('Empty Leg Get Many gives one flat row per leg', async () => {
		const rows = (await run({ resource: 'emptyLeg', operation: 'getAll', returnAll: true, options: {} })).json;
		expect(flat(rows)).toBe(true);
		expect(rows[0]).toEqual({
			id: 'aemptyleg-50000001',
			from: 'KTEB',
			to: 'KVNY',
			availableFrom: '2026-12-10T08:00:00Z',
			availableUntil: '2026-12-10T20:00:00Z',
			aircraftTail: 'N200EL',
			aircraftType: null,
			aircraftCategory: null,
			price: 9000,
			currency: 'USD',
			published: true,
			availabilityConfirmed: false,
			message: null,
		});
		expect((await run({ resource: 'emptyLeg', operation: 'getAll', returnAll: true, options: {} }, 1.1)).json[0].lift).toEqual({ aircraftTail: 'N200EL' });
	});
});
