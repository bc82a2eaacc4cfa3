/**
 * Listing details the matrix does not spell out: what learning the page base costs and that it is
 * learned once, the ids page sizes asked and learned (caps, refused sizes), Limit reading only what it
 * needs, servers that ignore the page parameters, the hard page cap, RFQ "Received Since", Users
 * through the user list or ids + multi-query, the pickers, the sandbox switches.
 */
import type { IDataObject } from 'n8n-workflow';

import { toFirstSeek } from '../../nodes/Avinode/actions/rfq/getAll.operation';
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { MAX_PAGES, recordKey, sameRecords, usedPageSize } from '../../nodes/Avinode/helpers/paging';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { forgetAviontePaging, pagesToRequest, pageSizeForLimit, sameIds, smallerPageSize } from '../../nodes/Avionte/helpers/paging';
import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { getUsers } from '../../nodes/Avionte/methods/loadOptions';
import { searchTalents, searchUsers } from '../../nodes/Avionte/methods/listSearch';
import { searchEmptyLegs } from '../../nodes/Avinode/methods/listSearch';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { pollContext } from '../harness/triggers';
import { avinodeCredentials, avionteCredentials, startSandbox } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const { sandbox, store } = sandboxForEachTest({
	start: { talentCount: 230, avinodeData: { rfqCount: 230, aircraftTypeCount: 230, emptyLegCount: 120 } },
	credentials: (running) => ({ avionteApi: avionteCredentials(running), avinodeApi: avinodeCredentials(running) }),
});
const avionte = new Avionte();
const avinode = new Avinode();

beforeEach(() => {
	sandbox().configure({ avinodeRateLimit: 100000 });
});

const talentIds = () => [...sandbox().data.avionte.talents.keys()].sort((a, b) => a - b);
const idsPages = () => sandbox().ledger.filter((e) => e.path.includes('/talents/ids/')).map((e) => Number(/\/ids\/(\d+)\//.exec(e.path)![1]));
/** The ids page requests of a collection as `page/size`. */
const idsRequests = (plural = 'talents') => sandbox().ledger.filter((e) => e.path.includes(`/${plural}/ids/`)).map((e) => e.path.replace(/.*\/ids\//, ''));
const multiQueries = (plural = 'talents') => sandbox().ledger.filter((e) => e.path.endsWith(`/${plural}/multi-query`));
const runAvionte = (parameters: IDataObject) => runNode({ node: avionte, parameters, store: store() });
const runAvinode = (parameters: IDataObject) => runNode({ node: avinode, parameters, store: store() });

describe('pure helpers', () => {
	it('opens no more ids pages at once than Limit still needs', () => {
		expect(pagesToRequest(3, 100, undefined)).toBe(3);
		expect(pagesToRequest(3, 2, 2)).toBe(1);
		expect(pagesToRequest(3, 100, 150)).toBe(2);
		expect(pagesToRequest(3, 40, 105)).toBe(3);
		expect(pagesToRequest(1, 100, 1000)).toBe(1);
	});

	it('sizes a Limit reading: the fewest pages the largest size allows, each no larger than needed', () => {
		expect(pageSizeForLimit(undefined, 500)).toBe(500);
		expect(pageSizeForLimit(2, 500)).toBe(2);
		expect(pageSizeForLimit(150, 500)).toBe(150);
		expect(pageSizeForLimit(500, 500)).toBe(500);
		expect(pageSizeForLimit(600, 500)).toBe(300);
		expect(pageSizeForLimit(1001, 500)).toBe(334);
		expect(pageSizeForLimit(105, 40)).toBe(35);
		// Never more pages than the largest size needs.
		for (const limit of [1, 99, 100, 101, 499, 501, 999, 1000, 1234]) expect(Math.ceil(limit / pageSizeForLimit(limit, 500))).toBe(Math.ceil(limit / 500));
	});

	it('steps down from a refused page size to the next one asked, and not below 100', () => {
		expect(smallerPageSize(500)).toBe(100);
		expect(smallerPageSize(300)).toBe(100);
		expect(smallerPageSize(100)).toBeUndefined();
	});

	it('compares pages by their ids, and an empty page is never "the same"', () => {
		expect(sameIds([1, 2], [1, 2])).toBe(true);
		expect(sameIds([1, 2], [2, 1])).toBe(false);
		expect(sameIds([], [])).toBe(false);
		expect(sameRecords([{ id: 'a' }, { id: 'b' }], [{ id: 'a' }, { id: 'b' }])).toBe(true);
		expect(sameRecords([{ id: 'a' }], [{ id: 'b' }])).toBe(false);
		expect(recordKey({ name: 'no id' })).toBe('json:{"name":"no id"}');
	});

	it('takes the page size the server used: batchSize, else the count, never above what was asked', () => {
		expect(usedPageSize(100, 25, 25)).toBe(25);
		expect(usedPageSize(100, 25, undefined)).toBe(25);
		expect(usedPageSize(100, 10, 25)).toBe(25);
		expect(usedPageSize(7, 7, 100)).toBe(7);
	});

	it('turns "Received Since" into an ISO 8601 UTC timestamp, a time without a zone read as UTC', () => {
		expect(toFirstSeek('2026-11-05T10:00:00')).toBe('2026-11-05T10:00:00.000Z');
		expect(toFirstSeek('2026-11-05T10:00:00+02:00')).toBe('2026-11-05T08:00:00.000Z');
		expect(toFirstSeek('2026-11-05')).toBe('2026-11-05T00:00:00.000Z');
		expect(toFirstSeek('')).toBeUndefined();
		expect(toFirstSeek('next tuesday')).toBeUndefined();
	});
});

describe('Avionté ids paging', () => {
	it('learns the base once: a 1-based server costs one call more (page 1 repeating page 0) on the first listing only', async () => {
		const first = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		expect(first.json.map((t) => t.id)).toEqual(talentIds());
		expect(idsPages().filter((page) => page === 0)).toHaveLength(1);
		sandbox().clearLedger();
		const second = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		expect(second.json).toHaveLength(230);
		expect(Math.min(...idsPages())).toBe(1);
		// Another resource of the same tenant knows the base already.
		sandbox().clearLedger();
		await runAvionte({ resource: 'job', operation: 'getAll', returnAll: true });
		expect(sandbox().ledger.filter((e) => /\/jobs\/ids\/0\//.test(e.path))).toHaveLength(0);
	});

	it('reads the first page of a 0-based server (the old code lost it)', async () => {
		sandbox().configure({ listing: { avionte: { idsBase: 0 } } });
		const result = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 3 });
		expect(result.json.map((t) => t.id)).toEqual(talentIds().slice(0, 3));
	});

	it('Limit reads only the ids pages it needs, each no larger than needed: 2 talents one page of 2, 150 one page of 150, 600 two of 300', async () => {
		await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true }); // learns the base
		sandbox().clearLedger();
		const two = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(two.json).toHaveLength(2);
		expect(idsRequests()).toEqual(['1/2']);
		sandbox().clearLedger();
		const many = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 150 });
		expect(many.json.map((t) => t.id)).toEqual(talentIds().slice(0, 150));
		expect(idsRequests()).toEqual(['1/150']);
		expect(multiQueries()).toHaveLength(2);
		sandbox().configure({ listing: { avionte: { idsMaxPageSize: 1000 } } });
		for (let i = 0; i < 400; i++) sandbox().data.avionte.talents.set(500000 + i, { id: 500000 + i, firstName: 'More', lastName: String(i) });
		sandbox().clearLedger();
		const more = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 600 });
		expect(more.json.map((t) => t.id)).toEqual(talentIds().slice(0, 600));
		expect(idsRequests()).toEqual(['1/300', '2/300']);
		expect(multiQueries()).toHaveLength(6);
	});

	it('a first listing whose Limit fits one page reads page 0 only: it is the first page whatever the base', async () => {
		const two = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(two.json.map((t) => t.id)).toEqual(talentIds().slice(0, 2));
		expect(idsRequests()).toEqual(['0/2']);
		forgetAviontePaging();
		sandbox().configure({ listing: { avionte: { idsBase: 0 } } });
		sandbox().clearLedger();
		const zeroBased = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(zeroBased.json.map((t) => t.id)).toEqual(talentIds().slice(0, 2));
		expect(idsRequests()).toEqual(['0/2']);
		// A server that refuses page 0 is read from page 1 at once.
		forgetAviontePaging();
		sandbox().configure({ listing: { avionte: { idsBase: 1, idsPageZero: 'error' } } });
		sandbox().clearLedger();
		const refusing = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(refusing.json.map((t) => t.id)).toEqual(talentIds().slice(0, 2));
		expect(idsRequests()).toEqual(['0/2', '1/2']);
	});

	it.each([
		['0-based', { idsBase: 0 }],
		['1-based', { idsBase: 1, idsPageZero: 'same' }],
		['1-based refusing page 0', { idsBase: 1, idsPageZero: 'error' }],
	])('%s: a capped server counting its offsets in the size asked still lists every talent once', async (_name, base) => {
		sandbox().configure({ listing: { avionte: { ...base, idsPageCap: 100, idsCapOffset: 'requested' } } });
		for (const maxConcurrency of [1, 4]) {
			forgetAviontePaging();
			const all = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true, options: { maxConcurrency, maxRequestsPerSecond: maxConcurrency === 1 ? 5 : 0 } });
			expect(all.json.map((t) => t.id)).toEqual(talentIds());
		}
	});

	it('asks 500 ids a page; a server capping pages at 100 is learned from the page after the short one, and later listings ask 100', async () => {
		sandbox().configure({ listing: { avionte: { idsPageCap: 100 } } });
		const all = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true, options: { maxConcurrency: 1 } });
		expect(all.json.map((t) => t.id)).toEqual(talentIds());
		// Page 0 (100 ids: short of 500), then pages at the short page's size: page 1 repeating it (1-based),
		// page 2 with more ids (a cap, not the end), then 100 a page.
		expect(idsRequests()).toEqual(['0/500', '1/100', '2/100', '3/100']);
		expect(multiQueries()).toHaveLength(3);
		sandbox().clearLedger();
		await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		// As many ids pages as a hand-built 100-a-page listing reads.
		expect(idsRequests()).toEqual(['1/100', '2/100', '3/100']);
	});

	it.each([400, 422, 404])('a server refusing sizes over 100 (%i) is read 100 a page, and the size is not asked again, nor first of other lists', async (status) => {
		sandbox().configure({ listing: { avionte: { idsMaxPageSize: 100, idsOversizeStatus: status } } });
		const all = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		expect(all.json.map((t) => t.id)).toEqual(talentIds());
		// Pages 0 and 1 (one wave) refused at 500: the size, not the page; then 100 a page from page 0.
		const requests = idsRequests();
		expect(requests.slice(0, 2).sort()).toEqual(['0/500', '1/500']);
		expect(requests.slice(2, 4).sort()).toEqual(['0/100', '1/100']);
		expect(requests.slice(4)).toEqual(['2/100', '3/100']);
		sandbox().clearLedger();
		await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		expect(idsRequests()).toEqual(['1/100', '2/100', '3/100']);
		sandbox().clearLedger();
		const jobs = await runAvionte({ resource: 'job', operation: 'getAll', returnAll: true });
		expect(jobs.json.length).toBeGreaterThan(0);
		// 100 first; a short page is followed by one at its own size (45 jobs: page 2 of 45).
		expect(idsRequests('jobs')).toEqual(['1/100', `2/${jobs.json.length}`]);
		expect(sandbox().ledger.filter((e) => e.status >= 400)).toEqual([]);
	});

	it('a refusal of a size the endpoint already served is an error, not a reason to ask less', async () => {
		await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true }); // 500 served: 230 ids, then the empty page
		sandbox().clearLedger();
		sandbox().script({ status: 400, body: { message: 'Bad page' }, pathPattern: '/talents/ids/2/' });
		await expect(runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true })).rejects.toThrow(/Bad page/);
		// The short page (230 ids) is followed by a page at its size.
		expect(idsRequests()).toEqual(['1/500', '2/230']);
	});

	it('fetches records while reading ids pages: full batches of 100 across small pages, never more in flight than Max Concurrent Requests', async () => {
		sandbox().configure({ listing: { avionte: { idsPageCap: 40 } } });
		sandbox().setFaults({ latencyMs: 20 });
		const all = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true, simplify: false, options: { maxRequestsPerSecond: 0, maxConcurrency: 2 } });
		expect(all.json.map((t) => t.id)).toEqual(talentIds());
		// 230 ids on pages of 40: three multi-queries of up to 100, not one per page.
		expect(multiQueries().map((e) => (e.body as number[]).length)).toEqual([100, 100, 30]);
		expect(sandbox().stats().peakInFlight).toBeLessThanOrEqual(2);
		// The first multi-query went out before the last ids page was read.
		const paths = sandbox().ledger.map((e) => e.path);
		const lastIdsPage = paths.length - 1 - [...paths].reverse().findIndex((path) => path.includes('/talents/ids/'));
		expect(paths.findIndex((path) => path.endsWith('/talents/multi-query'))).toBeLessThan(lastIdsPage);
	});

	it('stops with a clear error when the server ignores the page number', async () => {
		const page = talentIds().slice(0, 100);
		for (let i = 0; i < 8; i++) sandbox().script({ status: 200, body: page, pathPattern: '/talents/ids/' });
		await expect(runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true, options: { maxConcurrency: 1 } })).rejects.toThrow(
			/Avionté returned only talents ids it had already listed for page 2, so it seems to ignore the page number/,
		);
		expect(idsPages()).toEqual([0, 1, 2]);
	});

	it('New Record Trigger: state saved before page sizes were recorded resumes at its page (size 100)', async () => {
		const trigger = new AvionteNewRecordTrigger();
		const mark = talentIds()[talentIds().length - 1];
		const staticData: IDataObject = { highWaterMark: mark, resumePage: 2 };
		sandbox().data.avionte.talents.set(999001, { id: 999001, firstName: 'New', lastName: 'One' });
		const emitted = await trigger.poll.call(pollContext({ node: trigger, parameters: { resource: 'talent' }, store: store(), staticData }) as never);
		expect(emitted![0].map((item) => item.json.id)).toEqual([999001]);
		expect(sandbox().ledger.find((e) => e.path.includes('/talents/ids/'))!.path).toMatch(/\/ids\/2\/100$/);
		expect(staticData).toMatchObject({ highWaterMark: 999001, resumePage: 2, resumePageSize: 100 });
	});

	it('Users Get Many reads the user list (GET /users), with the same parameters as before', async () => {
		const users = sandbox().data.avionte as unknown as { users: Map<number, IDataObject> };
		const result = await runAvionte({ resource: 'user', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.json.map((u) => u.userId)).toEqual([...users.users.keys()]);
		expect(Object.keys(result.json[0])).toEqual(['userId', 'firstName', 'lastName', 'emailAddress', 'officeName']);
		const paths = sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office')).map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}`);
		expect(paths).toEqual(['GET /users']);
		const limited = await runAvionte({ resource: 'user', operation: 'getAll', returnAll: false, limit: 5 });
		expect(limited.json.map((u) => u.userId)).toEqual([...users.users.keys()].slice(0, 5));
	});

	it.each(['absent-404', 'absent-405'])('where the API has no user list (%s), Users Get Many reads ids pages and multi-query', async (usersList) => {
		sandbox().configure({ listing: { avionte: { usersList } } });
		const users = sandbox().data.avionte as unknown as { users: Map<number, IDataObject> };
		const result = await runAvionte({ resource: 'user', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.json.map((u) => u.userId)).toEqual([...users.users.keys()]);
		const paths = sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office')).map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}`);
		expect(paths[0]).toBe('GET /users');
		expect(paths).toContain('POST /users/multi-query');
		expect(paths.some((path) => /^GET \/users\/ids\/\d+\/500$/.test(path))).toBe(true);
		const limited = await runAvionte({ resource: 'user', operation: 'getAll', returnAll: false, limit: 5 });
		expect(limited.json).toHaveLength(5);
	});

	it.each(['present', 'absent-404', 'absent-405'])('the user dropdown and picker list every user (GET /users %s)', async (usersList) => {
		sandbox().configure({ listing: { avionte: { usersList } } });
		const context = createLoadOptionsContext(store(), avionte);
		const options = await getUsers.call(context as never);
		expect(options).toHaveLength(12);
		const picked = await searchUsers.call(context as never, 'ada');
		expect(picked.results.length).toBeGreaterThan(0);
		expect(picked.results.every((result) => result.name.toLowerCase().includes('ada'))).toBe(true);
		expect(sandbox().ledger.some((e) => e.path.endsWith('/front-office/v1/users/multi-query'))).toBe(usersList !== 'present');
	});

	it('the pickers start at the first page of a 0-based server and page on with a token', async () => {
		sandbox().configure({ listing: { avionte: { idsBase: 0 } } });
		const context = createLoadOptionsContext(store(), avionte);
		const first = await searchTalents.call(context as never);
		expect(first.results.map((r) => Number(r.value))).toEqual(talentIds().slice(0, 100));
		const second = await searchTalents.call(context as never, undefined, first.paginationToken);
		expect(second.results.map((r) => Number(r.value))).toEqual(talentIds().slice(100, 200));
		const third = await searchTalents.call(context as never, undefined, second.paginationToken);
		expect(third.results.map((r) => Number(r.value))).toEqual(talentIds().slice(200));
		expect(third.paginationToken).toBeUndefined();
	});
});

describe('Avinode paging', () => {
	const envelope = (data: IDataObject[], pagination: IDataObject) => ({ meta: { errors: [], warnings: [], infos: [], pagination }, data });
	const types = () => (sandbox().data.avinode as unknown as { aircraftTypes: IDataObject[] }).aircraftTypes;
	const calls = (path: string) => sandbox().ledger.filter((e) => e.path === `/avinode/api${path}`);

	it('returns all 50 records when the server pages by 25 and says so in batchSize (the old code returned 25)', async () => {
		types().splice(50);
		sandbox().configure({ listing: { avinode: { pageSizeCap: 25 } } });
		const result = await runAvinode({ resource: 'aircraftType', operation: 'getAll', returnAll: true });
		expect(result.json.map((t) => t.id)).toEqual(types().map((t) => t.id));
		expect(calls('/aircrafttypes').map((e) => [e.query['page[number]'], e.query['page[size]']])).toEqual([['0', '100'], ['1', '25']]);
	});

	it('stops with a clear error when the server ignores page[number], after three calls', async () => {
		const page = types().slice(0, 100);
		for (let i = 0; i < 6; i++) sandbox().script({ status: 200, body: envelope(page, { totalCount: 5000, batchSize: 100 }), pathPattern: '/aircrafttypes' });
		await expect(runAvinode({ resource: 'aircraftType', operation: 'getAll', returnAll: true })).rejects.toThrow(/returned the same records for page\[number\]=2 as for an earlier page/);
		expect(calls('/aircrafttypes')).toHaveLength(3);
	});

	it('stops before spending the quota when totalCount would need more than the page cap', async () => {
		sandbox().script({ status: 200, body: envelope(types().slice(0, 100), { totalCount: 100 * MAX_PAGES + 1, batchSize: 100 }), pathPattern: '/aircrafttypes' });
		await expect(runAvinode({ resource: 'aircraftType', operation: 'getAll', returnAll: true })).rejects.toThrow(/would need 1001 pages/);
		expect(calls('/aircrafttypes')).toHaveLength(1);
	});

	it('pages RFQs by seek: page[firstseek] from Received Since, then page[seek] = the last id, never page[number]', async () => {
		const rfqs = [...(sandbox().data.avinode as unknown as { rfqs: Map<string, IDataObject> }).rfqs.values()];
		const since = rfqs.filter((rfq) => Date.parse(String(rfq.createdOn)) >= Date.parse('2026-11-05T00:00:00Z'));
		expect(since.length).toBeGreaterThan(100);
		const result = await runAvinode({ resource: 'rfq', operation: 'getAll', returnAll: true, options: { receivedSince: '2026-11-05T00:00:00' } });
		expect(result.json.map((r) => r.id)).toEqual(since.map((r) => r.id));
		const queries = calls('/rfqs').map((e) => e.query);
		expect(queries[0]['page[firstseek]']).toBe('2026-11-05T00:00:00.000Z');
		expect(queries[1]['page[seek]']).toBe(String(since[99].id));
		expect(queries.every((q) => q['page[number]'] === undefined)).toBe(true);
	});

	it('names the field and the item when Received Since is not a date', async () => {
		await expect(runAvinode({ resource: 'rfq', operation: 'getAll', returnAll: true, options: { receivedSince: 'last week' } })).rejects.toThrow('"Received Since" of item 0 is not a date and time: "last week"');
		expect(calls('/rfqs')).toHaveLength(0);
	});
});

describe('Avinode empty leg picker', () => {
	it.each([
		{ name: '0-based (default)', settings: {} },
		{ name: '1-based reading page 0 as 1', settings: { pageBase: 1, pageZero: 'same' } },
		{ name: '1-based, page 0 empty', settings: { pageBase: 1, pageZero: 'empty' } },
		{ name: '1-based refusing page 0', settings: { pageBase: 1, pageZero: 'error' } },
		{ name: 'batchSize 25, no totalCount', settings: { pageSizeCap: 25, totalCount: false } },
		{ name: '1-based reading page 0 as 1, batchSize 25', settings: { pageBase: 1, pageZero: 'same', pageSizeCap: 25 } },
	])('walks every empty leg once, page by page: $name', async ({ settings }) => {
		sandbox().configure({ listing: { avinode: settings } });
		const context = createLoadOptionsContext(store(), avinode);
		const seen: string[] = [];
		let token: string | undefined;
		for (let page = 0; page < 20; page++) {
			const result = await searchEmptyLegs.call(context as never, undefined, token);
			seen.push(...result.results.map((r) => String(r.value)));
			token = result.paginationToken;
			if (!token) break;
		}
		expect(seen).toEqual([...(sandbox().data.avinode as unknown as { emptyLegs: Map<string, IDataObject> }).emptyLegs.keys()]);
	});
});

describe('sandbox listing switches', () => {
	it('are set through /__sandbox/settings, read back, and refused when invalid', async () => {
		const post = (body: unknown) => fetch(`${sandbox().url}/__sandbox/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
		const ok = await post({ listing: { avionte: { idsBase: 0, idsPageCap: 30 }, avinode: { totalCount: false } } });
		expect(ok.status).toBe(200);
		const read = (await (await fetch(`${sandbox().url}/__sandbox/settings`)).json()) as { listing: { avionte: IDataObject; avinode: IDataObject } };
		expect(read.listing.avionte).toMatchObject({ idsBase: 0, idsPageCap: 30 });
		expect(read.listing.avinode).toMatchObject({ totalCount: false, pageBase: 0, rfqPaging: 'seek' });
		expect((await post({ listing: { avinode: { pageBase: 2 } } })).status).toBe(400);
		const result = await runAvionte({ resource: 'talent', operation: 'getAll', returnAll: true });
		expect(result.json.map((t) => t.id)).toEqual(talentIds());
	});

	it('can be given as start options', async () => {
		const other = await startSandbox({ listing: { avinode: { pageBase: 1, pageZero: 'error' } } });
		try {
			expect((other as unknown as { listing: { avinode: IDataObject } }).listing.avinode).toMatchObject({ pageBase: 1, pageZero: 'error' });
		} finally {
			await other.close();
		}
	});
});
