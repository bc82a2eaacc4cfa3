/**
 * What a seller types or has in a sheet: Map Automatically takes the columns named as the form shows
 * the fields (and common other names), Published says what it does, and airport fields take ICAO
 * codes only (an airport name is refused before anything is sent).
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { getEmptyLegFields } from '../../nodes/Avinode/methods/resourceMapping';
import { runNode } from '../harness/context';
import { avinodeCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { failureOf } from '../harness/failures';

const node = new Avinode();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running) }) });

const run = (parameters: IDataObject | ((itemIndex: number) => IDataObject), options: { items?: IDataObject[]; typeVersion?: number } = {}) =>
	runNode({ node, store: store(), parameters, items: options.items, typeVersion: options.typeVersion ?? 1.2 });
const calls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avinode/api/'));
const posts = () => calls().filter((e) => e.method === 'POST');
const automatic = { mappingMode: 'autoMapInputData', value: null };
const mapped = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });

const documentedLeg = {
	startAirport: { icao: 'KTEB' },
	endAirport: { icao: 'KPBI' },
	startDate: '2026-12-20T08:00:00',
	endDate: '2026-12-20T20:00:00',
	lift: { aircraftTail: 'N123AB' },
	sellerPrice: 14500,
	sellerPriceCurrency: 'USD',
	published: true,
};

describe('Empty Leg Map Automatically takes the names the form shows and common other names', () => {
	it.each([
		['the form labels', { 'From (ICAO Code)': 'KTEB', 'To (ICAO Code)': 'KPBI', 'Available From': '2026-12-20T08:00:00', 'Available Until': '2026-12-20T20:00:00', 'Aircraft Tail Number': 'N123AB', Price: 14500, 'Price Currency': 'USD', 'Published (Visible to Buyers)': true }],
		['a scheduling sheet', { From: 'KTEB', To: 'KPBI', 'Available From': '2026-12-20T08:00:00', 'Available Until': '2026-12-20T20:00:00', Tail: 'N123AB', Price: '14500', Currency: 'usd', Published: 'yes' }],
		['other common names', { origin: 'kteb', destination: 'KPBI', start_date: '2026-12-20T08:00:00', end: '2026-12-20T20:00:00', registration: 'N123AB', 'Seller Price': 14500, sellerPriceCurrency: 'USD', publish: true }],
		['the API names', { startAirport: 'KTEB', endAirport: 'KPBI', startDate: '2026-12-20T08:00:00', endDate: '2026-12-20T20:00:00', aircraftTail: 'N123AB', price: 14500, currency: 'USD', published: true }],
	])('%s', async (_name, row) => {
		await run({ resource: 'emptyLeg', operation: 'create', columns: automatic }, { items: [row] });
		expect(posts().map((e) => e.body)).toEqual([documentedLeg]);
	});

	it('an API name wins over another name for the same field, an empty column never wins, and a node field is skipped', async () => {
		const row = { startAirport: 'KTEB', From: 'KJFK', 'To (ICAO Code)': 'KPBI', Destination: '', 'Available From': '2026-12-20T08:00:00', 'Available Until': '2026-12-20T20:00:00', Tail: 'N123AB', Type: 'ignored', _sync: { action: 'created' } };
		await run({ resource: 'emptyLeg', operation: 'create', columns: automatic }, { items: [row] });
		expect(posts()[0].body).toMatchObject({ startAirport: { icao: 'KTEB' }, endAirport: { icao: 'KPBI' }, lift: { aircraftTail: 'N123AB' } });
	});

	it('Update takes the same names', async () => {
		const id = [...sandbox().data.avinode.emptyLegs.keys()][0];
		await run({ resource: 'emptyLeg', operation: 'update', emptyLegId: { __rl: true, mode: 'list', value: id }, columns: automatic }, { items: [{ 'Seller Price': 7000, Notes: 'Catering on board' }] });
		expect(calls().at(-1)!.body).toMatchObject({ sellerPrice: 7000, sellerMessage: 'Catering on board' });
	});
});

describe('Published says what it does', () => {
	const leg = { startAirport: 'KTEB', endAirport: 'KPBI', startDate: '2026-12-20T08:00:00Z', endDate: '2026-12-20T20:00:00Z', aircraftTail: 'N123AB' };

	it('the form says above the mapper and in the field label that buyers see only published legs', async () => {
		const shown = node.description.properties.filter((p: INodeProperties) => p.displayOptions?.show?.resource?.includes('emptyLeg') && p.displayOptions?.show?.operation?.includes('create'));
		const notice = shown.find((p) => p.type === 'notice' && JSON.stringify(p.displayOptions).includes('1.2'));
		expect(notice?.displayName).toBe('Buyers see an empty leg only when Published (Visible to Buyers) is on; off keeps it as a draft only your company sees');
		expect(shown.indexOf(notice!)).toBeLessThan(shown.findIndex((p) => p.name === 'columns'));
		const published = (await getEmptyLegFields()).fields.find((field) => field.id === 'published');
		expect(published?.displayName).toBe('Published (Visible to Buyers)');
	});

	it('a leg created unpublished gets one hint per run; a published one none', async () => {
		const draft = await run(() => ({ resource: 'emptyLeg', operation: 'create', columns: mapped(leg) }), { items: [{}, {}] });
		expect(draft.hints.map((hint) => hint.message)).toEqual([`The empty leg of item 0 (${String(draft.json[0].id)}) was created unpublished: buyers do not see it. Turn on "Published (Visible to Buyers)" to offer legs to buyers.`]);
		const offered = await run({ resource: 'emptyLeg', operation: 'create', columns: mapped({ ...leg, published: true }) });
		expect(offered.json[0].published).toBe(true);
		expect(offered.hints).toEqual([]);
	});
});

describe('Airport fields take ICAO codes only, checked before anything is sent', () => {
	const advice = 'Airport → Search';
	const leg = { startAirport: 'KTEB', endAirport: 'KPBI', startDate: '2026-12-20T08:00:00Z', endDate: '2026-12-20T20:00:00Z', aircraftTail: 'N123AB' };

	it('Empty Leg Create and Update (mapper) name the field and item', async () => {
		const rows = [leg, { ...leg, startAirport: 'Teterboro' }];
		const error = await failureOf(run((i) => ({ resource: 'emptyLeg', operation: 'create', columns: mapped(rows[i]) }), { items: rows }));
		expect(error.message).toBe('"From (ICAO Code)" of item 1 must be an ICAO airport code such as KTEB, got "Teterboro"');
		expect(error.description).toContain(advice);
		expect(posts()).toHaveLength(1); // item 0 only
		const id = [...sandbox().data.avinode.emptyLegs.keys()][0];
		sandbox().clearLedger();
		await expect(run({ resource: 'emptyLeg', operation: 'update', emptyLegId: { __rl: true, mode: 'list', value: id }, columns: mapped({ endAirport: 'PBI' }) })).rejects.toThrow('"To (ICAO Code)" of item 0 must be an ICAO airport code such as KTEB, got "PBI"');
		expect(calls()).toEqual([]);
	});

	it('Empty Leg Create of version 1.1 names its own field', async () => {
		await expect(
			run({ resource: 'emptyLeg', operation: 'create', startAirport: 'Teterboro', endAirport: 'KPBI', startDate: '2026-12-20T08:00:00Z', endDate: '2026-12-20T20:00:00Z', aircraftTail: 'N123AB', price: 0, currency: 'USD', published: true, additionalFields: {}, emptyLegJson: '{}' }, { typeVersion: 1.1 }),
		).rejects.toThrow('"Start Airport (ICAO)" of item 0 must be an ICAO airport code such as KTEB, got "Teterboro"');
		expect(calls()).toEqual([]);
	});

	it('Trip segments name the field, segment and item', async () => {
		const segment = (from: string) => ({ startAirport: { __rl: true, mode: 'code', value: from }, endAirport: { __rl: true, mode: 'list', value: 'KPBI' }, date: '2026-12-24', time: '', paxCount: 2 });
		const error = await failureOf(run({ resource: 'trip', operation: 'create', segments: { segment: [segment('KTEB'), segment('Palm Beach')] }, aircraftCategory: '' }));
		expect(error.message).toBe('"From" of segment 2 of item 0 must be an ICAO airport code such as KTEB, got "Palm Beach"');
		expect(error.description).toContain(advice);
		expect(calls()).toEqual([]);
	});

	it('Empty Leg Watch segments take an ICAO code or a two-letter country', async () => {
		const watch = (start: string, end: string) => ({ resource: 'emptyLegWatch', operation: 'create', uniqueName: 'Florida', watchedSegments: { segment: [{ start: 'KTEB', end: 'US' }, { start, end }] }, additionalFields: {}, watchJson: '{}' });
		await expect(run(watch('Teterboro', 'US'))).rejects.toThrow('"From (Airport ICAO or Country Code)" of watched segment 2 of item 0 must be an ICAO airport code such as KTEB or a two-letter country code such as US, got "Teterboro"');
		await expect(run(watch('KTEB', 'USA'))).rejects.toThrow('"To (Airport ICAO or Country Code)" of watched segment 2 of item 0 must be an ICAO airport code such as KTEB or a two-letter country code such as US, got "USA"');
		expect(calls()).toEqual([]);
		await run(watch('kjfk', 'fr'));
		expect((posts()[0].body as IDataObject).watchedSegments).toEqual([
			{ start: { airport: { icao: 'KTEB' } }, end: { countryCode: 'US' } },
			{ start: { airport: { icao: 'KJFK' } }, end: { countryCode: 'FR' } },
		]);
	});
});
