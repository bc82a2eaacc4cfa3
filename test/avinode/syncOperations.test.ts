/**
 * Avinode operations for data syncs: fleet schedules for a window, quote read
 * and attachment download (binary through n8n-core's file-system store), Create RFQ, the empty-leg
 * watch lifecycle with its once-only initial load, aircraft search and read.
 */
import type { IDataObject } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { searchAircraft, searchEmptyLegWatches, searchQuoteAttachments } from '../../nodes/Avinode/methods/listSearch';
import { readBinary } from '../harness/binary';
import { createLoadOptionsContext, runNode, savedStaticData } from '../harness/context';
import { avinodeCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { attachmentBytes } = require('../sandbox/avinode/quotes') as { attachmentBytes: (attachment: IDataObject) => Buffer };

const node = new Avinode();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running) }) });
type RunExtra = { items?: IDataObject[]; continueOnFail?: boolean; staticData?: Record<string, IDataObject>; mode?: string };
const run = (parameters: IDataObject | ((i: number) => IDataObject), extra: RunExtra = {}) => runNode({ node, parameters, store: store(), ...extra });
const calls = (path?: RegExp) => sandbox().ledger.filter((e) => e.path.startsWith('/avinode/api/') && (!path || path.test(e.path)));
const watchRef = (id: string) => ({ __rl: true, mode: 'list', value: id });


describe('Schedule > Get Fleet Schedules', () => {
	it('reads the window in UTC, one item per aircraft or per activity', async () => {
		const perAircraft = await run({ resource: 'schedule', operation: 'getFleetSchedules', start: '2026-12-01T00:00:00', end: '2026-12-10T01:00:00+01:00' });
		expect(calls()[0].query).toMatchObject({ startts: '2026-12-01T00:00:00Z', endts: '2026-12-10T00:00:00Z' });
		expect(perAircraft.json.map((schedule) => (schedule.lift as IDataObject).aircraftTail)).toEqual(['N200EL', 'N201EL', 'N202EL']);
		expect(perAircraft.json.every((schedule) => (schedule.activities as IDataObject[]).length === 1)).toBe(true);
		const perActivity = await run({ resource: 'schedule', operation: 'getFleetSchedules', start: '2026-12-01', end: '2026-12-31', output: 'activity' });
		expect(perActivity.json).toHaveLength(6);
		expect(perActivity.json[0]).toMatchObject({ aircraftTail: 'N200EL', activityType: 'PassengerFlight' });
		expect(perActivity.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('refuses a reversed window, an empty or unreadable date before calling', async () => {
		await expect(run({ resource: 'schedule', operation: 'getFleetSchedules', start: '2026-12-10', end: '2026-12-01' })).rejects.toThrow('"Start" of item 0 (2026-12-10T00:00:00.000Z) is after "End" (2026-12-01T00:00:00.000Z)');
		await expect(run({ resource: 'schedule', operation: 'getFleetSchedules', start: '', end: '2026-12-01' })).rejects.toThrow('"Start" of item 0 is empty');
		await expect(run({ resource: 'schedule', operation: 'getFleetSchedules', start: '2026-12-01', end: 'next friday' })).rejects.toThrow('"End" of item 0 is not a date: "next friday"');
		expect(calls()).toHaveLength(0);
	});

	it('the sandbox refuses a timestamp that is not ISO 8601', async () => {
		const error = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/schedules', queryParameters: { parameter: [{ name: 'startts', value: '01/12/2026' }] } }).catch((e) => e);
		expect(error.message).toBe('Avinode API error 400: startts must be an ISO 8601 timestamp [INVALID_PARAMETER]');
	});
});

describe('Quote', () => {
	it('reads a quote and downloads each attachment as binary data, named from the response', async () => {
		const quote = await run({ resource: 'quote', operation: 'get', quoteId: 'aquote-61000001' });
		const attachments = quote.json[0].attachments as IDataObject[];
		expect(attachments.map((a) => a.name)).toEqual(['Quote N100SB.pdf', 'Cabin photo.jpg']);

		const result = await run((i) => ({ resource: 'quote', operation: 'downloadAttachment', quoteId: 'aquote-61000001', attachmentId: { __rl: true, mode: 'list', value: attachments[i].id }, binaryPropertyName: 'file' }), { items: [{}, {}] });
		expect(result.json).toEqual([
			{ quoteId: 'aquote-61000001', attachmentId: 'aquoteattachment-61000101', fileName: 'Quote N100SB.pdf', mimeType: 'application/pdf', fileSize: expect.any(Number) },
			{ quoteId: 'aquote-61000001', attachmentId: 'aquoteattachment-61000102', fileName: 'Cabin photo.jpg', mimeType: 'image/jpeg', fileSize: expect.any(Number) },
		]);
		for (const [i, item] of result.items.entries()) {
			const binary = item.binary!.file;
			expect(binary.data).toBe('filesystem-v2'); // stored by n8n, not held in memory
			expect((await readBinary(binary)).equals(attachmentBytes(attachments[i]))).toBe(true);
			expect(item.pairedItem).toEqual({ item: i });
		}
		const streams = calls(/\/stream$/);
		expect(streams.map((e) => e.headers.accept)).toEqual(['*/*', '*/*']);
	});

	it('decodes a UTF-8 file name and falls back to the attachment id', async () => {
		sandbox().data.avinode.quotes.set('aquote-9', { id: 'aquote-9', type: 'quotes', attachments: [{ id: 'aqa-1', name: 'Devis été "final".pdf', mimeType: 'application/pdf' }] });
		const result = await run({ resource: 'quote', operation: 'downloadAttachment', quoteId: 'aquote-9', attachmentId: { __rl: true, mode: 'id', value: 'aqa-1' } });
		expect(result.json[0].fileName).toBe('Devis été "final".pdf');
		expect(result.items[0].binary!.data.fileName).toBe('Devis été "final".pdf');
	});

	it('names the item on a missing attachment and an empty quote id', async () => {
		const error = await run({ resource: 'quote', operation: 'downloadAttachment', quoteId: 'aquote-61000001', attachmentId: { __rl: true, mode: 'id', value: 'aquoteattachment-404' } }).catch((e) => e);
		expect(error.message).toBe('Avinode API error 404: Not found [NOT_FOUND]');
		expect(error.context.itemIndex).toBe(0);
		await expect(run({ resource: 'quote', operation: 'downloadAttachment', quoteId: ' ', attachmentId: { __rl: true, mode: 'id', value: 'x' } })).rejects.toThrow('"Quote ID" of item 0 is empty');
	});

	it("lists the chosen quote's attachments by file name, never by id", async () => {
		const context = createLoadOptionsContext(store(), node, { quoteId: 'aquote-61000001' });
		const { results } = await searchQuoteAttachments.call(context as never, 'photo');
		expect(results).toEqual([{ name: 'Cabin photo.jpg', value: 'aquoteattachment-61000102' }]);
		const none = await searchQuoteAttachments.call(createLoadOptionsContext(store(), node, {}) as never);
		expect(none.results).toEqual([]);
	});
});

describe('RFQ > Create', () => {
	it('sends an itinerary or search results, with the buyer message', async () => {
		const trip = await run({ resource: 'trip', operation: 'create', segments: { segment: [{ startAirport: 'KTEB', endAirport: 'KPBI', date: '2026-12-20', time: '10:00', paxCount: 2, departure: true }] } });
		const byItinerary = await run({
			resource: 'rfq',
			operation: 'create',
			segments: { segment: [{ startAirport: 'ktEB', endAirport: 'KPBI', date: '2026-12-20', time: '', paxCount: 2, departure: true }] },
			buyerMessage: 'Two pax, "small" dog',
			additionalFields: { tripId: trip.json[0].id },
		});
		expect(byItinerary.json[0]).toMatchObject({ id: expect.stringMatching(/^arfq-/), tripId: trip.json[0].id, buyerMessage: 'Two pax, "small" dog' });
		expect(calls(/\/rfqs$/)[0].body).toMatchObject({ segments: [{ startAirport: { icao: 'KTEB' }, timeTBD: true, paxCount: '2' }] });
		const bySearch = await run({ resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: 'asearchhit-1, asearchhit-2' });
		expect(bySearch.json[0].searchResultIds).toEqual(['asearchhit-1', 'asearchhit-2']);
		expect(sandbox().data.avinode.buyerRfqs.size).toBe(2);
	});

	it('refuses an over-long message or no search result before sending, and surfaces an unknown trip', async () => {
		await expect(run({ resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: 'asearchhit-1', buyerMessage: 'x'.repeat(4001) })).rejects.toThrow('"Buyer Message" of item 0 has 4001 characters; Avinode allows at most 4000');
		await expect(run({ resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: ' , ' })).rejects.toThrow('"Search Result IDs" of item 0 is empty');
		await expect(run({ resource: 'rfq', operation: 'create', segments: { segment: [] } })).rejects.toThrow('"Segments" of item 0 is empty');
		expect(calls()).toHaveLength(0);
		await expect(run({ resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: 'asearchhit-1', additionalFields: { tripId: 'atrip-404' } })).rejects.toThrow('Avinode API error 422: Unknown trip atrip-404 [VALIDATION_FAILED]');
	});

	it('never re-sends an RFQ after a 502 (operators would get it twice)', async () => {
		sandbox().script({ status: 502, pathPattern: '/avinode/api/rfqs$', method: 'POST' });
		const error = await run({ resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: 'asearchhit-1' }).catch((e) => e);
		expect(error.description).toMatch(/may or may not have applied this change/);
		expect(calls(/\/rfqs$/)).toHaveLength(1);
	});
});

describe('Empty Leg Watch lifecycle', () => {
	async function createWatch(name = 'East coast', segments = [{ start: 'US', end: 'KVNY' }]) {
		return String((await run({ resource: 'emptyLegWatch', operation: 'create', uniqueName: name, watchedSegments: { segment: segments } })).json[0].id);
	}

	it('reads, updates (keeping untouched fields) and deactivates a watch; the picker shows names, not ids', async () => {
		const id = await createWatch();
		const { results } = await searchEmptyLegWatches.call(createLoadOptionsContext(store(), node) as never, 'east');
		expect(results).toEqual([{ name: 'East coast (US → KVNY)', value: id }]);
		expect((await run({ resource: 'emptyLegWatch', operation: 'get', watchId: watchRef(id) })).json[0]).toMatchObject({ uniqueName: 'East coast', active: true });

		const updated = await run({ resource: 'emptyLegWatch', operation: 'update', watchId: watchRef(id), updateFields: { daysOut: 21, priced: true } });
		expect(updated.json[0]).toMatchObject({ uniqueName: 'East coast', daysOut: 21, priced: true, watchedSegments: [{ start: { countryCode: 'US' }, end: { airport: { icao: 'KVNY' } } }] });
		const put = calls(/\/watches\/[^/]+$/).find((e) => e.method === 'PUT')!;
		expect(put.body).not.toHaveProperty('href');

		const off = await run({ resource: 'emptyLegWatch', operation: 'deactivate', watchId: watchRef(id) });
		expect(off.json[0]).toMatchObject({ active: false, daysOut: 21 });
		sandbox().clearLedger();
		const again = await run({ resource: 'emptyLegWatch', operation: 'deactivate', watchId: watchRef(id) });
		expect(again.json[0]).toMatchObject({ active: false, alreadyInactive: true });
		expect(calls().map((e) => e.method)).toEqual(['GET']);
		const { results: listed } = await searchEmptyLegWatches.call(createLoadOptionsContext(store(), node) as never);
		expect(listed[0].name).toBe('East coast (US → KVNY), inactive');
	});

	it('refuses an update with nothing to change or a half-filled segment, naming the item', async () => {
		const id = await createWatch();
		sandbox().clearLedger();
		await expect(run({ resource: 'emptyLegWatch', operation: 'update', watchId: watchRef(id) })).rejects.toThrow('Item 0 has no fields to update');
		await expect(run({ resource: 'emptyLegWatch', operation: 'update', watchId: watchRef(id), updateFields: { watchedSegments: { segment: [{ start: 'KTEB', end: '' }] } } })).rejects.toThrow('"From" and "To" are required in watched segment 1 of item 0');
		expect(calls()).toHaveLength(0);
		const error = await run({ resource: 'emptyLegWatch', operation: 'update', watchId: watchRef('aelwatch-404'), updateFields: { daysOut: 3 } }).catch((e) => e);
		expect(error.message).toBe('Avinode API error 404: Not found [NOT_FOUND]');
	});

	it('loads the matching legs once; a later run is refused before calling, also with two items for one watch', async () => {
		const id = await createWatch();
		const staticData: Record<string, IDataObject> = {};
		const first = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(id) }, { staticData });
		expect(first.json.map((leg) => `${(leg.startAirport as IDataObject).icao} → ${(leg.endAirport as IDataObject).icao}`)).toEqual(['KTEB → KVNY']);
		expect(first.hints).toEqual([]);
		// What n8n stores after this production run (only if it saw the change) and hands to the next one.
		const saved = savedStaticData(staticData);
		expect(JSON.stringify(saved)).not.toContain(id); // only hashes are kept
		const repeat = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(id) }, { staticData: saved }).catch((e) => e);
		expect(repeat.message).toMatch(/^The initial load of the watch of item 0 was already fetched on \d{4}-\d{2}-\d{2}T.+; Avinode allows it only once per watch$/);
		expect(repeat.description).toContain('Options > Allow a Second Initial Load');
		expect(calls(/\/getall$/)).toHaveLength(1); // the repeat never left

		const other = await createWatch('Second', [{ start: 'KJFK', end: 'KLAS' }]);
		const twice = await run(() => ({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(other) }), { items: [{}, {}], staticData: {} }).catch((e) => e);
		expect(twice.message).toContain('of item 1 was already fetched');
		expect(calls(/\/getall$/)).toHaveLength(2);
	});

	it('the override sends a second call, which Avinode refuses (sandbox), and a lost answer is remembered as maybe served', async () => {
		const id = await createWatch();
		const staticData: Record<string, IDataObject> = {};
		await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(id) }, { staticData });
		const forced = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(id), options: { allowRepeat: true } }, { staticData: savedStaticData(staticData) }).catch((e) => e);
		expect(forced.message).toBe('Avinode API error 422: The initial load of this watch was already fetched; later matches arrive as EmptyLegs notifications [NOT_ALLOWED]');

		const other = await createWatch('Lost answer', [{ start: 'KJFK', end: 'KLAS' }]);
		sandbox().script({ status: 502, pathPattern: '/getall$' });
		const lost = {} as Record<string, IDataObject>;
		const error = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(other) }, { staticData: lost }).catch((e) => e);
		expect(error.message).toMatch(/Avinode API error 502/);
		expect(calls(/\/getall$/).filter((e) => e.path.includes(other))).toHaveLength(1); // not retried: a retry is a second call
		const after = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(other) }, { staticData: savedStaticData(lost) }).catch((e) => e);
		expect(after.message).toMatch(/may have been served \(the answer was lost\)/);
	});

	it('a refused call (unknown watch) is forgotten, and a manual run says it is not remembered', async () => {
		const staticData: Record<string, IDataObject> = {};
		await expect(run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef('aelwatch-404') }, { staticData })).rejects.toThrow('Avinode API error 404');
		expect(Object.keys((savedStaticData(staticData).avinodeWatchInitialLoads ?? {}) as IDataObject)).toHaveLength(0);
		const id = await createWatch();
		const manual = await run({ resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: watchRef(id) }, { mode: 'manual' });
		expect(manual.hints[0].message).toMatch(/^Manual run: n8n keeps no workflow static data from manual runs/);
	});
});

describe('Aircraft', () => {
	it('searches by tails, reads one, and the picker shows tail and type, not the id', async () => {
		const found = await run({ resource: 'aircraft', operation: 'search', tailNumbers: 'N100SB, n200el', options: { sparseFields: 'taildetails,tailphotos', companyFields: 'sellercontactinfo' } });
		expect(found.json.map((a) => a.tailNumber)).toEqual(['N100SB', 'N200EL']);
		expect(found.json[0].taildetails).toBeDefined();
		expect(calls()[0].query).toMatchObject({ tail: ['N100SB', 'n200el'], 'fields[aircraft]': ['taildetails', 'tailphotos'], 'fields[companies]': 'sellercontactinfo' });
		const one = await run({ resource: 'aircraft', operation: 'get', aircraftId: { __rl: true, mode: 'id', value: found.json[0].id } });
		expect(one.json[0]).toMatchObject({ tailNumber: 'N100SB', yearOfMake: expect.any(Number) });
		const { results } = await searchAircraft.call(createLoadOptionsContext(store(), node) as never, 'N100SB');
		expect(results).toEqual([{ name: 'N100SB, Citation CJ3', value: found.json[0].id }]);
		expect((await searchAircraft.call(createLoadOptionsContext(store(), node) as never, '')).results).toEqual([]);
	});

	it('gives no item and a hint for an unknown tail, and refuses an empty list', async () => {
		const none = await run({ resource: 'aircraft', operation: 'search', tailNumbers: ['N000XX'] });
		expect(none.json).toEqual([]);
		expect(none.hints[0].message).toBe('Avinode knows no aircraft with tail N000XX (item 0)');
		await expect(run({ resource: 'aircraft', operation: 'search', tailNumbers: ' ' })).rejects.toThrow('"Tail Numbers" of item 0 is empty');
	});
});
