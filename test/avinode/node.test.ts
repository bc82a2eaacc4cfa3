import type { IDataObject } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { searchEmptyLegs } from '../../nodes/Avinode/methods/listSearch';
import { DEFAULT_PRODUCT_NAME } from '../../nodes/shared/version';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { avinodeCredentials, sandboxConfig } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avinode();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running) }) });

const segment = (start: string, end: string, date = '2026-12-20', time = '10:00') => ({ startAirport: start, endAirport: end, date, time, paxCount: 4, departure: true });
const run = (parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean; typeVersion?: number } = {}) => runNode({ node, parameters, store: store(), ...extra });
/** A workflow saved with the current node version. */
const runLatest = (parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean } = {}) => run(parameters, { ...extra, typeVersion: 1.1 });
const calls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avinode/api/') && e.path !== '/avinode/api/oauth/token');

beforeEach(() => {
	sandbox().configure({ avinodeRateLimit: 1000, avinodeRateLimitWindowSeconds: 3600, clockOffsetMs: 0 });
});

async function createTrip(extra: IDataObject = {}) {
	const result = await run({ resource: 'trip', operation: 'create', segments: { segment: [segment('KTEB', 'KPBI')] }, aircraftCategory: 'Light jet', ...extra });
	return result.json[0];
}

describe('headers (seed: HTTP Request Headers; checklist: product name and version)', () => {
	it('sends the token pair, API version, product, and a fresh UTC SentTimestamp', async () => {
		const before = Date.now();
		await run({ resource: 'airport', operation: 'search', filter: 'KTEB', returnAll: true });
		const call = calls()[0];
		expect(call.headers['x-avinode-apitoken']).toBe(sandboxConfig.avinode.apiToken);
		expect(call.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.connectionToken}`);
		expect(call.headers['x-avinode-apiversion']).toBe('v1');
		expect(call.headers['x-avinode-product']).toBe(DEFAULT_PRODUCT_NAME);
		const sent = Date.parse(String(call.headers['x-avinode-senttimestamp']));
		expect(String(call.headers['x-avinode-senttimestamp'])).toMatch(/Z$/);
		expect(sent).toBeGreaterThanOrEqual(before - 5);
		expect(sent).toBeLessThanOrEqual(Date.now());
		expect(call.headers['x-avinode-actasaccount']).toBeUndefined();
	});

	it('falls back to the package name and version when the product field is empty', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox(), { productName: '' }));
		await run({ resource: 'airport', operation: 'search', filter: 'KTEB', returnAll: true });
		expect(calls()[0].headers['x-avinode-product']).toBe(DEFAULT_PRODUCT_NAME);
	});

	it('sends the credential default Act-As account and lets an operation override it', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox(), { actAsAccount: 'johnsmith64' }));
		await run({ resource: 'airport', operation: 'search', filter: 'KTEB', returnAll: true });
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		const quote = await run({ resource: 'tripMessage', operation: 'submitQuote', requestId: rfqId, totalPrice: 25000, currencyCode: 'USD', options: { actAsAccount: 'salesperson7' } });
		expect(calls()[0].headers['x-avinode-actasaccount']).toBe('johnsmith64');
		expect(calls()[1].headers['x-avinode-actasaccount']).toBe('salesperson7');
		expect(quote.json[0].actAs).toBe('salesperson7');
	});

	it('is rejected by the sandbox when the clock is more than 5 minutes off, with the API message', async () => {
		sandbox().configure({ clockOffsetMs: 6 * 60 * 1000 });
		const error = await run({ resource: 'airport', operation: 'search', filter: 'KTEB', returnAll: true }).catch((e) => e);
		expect(error.message).toBe('Avinode API error 400: X-Avinode-SentTimestamp is more than 5 minutes off [INVALID_TIMESTAMP]');
	});

	it('re-signs every retry: a retry seconds later carries a newer SentTimestamp', async () => {
		sandbox().script({ status: 503, headers: { 'Retry-After': '1' }, pathPattern: '/airports/search' });
		await run({ resource: 'airport', operation: 'search', filter: 'KTEB', returnAll: true });
		const [first, second] = calls().map((e) => Date.parse(String(e.headers['x-avinode-senttimestamp'])));
		expect(second - first).toBeGreaterThanOrEqual(900);
	});

	it('works with OAuth client credentials, fetching one token for many calls', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox(), { authentication: 'oauthClientCredentials', connectionToken: '', clientId: sandboxConfig.avinode.clientId, clientSecret: sandboxConfig.avinode.clientSecret }));
		await run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true });
		await run({ resource: 'aircraftType', operation: 'getAll', returnAll: true });
		const tokenCalls = sandbox().ledger.filter((e) => e.path === '/avinode/api/oauth/token');
		expect(tokenCalls.length).toBeLessThanOrEqual(1); // the process-wide coalescer may already hold a valid token
		expect(calls().every((e) => String(e.headers.authorization).startsWith('Bearer sbx-avn-'))).toBe(true);
	});

	it('refuses a Schedaero credential in the Avinode node with a clear message', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox(), { platform: 'schedaero' }));
		await expect(run({ resource: 'trip', operation: 'get', tripId: 'atrip-1' })).rejects.toThrow('This credential is for Schedaero, but this node calls Avinode Marketplace');
	});
});

describe('trips', () => {
	it('creates, gets with documented extras, searches by identifier, updates and cancels a trip', async () => {
		const trip = await createTrip({ additionalFields: { externalTripId: 'CRM-42' } });
		expect(trip).toMatchObject({ type: 'trips', externalTripId: 'CRM-42', sourcing: true });
		expect((trip.actions as IDataObject).searchInAvinode).toBeDefined();
		const body = calls()[0].body as IDataObject;
		expect(body.segments).toEqual([{ startAirport: { icao: 'KTEB' }, endAirport: { icao: 'KPBI' }, dateTime: { date: '2026-12-20', time: '10:00', departure: true, local: true }, paxCount: '4', paxSegment: true, timeTBD: false }]);
		expect(body.criteria).toEqual({ requiredLift: [{ aircraftCategory: 'Light jet' }] });

		// fields[trips] values add information; the version 1 free text still goes along.
		const got = await runLatest({ resource: 'trip', operation: 'get', tripId: trip.id as string, options: { extraFields: ['timestamps', 'taildetails'], sparseFields: 'legacy_ids' } });
		expect(calls().at(-1)!.query['fields[trips]']).toEqual(['legacy_ids', 'timestamps', 'taildetails']);
		expect(got.json[0]).toMatchObject({ id: trip.id, segments: body.segments, timestamps: { included: true }, taildetails: { included: true }, legacy_ids: { included: true } });

		const found = await runLatest({ resource: 'trip', operation: 'search', identifier: trip.tripId as string, options: { extraFields: ['timestamps'] } });
		expect(calls().at(-1)!.path).toBe('/avinode/api/trips/searchTrips');
		expect(calls().at(-1)!.query).toEqual({ id: trip.tripId, 'fields[trips]': 'timestamps' });
		expect(found.json.map((t) => t.id)).toEqual([trip.id]);
		expect((await runLatest({ resource: 'trip', operation: 'search', identifier: 'NOSUCH' })).json).toEqual([]);

		// The documented examples carry the trip id in the body of update and cancel.
		const updated = await runLatest({ resource: 'trip', operation: 'update', tripId: trip.id as string, updateJson: { postToTripBoard: true } });
		expect(calls().at(-1)!.body).toEqual({ postToTripBoard: true, id: trip.id });
		expect(updated.json[0].postToTripBoard).toBe(true);

		const canceled = await runLatest({ resource: 'trip', operation: 'cancel', tripId: trip.id as string, reason: 'CHANGED', messageToSeller: 'Plans changed' });
		expect(calls().at(-1)!.body).toEqual({ id: trip.id, reason: 'CHANGED', messageToSeller: 'Plans changed' });
		expect(canceled.json[0]).toMatchObject({ canceled: true, cancelReason: 'CHANGED' });
	});

	it('offers the 26 documented fields[trips] values as a list', () => {
		const options = node.description.properties.filter((p) => p.name === 'options' && p.displayOptions?.show?.operation?.includes('get') && p.displayOptions?.show?.resource?.includes('trip'));
		const extra = (options[0].options as Array<{ name: string; options?: Array<{ value: string }> }>).find((o) => o.name === 'extraFields')!;
		expect(extra.options!.map((o) => o.value)).toHaveLength(26);
		expect(extra.options!.map((o) => o.value)).toEqual(expect.arrayContaining(['latestquote', 'legacy_ids', 'typephotos']));
	});

	it('version 1.1 has no Trip Get Many; version 1 keeps it and, where Avinode has no such list, says what to change', async () => {
		const operationLists = node.description.properties.filter((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('trip'));
		const valuesFor = (version: unknown) => (operationLists.find((p) => JSON.stringify(p.displayOptions?.show?.['@version']) === JSON.stringify(version))!.options as Array<{ value: string }>).map((o) => o.value);
		expect(valuesFor([1])).toEqual(expect.arrayContaining(['getAll', 'search']));
		expect(valuesFor([{ _cnd: { gte: 1.1 } }])).not.toContain('getAll');
		expect(node.description.version).toEqual([1, 1.1, 1.2]);
		expect(node.description.defaultVersion).toBe(1.2);

		const error = await run({ resource: 'trip', operation: 'getAll', returnAll: true, filters: { externalTripId: 'CRM-42' } }).catch((e) => e);
		expect(error.message).toBe('Trip → Get Many is not an Avinode operation (the API answered 405)');
		expect(error.description).toMatch(/change Operation to "Search by Identifier" \(GET \/trips\/searchTrips\)/);
		expect(error.context.itemIndex).toBe(0);
		// Two 404s: the listing reads page 0 first, and a refused page 0 is read as "this list counts from 1".
		sandbox().script({ status: 404, pathPattern: '/avinode/api/trips$' }, { status: 404, pathPattern: '/avinode/api/trips$' });
		await expect(run({ resource: 'trip', operation: 'getAll', returnAll: true })).rejects.toThrow('(the API answered 404)');
	});

	it('names the segment and item for a bad date, before any call', async () => {
		await expect(run({ resource: 'trip', operation: 'create', segments: { segment: [segment('KTEB', 'KPBI', '20/12/2026')] } })).rejects.toThrow('"Date" of segment 1 of item 0 must be YYYY-MM-DD');
		expect(calls()).toHaveLength(0);
	});

	it('turns a 422 into the API title and code', async () => {
		const error = await run({ resource: 'trip', operation: 'create', segments: { segment: [segment('KTEB', 'KPBI')] }, tripJson: '{"sourcing": "yes"}' }).catch((e) => e);
		expect(error.message).toBe('Avinode API error 422: sourcing must be true or false [VALIDATION_FAILED]');
		expect(error.context.itemIndex).toBe(0);
	});
});

describe('RFQs and trip messages', () => {
	it('gets an RFQ with its Include extras sent as fields[rfqs] values, and lists RFQs', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		const liftId = (sandbox().data.avinode.rfqs.get(rfqId)!.sellerLift as IDataObject[])[0].id as string;
		await run({ resource: 'tripMessage', operation: 'submitQuote', requestId: liftId, totalPrice: 18000, currencyCode: 'usd', aircraftTail: 'N100SB' });
		const rfq = await run({ resource: 'rfq', operation: 'get', rfqId, options: { expansions: ['latestquote', 'quotebreakdown'] } });
		expect(calls().at(-1)!.query).toEqual({ 'fields[rfqs]': ['latestquote', 'quotebreakdown'] });
		expect(((rfq.json[0].sellerLift as IDataObject[])[0].latestQuote as IDataObject).totalPrice).toBe(18000);
		expect(rfq.json[0].quoteBreakdown).toEqual({ included: true });
		const all = await run({ resource: 'rfq', operation: 'getAll', returnAll: true });
		expect(all.json).toHaveLength(6);
	});

	it('reads a trip message with Output Currencies and fields[quotes] actually sent', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		const quoted = await run({ resource: 'tripMessage', operation: 'submitQuote', requestId: rfqId, totalPrice: 20000, currencyCode: 'USD' });
		const read = await run({ resource: 'tripMessage', operation: 'get', messageId: quoted.json[0].id as string, options: { outputCurrencies: 'eur, gbp', quoteFields: 'quotebreakdown' } });
		expect(calls().at(-1)!.query).toEqual({ outputCurrencies: ['EUR', 'GBP'], 'fields[quotes]': 'quotebreakdown' });
		const quote = read.json[0].quote as IDataObject;
		expect((quote.convertedPrices as IDataObject[]).map((p) => p.currency)).toEqual(['EUR', 'GBP']);
		expect(quote.quotebreakdown).toEqual({ included: true });
		sandbox().clearLedger();
		await expect(run({ resource: 'tripMessage', operation: 'get', messageId: quoted.json[0].id as string, options: { outputCurrencies: 'USD,euro' } })).rejects.toThrow('"Output Currencies" of item 0 must be three-letter ISO 4217 codes, got "EURO"');
		expect(calls()).toHaveLength(0);
	});

	it('declines with a documented reason, chats, reads the message back and cancels an RFQ', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][1];
		const declined = await run({ resource: 'tripMessage', operation: 'decline', requestId: rfqId, declineReason: 'CREW_NOT_AVAILABLE', message: 'Sorry' });
		expect(declined.json[0]).toMatchObject({ kind: 'decline', declineReason: 'CREW_NOT_AVAILABLE' });
		const tricky = 'Quote "A"\nline two\\with backslash \u00e9';
		const chat = await run({ resource: 'tripMessage', operation: 'sendChatMessage', requestId: rfqId, message: tricky });
		const read = await run({ resource: 'tripMessage', operation: 'get', messageId: chat.json[0].id as string });
		expect(read.json[0].message).toBe(tricky); // seed: String Handling, exact round trip
		const canceled = await run({ resource: 'rfq', operation: 'cancel', rfqId, messageToSeller: 'no longer needed' });
		expect(canceled.json[0].canceled).toBe(true);
		const error = await run({ resource: 'tripMessage', operation: 'submitQuote', requestId: rfqId, totalPrice: 1, currencyCode: 'USD' }).catch((e) => e);
		expect(error.message).toMatch(/422: The request was canceled and cannot be quoted \[INVALID_STATE\]/);
	});

	it('rejects an invalid currency and malformed line items naming field and item', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		await expect(run({ resource: 'tripMessage', operation: 'submitQuote', requestId: rfqId, totalPrice: 1, currencyCode: 'DOLLARS' })).rejects.toThrow('"Currency Code" of item 0 must be a three-letter ISO 4217 code');
		await expect(run({ resource: 'tripMessage', operation: 'submitQuote', requestId: rfqId, totalPrice: 1, currencyCode: 'USD', additionalFields: { lineItems: '[{"broken"' } })).rejects.toThrow('The "Line Items (JSON)" field of item 0 is not valid JSON');
	});
});

describe('leads, empty legs, watches, airports, aircraft types, schedules, searches', () => {
	it('creates a lead idempotently by client identifier and reads it', async () => {
		const first = await run({ resource: 'lead', operation: 'create', contactName: 'Pat Client', additionalFields: { email: 'pat@example.test', phone: '+1 555 0100', clientIdentifier: 'web-1' } });
		// The docs' example writes the type as "Work"; the sandbox refuses other spellings.
		expect((calls()[0].body as IDataObject).leadContactInfo).toMatchObject({ emailAddresses: [{ type: 'Work', emailAddress: 'pat@example.test' }], phoneNumbers: [{ type: 'Work', phoneNumber: '+1 555 0100' }] });
		const again = await run({ resource: 'lead', operation: 'create', contactName: 'Pat Client', additionalFields: { clientIdentifier: 'web-1' } });
		expect(again.json[0].id).toBe(first.json[0].id);
		expect(again.json[0]._meta).toEqual({ infos: [expect.objectContaining({ code: 'DUPLICATE_IGNORED' })] }); // meta.infos kept visible
		const got = await run({ resource: 'lead', operation: 'get', leadId: first.json[0].id as string });
		expect((got.json[0].leadContactInfo as IDataObject).name).toBe('Pat Client');
	});

	it('creates an empty leg with the documented body, lists, gets, updates and deletes it', async () => {
		const created = await runLatest({
			resource: 'emptyLeg',
			operation: 'create',
			startAirport: 'ktEB',
			endAirport: 'KASE',
			startDate: '2026-12-30T08:00:00Z',
			endDate: '2026-12-30T18:00:00Z',
			aircraftTail: 'N9EL',
			price: 9500,
			currency: 'eur',
			additionalFields: { sellerMessage: 'Catering on request', sellerVerified: true },
		});
		expect(calls()[0].body).toEqual({
			startAirport: { icao: 'KTEB' },
			endAirport: { icao: 'KASE' },
			lift: { aircraftTail: 'N9EL' },
			startDate: '2026-12-30T08:00:00Z',
			endDate: '2026-12-30T18:00:00Z',
			sellerPrice: 9500,
			sellerPriceCurrency: 'EUR',
			published: true,
			sellerMessage: 'Catering on request',
			sellerVerified: true,
		});
		const id = created.json[0].id as string;
		expect(created.json[0]).toMatchObject({ startAirport: { icao: 'KTEB' }, lift: { aircraftTail: 'N9EL' }, sellerPrice: 9500, published: true });
		expect((await run({ resource: 'emptyLeg', operation: 'getAll', returnAll: true })).json).toHaveLength(9);
		expect((await run({ resource: 'emptyLeg', operation: 'getAll', returnAll: false, limit: 3 })).json).toHaveLength(3);
		expect((await run({ resource: 'emptyLeg', operation: 'get', emptyLegId: { __rl: true, mode: 'id', value: id } })).json[0].lift).toEqual({ aircraftTail: 'N9EL' });
		const updated = await runLatest({ resource: 'emptyLeg', operation: 'update', emptyLegId: { __rl: true, mode: 'list', value: id }, updateFields: { price: 8000, currency: 'EUR', endDate: '2026-12-30T20:00:00Z' } });
		expect(calls().at(-1)!.body).toEqual({ endDate: '2026-12-30T20:00:00Z', sellerPrice: 8000, sellerPriceCurrency: 'EUR' });
		expect(updated.json[0]).toMatchObject({ sellerPrice: 8000, endDate: '2026-12-30T20:00:00Z' });
		expect((await run({ resource: 'emptyLeg', operation: 'delete', emptyLegId: { __rl: true, mode: 'id', value: id } })).json[0]).toEqual({ deleted: true });
		expect(sandbox().data.avinode.emptyLegs.has(id)).toBe(false);
	});

	it('runs a version 1 empty leg as saved: the departure date becomes a whole-day window, the price sellerPrice', async () => {
		const created = await run({ resource: 'emptyLeg', operation: 'create', startAirport: 'KTEB', endAirport: 'KASE', aircraftTail: 'N9EL', departureDate: '2026-12-30', price: 9500, currency: 'USD' });
		expect(calls()[0].body).toEqual({ startAirport: { icao: 'KTEB' }, endAirport: { icao: 'KASE' }, lift: { aircraftTail: 'N9EL' }, startDate: '2026-12-30T00:00:00Z', endDate: '2026-12-30T23:59:59Z', sellerPrice: 9500, sellerPriceCurrency: 'USD' });
		const updated = await run({ resource: 'emptyLeg', operation: 'update', emptyLegId: { __rl: true, mode: 'id', value: created.json[0].id }, updateFields: { departureDate: '2026-12-31T09:30:00Z' } });
		expect(updated.json[0]).toMatchObject({ startDate: '2026-12-31T09:30:00Z', endDate: '2026-12-31T09:30:00Z' });
	});

	it('takes a floating-fleet lift from the JSON, and names a missing or bad date with its item before any call', async () => {
		const base = { resource: 'emptyLeg', operation: 'create', startAirport: 'KTEB', endAirport: 'KASE', startDate: '2026-12-30T08:00:00Z', endDate: '2026-12-30T18:00:00Z' };
		const floating = await runLatest({ ...base, emptyLegJson: { lift: { aircraftCategory: 'Midsize jet' } } });
		expect(floating.json[0].lift).toEqual({ aircraftCategory: 'Midsize jet' });
		sandbox().clearLedger();
		await expect(runLatest({ ...base, endDate: '' })).rejects.toThrow('"End Date" of item 0 is empty');
		await expect(runLatest({ ...base, startDate: 'next week' })).rejects.toThrow('"Start Date" of item 0 must be a date-time such as 2026-12-24T10:00:00Z, got "next week"');
		await expect(runLatest({ ...base, endDate: '2026-12-29T08:00:00Z' })).rejects.toThrow('"End Date" of item 0 is before "Start Date"');
		await expect(runLatest(base)).rejects.toThrow('"Aircraft Tail" of item 0 is empty: set it, or give lift.aircraftType or lift.aircraftCategory');
		await expect(runLatest({ ...base, aircraftTail: 'N1', price: 100, currency: 'dollars' })).rejects.toThrow('"Seller Price Currency" of item 0 must be a three-letter ISO 4217 code');
		expect(calls()).toHaveLength(0);
	});

	it('lists empty legs in the picker by route, never showing the id (checklist: IDs not displayed)', async () => {
		const context = createLoadOptionsContext(store(), node);
		const result = await searchEmptyLegs.call(context as never, 'KTEB');
		expect(result.results.length).toBeGreaterThan(0);
		for (const entry of result.results) {
			expect(entry.name).not.toContain(String(entry.value));
			expect(entry.name).toContain('KTEB');
		}
	});

	it('creates, lists and deletes empty leg watches', async () => {
		const watch = await run({ resource: 'emptyLegWatch', operation: 'create', uniqueName: 'NY to Florida', watchedSegments: { segment: [{ start: 'KTEB', end: 'US' }] }, additionalFields: { daysOut: 14 } });
		expect(watch.json[0]).toMatchObject({ uniqueName: 'NY to Florida', watchedSegments: [{ start: { airport: { icao: 'KTEB' } }, end: { countryCode: 'US' } }], daysOut: 14 });
		expect((await run({ resource: 'emptyLegWatch', operation: 'getAll', returnAll: true })).json).toHaveLength(1);
		await run({ resource: 'emptyLegWatch', operation: 'delete', watchId: watch.json[0].id as string });
		expect((await run({ resource: 'emptyLegWatch', operation: 'getAll', returnAll: true })).json).toHaveLength(0);
	});

	it('searches airports and pages aircraft types with Limit honoured exactly', async () => {
		const airports = await run({ resource: 'airport', operation: 'search', filter: 'K', filterMatchType: 'starts_with', returnAll: true });
		expect(airports.json.every((a) => String(a.icao).startsWith('K'))).toBe(true);
		const all = await run({ resource: 'aircraftType', operation: 'getAll', returnAll: true, options: { sparseFields: ['typedetails'] } });
		expect(all.json).toHaveLength(30);
		sandbox().clearLedger();
		const some = await run({ resource: 'aircraftType', operation: 'getAll', returnAll: false, limit: 7 });
		expect(some.json).toHaveLength(7);
		expect(calls()[0].query['page[size]']).toBe('7');
	});

	it('pages with page[number]/page[size] across several pages', async () => {
		const types = sandbox().data.avinode as unknown as { aircraftTypes: IDataObject[] };
		for (let i = 0; i < 220; i++) types.aircraftTypes.push({ id: `aircrafttype-x${i}`, name: `Extra ${i}`, category: 'Light jet' });
		const all = await run({ resource: 'aircraftType', operation: 'getAll', returnAll: true });
		expect(all.json).toHaveLength(250);
		expect(new Set(all.json.map((t) => t.id)).size).toBe(250);
		expect(calls().map((e) => e.query['page[number]'])).toEqual(['0', '1', '2']);
		sandbox().clearLedger();
		const parallel = await run({ resource: 'aircraftType', operation: 'getAll', returnAll: false, limit: 205, options: { maxConcurrency: 3 } });
		expect(parallel.json).toHaveLength(205);
		expect(parallel.json.map((t) => t.id)).toEqual(all.json.slice(0, 205).map((t) => t.id));
	});

	it('uploads a complete schedule and creates a search (end-client notice shown)', async () => {
		const schedule = await run({ resource: 'schedule', operation: 'upload', aircraftTail: 'N1SB', activities: '[{"activityType":"EmptyLeg","startAirport":{"icao":"KTEB"}}]' });
		expect(schedule.json[0]).toEqual({ aircraftTail: 'N1SB', activityCount: 1 });
		const search = await run({ resource: 'search', operation: 'create', segments: { segment: [segment('KTEB', 'KLAS')] }, outputCurrencies: 'usd,eur' });
		expect((search.json[0].results as IDataObject[]).length).toBe(3);
		expect(node.description.properties.find((p) => p.name === 'endClientNotice')?.displayName).toMatch(/end clients/);
	});
});

describe('trip list of version 1', () => {
	it('explains itself in version 1 only', () => {
		const tripList = node.description.properties.find((p) => p.name === 'tripListNotice')!;
		expect(tripList.displayOptions?.show?.['@version']).toEqual([1]);
	});
});

describe('webhook settings and custom API call', () => {
	it('creates, lists and deactivates a webhook setting on the Avinode host', async () => {
		const created = await run({ resource: 'webhookSetting', operation: 'create', displayName: 'n8n', targetURI: 'https://example.test/hook', eventTypes: ['TripRequest'], additionalFields: { clientIdentifier: 'n8n', clientSecret: 's3cret-value' } });
		expect(created.json[0]).toMatchObject({ active: true, eventTypes: ['TripRequest'], clientAuthenticationType: 'BASIC' });
		expect(JSON.stringify(created.json)).not.toContain('s3cret-value');
		const listed = await run({ resource: 'webhookSetting', operation: 'getAll' });
		expect(listed.json).toHaveLength(1);
		const updated = await run({ resource: 'webhookSetting', operation: 'update', webhookSettingId: created.json[0].id as string, updateFields: { active: false } });
		expect(updated.json[0]).toMatchObject({ active: false, version: 2 });
	});

	it('custom API call with repeated query keys', async () => {
		const result = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/aircrafttypes', queryParameters: { parameter: [{ name: 'fields[aircrafttypes]', value: 'typedetails' }, { name: 'fields[aircrafttypes]', value: 'perfdetails' }, { name: 'page[size]', value: '2' }] } });
		expect(result.json[0].meta).toBeDefined();
		expect(calls()[0].query['fields[aircrafttypes]']).toEqual(['typedetails', 'perfdetails']);
	});
});

describe('checklist: ids, unknown properties, retries, rate limits, no live hosts', () => {
	it('passes ids of any shape through whole, never parsed (the format may change at any time)', async () => {
		const trips = sandbox().data.avinode.trips;
		const oddId = '1234-ABCD-5678-EF90';
		trips.set(oddId, { id: oddId, type: 'trips', tripId: 'X', segments: [] });
		const got = await run({ resource: 'trip', operation: 'get', tripId: oddId });
		expect(got.json[0].id).toBe(oddId);
		expect(calls()[0].path).toBe(`/avinode/api/trips/${oddId}`);
	});

	it('keeps properties the API added after this node was written', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		Object.assign(sandbox().data.avinode.rfqs.get(rfqId)!, { brandNewProperty: { nested: [1, 2] } });
		const rfq = await run({ resource: 'rfq', operation: 'get', rfqId });
		expect(rfq.json[0].brandNewProperty).toEqual({ nested: [1, 2] });
	});

	it('waits for the hourly quota to reset when that is short, instead of failing', async () => {
		sandbox().configure({ avinodeRateLimit: 2, avinodeRateLimitWindowSeconds: 2 });
		const started = Date.now();
		const result = await run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true }, { items: [{}, {}, {}] });
		expect(result.json.length).toBeGreaterThan(0);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
		expect(calls().filter((e) => e.status === 403).length).toBeLessThanOrEqual(1);
	});

	it('fails fast with the reset time when the quota resets too late', async () => {
		sandbox().configure({ avinodeRateLimit: 1, avinodeRateLimitWindowSeconds: 3600 });
		await run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true });
		const error = await run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true, options: { maxRateLimitWaitSeconds: 5 } }).catch((e) => e);
		expect(error.message).toMatch(/Avinode API (error 403: Rate limit exceeded|rate limit reached)/);
		expect(error.description).toMatch(/rate limit reached, resets in \d+ s/);
	});

	it('continues on fail with one error item per bad input', async () => {
		const rfqId = [...sandbox().data.avinode.rfqs.keys()][0];
		const ids = [rfqId, 'arfq-404', rfqId];
		const result = await run((i) => ({ resource: 'rfq', operation: 'get', rfqId: ids[i] }), { items: [{}, {}, {}], continueOnFail: true });
		expect(result.json.map((j) => (j.error ? 'error' : j.id))).toEqual([rfqId, 'error', rfqId]);
		expect(result.json[1].error).toBe('Avinode API error 404: Not found [NOT_FOUND]');
	});

	it('cannot reach a live Avinode host from a test (checklist: test instances never call live servers)', async () => {
		store().set('avinodeApi', { ...avinodeCredentials(sandbox()), environment: 'production' });
		await expect(run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true })).rejects.toThrow(/non-loopback host: services\.avinode\.com/);
		store().set('avinodeApi', { ...avinodeCredentials(sandbox()), environment: 'sandbox' });
		await expect(run({ resource: 'airport', operation: 'search', filter: 'K', returnAll: true })).rejects.toThrow(/non-loopback host: sandbox\.avinode\.com/);
	});
});
