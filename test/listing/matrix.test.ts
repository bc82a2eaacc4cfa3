/**
 * The listing matrix: every Get Many / Return All of the three nodes, and the New Record Trigger's
 * scan, under every sandbox switch for what the public docs leave open (page base 0 or 1, what a
 * 1-based server answers for page 0, a page-size cap below the asked size, large page sizes refused,
 * totalCount absent, RFQs paged by seek or by number). Avionté listings run both without a
 * per-second limit (ids pages read in windows) and with one (one page at a time, records fetched
 * meanwhile). Each listing must return every record of the sandbox store exactly once, and Limit N
 * exactly N records without reading a page it cannot use (checked on the ledger); with Filters, every
 * match once, and Limit N the first N matches, reading no ids page and no multi-query after the one
 * that completes them.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { forgetAvinodePaging } from '../../nodes/Avinode/helpers/paging';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { forgetAviontePaging, IDS_PAGE_SIZES } from '../../nodes/Avionte/helpers/paging';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { credentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avinodeCredentials, avionteCredentials, startSandbox } from '../harness/sandbox';
import { pollContext } from '../harness/triggers';
import { setRunRatePerSecond } from '../../nodes/shared/throttle';

const LIMIT = 105;
/** The matrix is about paging, not pacing: no per-second limit keeps its hundreds of calls quick. */
const UNPACED = { maxRequestsPerSecond: 0 };
/** A per-second limit too high to slow anything down: listings then read ids pages one at a time. */
const PACED = { maxRequestsPerSecond: 1000 };

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox({
		talentCount: 230,
		// Contacts fill two pages of the largest size asked (500) and part of a third.
		avionteData: { companyCount: 130, contactCount: 1020, jobCount: 200, placementCount: 140, userCount: 110, departmentCount: 115 },
		avinodeData: { rfqCount: 230, emptyLegCount: 210, aircraftTypeCount: 230, extraAirportCount: 200, tripCount: 205, watchCount: 205 },
		schedaeroData: { contactCount: 205, companyCount: 120, passengerCount: 210 },
	});
});
afterAll(async () => sandbox.close());

function forgetEverything(): void {
	forgetAviontePaging();
	forgetAvinodePaging();
}

/** A poll context paced as triggers are (one ids page at a time), at a rate that slows nothing down. */
function pacedPollContext(...args: Parameters<typeof pollContext>): ReturnType<typeof pollContext> {
	const context = pollContext(...args);
	setRunRatePerSecond(context, PACED.maxRequestsPerSecond);
	return context;
}

/** Runs one listing and returns the ids it output, in order. */
async function listIdsOf(node: INodeType, credentialType: string, credentials: ICredentialDataDecryptedObject, parameters: IDataObject, idField: string): Promise<unknown[]> {
	const store = credentialStore({ [credentialType]: credentials });
	const result = await runNode({ node, parameters, store });
	return result.json.map((record) => record[idField]);
}

// ---------------------------------------------------------------- Avionté

type AvionteSwitch = { name: string; settings: IDataObject; cap?: number; maxPageSize?: number };

const AVIONTE_SWITCHES: AvionteSwitch[] = [
	{ name: '1-based, page 0 read as page 1 (default)', settings: { idsBase: 1, idsPageZero: 'same' } },
	{ name: '1-based, page 0 empty', settings: { idsBase: 1, idsPageZero: 'empty' } },
	{ name: '1-based, page 0 refused with 400', settings: { idsBase: 1, idsPageZero: 'error' } },
	{ name: '0-based', settings: { idsBase: 0 } },
	{ name: '1-based, pages capped at 40', settings: { idsBase: 1, idsPageZero: 'same', idsPageCap: 40 }, cap: 40 },
	{ name: '0-based, pages capped at 40', settings: { idsBase: 0, idsPageCap: 40 }, cap: 40 },
	{ name: '1-based refusing page 0, pages capped at 40', settings: { idsBase: 1, idsPageZero: 'error', idsPageCap: 40 }, cap: 40 },
	{ name: '1-based, pages capped at 100', settings: { idsBase: 1, idsPageCap: 100 }, cap: 100 },
	{ name: '0-based, pages capped at 100', settings: { idsBase: 0, idsPageCap: 100 }, cap: 100 },
	{ name: '1-based, pages capped at 100, offsets in the size asked', settings: { idsBase: 1, idsPageCap: 100, idsCapOffset: 'requested' }, cap: 100 },
	{ name: '0-based, pages capped at 40, offsets in the size asked', settings: { idsBase: 0, idsPageCap: 40, idsCapOffset: 'requested' }, cap: 40 },
	{ name: '1-based refusing page 0, pages capped at 40, offsets in the size asked', settings: { idsBase: 1, idsPageZero: 'error', idsPageCap: 40, idsCapOffset: 'requested' }, cap: 40 },
	{ name: 'pages capped at 500', settings: { idsPageCap: 500 }, cap: 500 },
	{ name: 'sizes up to 1,000 taken, pages capped at 1,000', settings: { idsMaxPageSize: 1000, idsPageCap: 1000 }, cap: 1000 },
	{ name: 'sizes over 100 refused with 400', settings: { idsMaxPageSize: 100 }, maxPageSize: 100 },
	{ name: '0-based, sizes over 100 refused with 422', settings: { idsBase: 0, idsMaxPageSize: 100, idsOversizeStatus: 422 }, maxPageSize: 100 },
	{ name: '1-based refusing page 0, sizes over 100 refused with 400', settings: { idsPageZero: 'error', idsMaxPageSize: 100 }, maxPageSize: 100 },
	{ name: '1-based, page 0 empty, sizes over 100 refused with 404', settings: { idsPageZero: 'empty', idsMaxPageSize: 100, idsOversizeStatus: 404 }, maxPageSize: 100 },
	{ name: '1-based, sizes over 100 refused, pages capped at 40', settings: { idsMaxPageSize: 100, idsPageCap: 40 }, cap: 40, maxPageSize: 100 },
];

/** The ids a page holds once the endpoint taught its limits: the largest size asked that it takes, or its cap. */
function servedPageSize({ cap, maxPageSize }: AvionteSwitch): number {
	const largest = IDS_PAGE_SIZES.find((size) => size <= (maxPageSize ?? Number.MAX_SAFE_INTEGER))!;
	return Math.min(largest, cap ?? largest);
}

/**
 * The fewest ids pages that list `count` ids at `size` a page without risking a loss: full pages, then
 * a short or an empty one; with no full page, the short one is an end only once the next page is empty.
 */
const fewestIdsPages = (count: number, size: number) => (count >= size ? Math.floor(count / size) + 1 : 2);

const AVIONTE_LISTINGS = [
	{ resource: 'talent', plural: 'talents', idField: 'id' },
	{ resource: 'contact', plural: 'contacts', idField: 'id' },
	{ resource: 'company', plural: 'companies', idField: 'id' },
	{ resource: 'job', plural: 'jobs', idField: 'id' },
	{ resource: 'placement', plural: 'placements', idField: 'id' },
	{ resource: 'department', plural: 'departments', idField: 'id' },
	{ resource: 'user', plural: 'users', idField: 'userId' },
];

/** Get Many with Filters: the listings that have them, a Limit that ends inside the listing, the time of the edits. */
const FILTERED_LISTINGS = AVIONTE_LISTINGS.filter(({ resource }) => ['talent', 'contact', 'company', 'job', 'placement'].includes(resource));
const FILTER_LIMIT = 45;
const EDITED_AT = Date.UTC(2026, 10, 20, 9, 30);

const avionteStore = (plural: string): number[] => [...(sandbox.data.avionte as unknown as Record<string, Map<number, unknown>>)[plural].keys()].sort((a, b) => a - b);
const idsCalls = (plural: string) => sandbox.ledger.filter((e) => new RegExp(`/front-office/v1/${plural}/ids/`).test(e.path));
const multiQueries = (plural: string) => sandbox.ledger.filter((e) => e.path.endsWith(`/front-office/v1/${plural}/multi-query`));

/** Multi-queries (100 ids each at most, per ids page) up to the one holding the id at `index` of the listing. */
function multiQueriesThrough(index: number, pageSize: number): number {
	const fullPages = Math.floor(index / pageSize);
	return fullPages * Math.ceil(pageSize / 100) + Math.floor((index % pageSize) / 100) + 1;
}

describe.each(AVIONTE_SWITCHES.flatMap((avionteSwitch) => [
	{ ...avionteSwitch, pacing: 'no per-second limit', options: UNPACED },
	{ ...avionteSwitch, pacing: 'a per-second limit', options: PACED },
]))('Avionté ids pages: $name, $pacing', (avionteSwitch) => {
	const { settings, options } = avionteSwitch;
	const node = new Avionte();
	beforeAll(() => {
		sandbox.reset();
		// Placements carry update times here, so Updated Since picks the same records in every collection.
		// Users are read by ids pages only where the API has no user list: the matrix covers those pages.
		sandbox.configure({ listing: { avionte: { ...settings, usersList: 'absent-404' } }, avionteTimes: { placementUpdatedDate: true } });
		forgetEverything();
	});

	it.each(AVIONTE_LISTINGS)('$resource: Return All lists every record once; Limit reads only the pages it needs', async ({ resource, plural, idField }) => {
		const expected = avionteStore(plural);
		expect(expected.length).toBeGreaterThan(LIMIT);
		const credentials = avionteCredentials(sandbox);
		const all = await listIdsOf(node, 'avionteApi', credentials, { resource, operation: 'getAll', returnAll: true, simplify: false, options }, idField);
		expect(all).toEqual(expected);

		const served = servedPageSize(avionteSwitch);
		if (options === PACED) {
			// Page base and size known now: the fewest ids pages, none read past the end.
			sandbox.clearLedger();
			expect(await listIdsOf(node, 'avionteApi', credentials, { resource, operation: 'getAll', returnAll: true, simplify: false, options }, idField)).toEqual(expected);
			expect(idsCalls(plural)).toHaveLength(fewestIdsPages(expected.length, served));
		}

		sandbox.clearLedger();
		const some = await listIdsOf(node, 'avionteApi', credentials, { resource, operation: 'getAll', returnAll: false, limit: LIMIT, simplify: false, options }, idField);
		expect(some).toEqual(expected.slice(0, LIMIT));
		expect(idsCalls(plural)).toHaveLength(Math.ceil(LIMIT / served));
		expect(idsCalls(plural).every((call) => call.status === 200)).toBe(true);
		if (resource !== 'department') expect(multiQueries(plural)).toHaveLength(Math.ceil(LIMIT / 100));
	});

	it.each(FILTERED_LISTINGS)('$resource with Filters: Return All lists every match once; Limit counts matches and reads only the pages and batches it needs', async ({ resource, plural }) => {
		const all = avionteStore(plural);
		// Every other record changes after EDITED_AT; Updated Since EDITED_AT must find exactly those.
		const expected = all.filter((_, index) => index % 2 === 0);
		expected.forEach((id, index) => sandbox.editAvionte(plural, id, { matrixNote: 'edited' }, { at: EDITED_AT + index }));
		expect(expected.length).toBeGreaterThan(FILTER_LIMIT);
		const credentials = avionteCredentials(sandbox);
		const filters = { updatedSince: new Date(EDITED_AT).toISOString() };
		const everyMatch = await listIdsOf(node, 'avionteApi', credentials, { resource, operation: 'getAll', returnAll: true, filters, simplify: false, options }, 'id');
		expect(everyMatch).toEqual(expected);

		sandbox.clearLedger();
		const some = await listIdsOf(node, 'avionteApi', credentials, { resource, operation: 'getAll', returnAll: false, limit: FILTER_LIMIT, filters, simplify: false, options }, 'id');
		expect(some).toEqual(expected.slice(0, FILTER_LIMIT));
		const pageSize = servedPageSize(avionteSwitch);
		const lastNeeded = all.indexOf(expected[FILTER_LIMIT - 1]);
		expect(idsCalls(plural)).toHaveLength(Math.floor(lastNeeded / pageSize) + 1);
		expect(idsCalls(plural).every((call) => call.status === 200)).toBe(true);
		const batchesNeeded = multiQueriesThrough(lastNeeded, pageSize);
		// Fewer multi-queries than reading to the end takes.
		expect(batchesNeeded).toBeLessThan(multiQueriesThrough(all.length - 1, pageSize));
		expect(multiQueries(plural)).toHaveLength(batchesNeeded);
	});

	// The triggers pace themselves (the account's default rate, here one too high to slow anything down)
	// whatever the Get Many options: once per switch.
	if (options !== UNPACED) return;

	it('New Record Trigger, New or Updated Records: reads every page and reports each edit and new record once', async () => {
		const trigger = new AvionteNewRecordTrigger();
		const store = credentialStore({ avionteApi: avionteCredentials(sandbox) });
		const staticData: IDataObject = {};
		const poll = async () => {
			const result = await trigger.poll.call(pacedPollContext({ node: trigger, parameters: { resource: 'talent', watchFor: 'newOrUpdatedRecords' }, store, staticData }) as never);
			return result ? result[0].map((item) => item.json.id) : [];
		};
		expect(await poll()).toEqual([]);
		const existing = avionteStore('talents');
		const now = Date.now();
		const edited = [existing[0], existing[99], existing[100], existing[existing.length - 1]];
		edited.forEach((id, index) => sandbox.editAvionte('talents', id, { matrixNote: 'changed' }, { at: now + index }));
		const added = sandbox.createAvionte('talents', { id: 991001, firstName: 'New', lastName: 'Talent' }, { at: now + 10 });
		expect(await poll()).toEqual([...edited, added.id]);
		expect(await poll()).toEqual([]);
		sandbox.data.avionte.talents.delete(991001);
	});

	it('New Record Trigger: the scan reaches the last id, then emits new records once and resumes where it ended', async () => {
		const trigger = new AvionteNewRecordTrigger();
		const store = credentialStore({ avionteApi: avionteCredentials(sandbox) });
		const staticData: IDataObject = {};
		const poll = () => trigger.poll.call(pacedPollContext({ node: trigger, parameters: { resource: 'contact' }, store, staticData }) as never);
		expect(await poll()).toBeNull();
		const existing = avionteStore('contacts');
		expect(staticData.highWaterMark).toBe(existing[existing.length - 1]);
		const contacts = (sandbox.data.avionte as unknown as { contacts: Map<number, IDataObject> }).contacts;
		const added = [990001, 990002, 990003];
		for (const id of added) contacts.set(id, { id, firstName: 'New', lastName: String(id) });
		sandbox.clearLedger();
		const emitted = await poll();
		expect(emitted![0].map((item) => item.json.id)).toEqual(added);
		// Resumed at the last full page of the previous scan, past the first page.
		const firstPage = Number(/\/ids\/(\d+)\//.exec(idsCalls('contacts')[0].path)![1]);
		expect(firstPage).toBeGreaterThan(Number(settings.idsBase ?? 1));
		expect(await poll()).toBeNull();
		for (const id of added) contacts.delete(id);
	});
});

// ---------------------------------------------------------------- Avinode and Schedaero

type AvinodeSwitch = { name: string; settings: IDataObject; cap?: number };

const AVINODE_SWITCHES: AvinodeSwitch[] = [
	{ name: '0-based with totalCount, RFQs by seek (default)', settings: {} },
	{ name: '1-based, page 0 read as page 1', settings: { pageBase: 1, pageZero: 'same' } },
	{ name: '1-based, page 0 empty', settings: { pageBase: 1, pageZero: 'empty' } },
	{ name: '1-based, page 0 refused with 400', settings: { pageBase: 1, pageZero: 'error' } },
	{ name: 'batchSize 25 below page[size]', settings: { pageSizeCap: 25 }, cap: 25 },
	{ name: 'no totalCount', settings: { totalCount: false } },
	{ name: 'no totalCount, batchSize 25 below page[size]', settings: { totalCount: false, pageSizeCap: 25 }, cap: 25 },
	{ name: '1-based reading page 0 as 1, no totalCount, batchSize 25', settings: { pageBase: 1, pageZero: 'same', totalCount: false, pageSizeCap: 25 }, cap: 25 },
	{ name: '1-based refusing page 0, batchSize 25', settings: { pageBase: 1, pageZero: 'error', pageSizeCap: 25 }, cap: 25 },
	{ name: 'RFQs paged by number (seek ignored)', settings: { rfqPaging: 'number' } },
];

interface AvinodeListing {
	name: string;
	node: INodeType;
	platform: 'avinode' | 'schedaero';
	parameters: IDataObject;
	path: string;
	expected: () => string[];
	/** Not paged by the API: one call, no Limit. */
	unpaged?: boolean;
}

const avinodeNode = new Avinode();
const schedaeroNode = new Schedaero();
const ids = (values: Iterable<{ id?: unknown }>) => [...values].map((value) => String(value.id));
const avinodeData = () => sandbox.data.avinode as unknown as { rfqs: Map<string, IDataObject>; emptyLegs: Map<string, IDataObject>; watches: Map<string, IDataObject>; trips: Map<string, IDataObject>; airports: IDataObject[]; aircraftTypes: IDataObject[]; webhookSettings: Map<string, IDataObject> };
const schedaeroData = () => sandbox.data.schedaero as unknown as { people: Map<string, IDataObject>; companies: Map<string, IDataObject>; passengers: Map<string, IDataObject> };

const AVINODE_LISTINGS: AvinodeListing[] = [
	{ name: 'rfq getAll', node: avinodeNode, platform: 'avinode', parameters: { resource: 'rfq', operation: 'getAll' }, path: '/avinode/api/rfqs', expected: () => ids(avinodeData().rfqs.values()) },
	{ name: 'emptyLeg getAll', node: avinodeNode, platform: 'avinode', parameters: { resource: 'emptyLeg', operation: 'getAll' }, path: '/avinode/api/emptylegs', expected: () => ids(avinodeData().emptyLegs.values()) },
	{ name: 'emptyLegWatch getAll', node: avinodeNode, platform: 'avinode', parameters: { resource: 'emptyLegWatch', operation: 'getAll' }, path: '/avinode/api/emptylegs/watches', expected: () => ids(avinodeData().watches.values()) },
	{
		name: 'airport search',
		node: avinodeNode,
		platform: 'avinode',
		parameters: { resource: 'airport', operation: 'search', filter: 'K', filterMatchType: 'starts_with' },
		path: '/avinode/api/airports/search',
		expected: () => ids(avinodeData().airports.filter((airport) => ['icao', 'iata', 'name', 'city'].some((key) => String(airport[key]).toLowerCase().startsWith('k')))),
	},
	{ name: 'aircraftType getAll', node: avinodeNode, platform: 'avinode', parameters: { resource: 'aircraftType', operation: 'getAll' }, path: '/avinode/api/aircrafttypes', expected: () => ids(avinodeData().aircraftTypes) },
	// Trip → Get Many (version 1 only) calls GET /trips, which Avinode does not document: the sandbox answers
	// 405 and the node says to switch to Search by Identifier (test/avinode/node.test.ts), so it has no listing to page.
	{ name: 'webhookSetting getAll', node: avinodeNode, platform: 'avinode', parameters: { resource: 'webhookSetting', operation: 'getAll' }, path: '/avinode/api/webhooks/settings', expected: () => ids(avinodeData().webhookSettings.values()), unpaged: true },
	{ name: 'Schedaero contact people', node: schedaeroNode, platform: 'schedaero', parameters: { resource: 'contact', operation: 'getAll', contactType: 'people' }, path: '/schedaero/api/contacts/people', expected: () => ids(schedaeroData().people.values()) },
	{ name: 'Schedaero contact companies', node: schedaeroNode, platform: 'schedaero', parameters: { resource: 'contact', operation: 'getAll', contactType: 'companies' }, path: '/schedaero/api/contacts/companies', expected: () => ids(schedaeroData().companies.values()) },
	{ name: 'Schedaero passenger getAll', node: schedaeroNode, platform: 'schedaero', parameters: { resource: 'passenger', operation: 'getAll' }, path: '/schedaero/api/passengers', expected: () => ids(schedaeroData().passengers.values()) },
];

function seedWebhookSettings(count: number): void {
	const settings = avinodeData().webhookSettings;
	for (let i = 0; i < count; i++) {
		const id = `webhooksetting-${64000001 + i}`;
		settings.set(id, { id, version: 1, active: true, displayName: `Hook ${i}`, targetURI: `https://example.test/hook/${i}`, eventTypes: ['TripRequest'], owner: 'avinode' });
	}
}

describe.each(AVINODE_SWITCHES)('Avinode and Schedaero pages: $name', ({ settings, cap }) => {
	beforeAll(() => {
		sandbox.reset();
		sandbox.configure({ listing: { avinode: settings }, avinodeRateLimit: 100000 });
		seedWebhookSettings(12);
		forgetEverything();
	});

	it.each(AVINODE_LISTINGS)('$name: Return All lists every record once; Limit reads only the pages it needs', async ({ node, platform, parameters, path, expected, unpaged }) => {
		const credentials = avinodeCredentials(sandbox, { platform });
		const want = expected();
		const all = await listIdsOf(node, 'avinodeApi', credentials, { ...parameters, returnAll: true }, 'id');
		expect(all).toEqual(want);
		if (unpaged) return;
		expect(want.length).toBeGreaterThan(LIMIT);

		sandbox.clearLedger();
		const some = await listIdsOf(node, 'avinodeApi', credentials, { ...parameters, returnAll: false, limit: LIMIT }, 'id');
		expect(some).toEqual(want.slice(0, LIMIT));
		const calls = sandbox.ledger.filter((e) => e.path === path);
		expect(calls).toHaveLength(Math.ceil(LIMIT / Math.min(100, cap ?? 100)));
		expect(calls.every((call) => call.status === 200)).toBe(true);
	});
});
