/**
 * The New Record Trigger's "New or Updated Records" mode against a sandbox that edits records between
 * polls and while a poll is reading: every version is reported once, none is missed, whatever the
 * clock difference between n8n and Avionté, with second-resolution times and two edits in one second.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import type { ChangeState } from '../../nodes/Avionte/helpers/changeTracking';
import { isDatedAhead, keepTracked, MAX_AHEAD_MS, nextWindow, readChangeState, recordVersion, SAFETY_MARGIN_MS } from '../../nodes/Avionte/helpers/changeTracking';
import { apiTime } from '../../nodes/Avionte/helpers/recordTimes';
import { setRunRatePerSecond } from '../../nodes/shared/throttle';
import { avionteCredentials } from '../harness/sandbox';
import { pollContext } from '../harness/triggers';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const TALENTS = 420;
const MINUTE = 60_000;

const node = new AvionteNewRecordTrigger();

const { sandbox, store } = sandboxForEachTest({ talentCount: TALENTS, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });
beforeEach(() => {
	// Ids pages of 100, as the scenarios below count them.
	sandbox().configure({ clockOffsetMs: 0, listing: { avionte: { idsPageCap: 100 } } });
});

type Talents = Map<number, IDataObject>;
const talents = () => sandbox().data.avionte.talents as unknown as Talents;
const sortedIds = () => [...talents().keys()].sort((a, b) => a - b);

/** The content of a record as a comparable text (key order and the trigger's `_change` marker do not matter). */
function contentKey(record: Record<string, unknown>): string {
	return JSON.stringify(Object.keys(record).filter((key) => key !== '_change').sort().map((key) => [key, record[key]]));
}

/** A poller with its own saved state; remembers everything it ever emitted. */
function poller(parameters: IDataObject = { resource: 'talent', watchFor: 'newOrUpdatedRecords' }) {
	const staticData: IDataObject = {};
	const emitted: IDataObject[] = [];
	const poll = async (mode: 'trigger' | 'manual' = 'trigger'): Promise<IDataObject[]> => {
		const context = pollContext({ node, parameters, store: store(), staticData, mode });
		// The sandbox answers at once; pacing would only slow the test down.
		setRunRatePerSecond(context, 0);
		const result = (await node.poll.call(context as never)) as INodeExecutionData[][] | null;
		const items = result ? result[0].map((item) => item.json) : [];
		if (mode === 'trigger') emitted.push(...items);
		return items;
	};
	return { poll, staticData, emitted, state: () => staticData.changes as ChangeState | undefined };
}

/** Every emitted version is distinct (same id and same content never twice). */
function expectNoRepeats(emitted: IDataObject[]): void {
	const keys = emitted.map((record) => `${String(record.id)}|${contentKey(record)}`);
	expect(new Set(keys).size).toBe(keys.length);
}

describe('Avionté New Record Trigger: New or Updated Records', () => {
	it('notes where things stand at activation, then reports edits and new records between polls once each', async () => {
		const trigger = poller();
		expect(await trigger.poll()).toEqual([]);
		expect(trigger.state()).toMatchObject({ resource: 'talent' });
		expect(await trigger.poll()).toEqual([]);

		const [first, second] = sortedIds();
		const now = Date.now();
		sandbox().editAvionte('talents', second, { mobilePhone: '555-0199' }, { at: now });
		sandbox().editAvionte('talents', first, { firstName: 'Ada-Renamed' }, { at: now + 1000 });
		const added = sandbox().createAvionte('talents', { id: 990001, firstName: 'New', lastName: 'Person', emailAddress: 'new.person@example.test', status: 'Active' }, { at: now + 2000 });
		const reported = await trigger.poll();
		expect(reported.map((record) => record.id)).toEqual([second, first, added.id]);
		expect(reported[1]).toMatchObject({ firstName: 'Ada-Renamed' });
		expect(reported.map((record) => record._change)).toEqual(['updated', 'updated', 'created']);
		// Edited after it was reported, the new record is an update.
		sandbox().editAvionte('talents', Number(added.id), { mobilePhone: '555-0177' }, { at: now + 3000 });
		expect((await trigger.poll()).map((record) => [record.id, record._change])).toEqual([[added.id, 'updated']]);
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
	});

	it('reports both versions of two edits in the same second (second-resolution times), each once', async () => {
		const frozenAt = Date.now();
		sandbox().configure({ avionteTimes: { resolution: 'second', frozenAt } });
		const trigger = poller();
		await trigger.poll();
		const id = sortedIds()[5];
		const one = { ...sandbox().editAvionte('talents', id, { firstName: 'Version', lastName: 'One' }) };
		expect((await trigger.poll()).map(contentKey)).toEqual([contentKey(one)]);
		const two = { ...sandbox().editAvionte('talents', id, { lastName: 'Two' }) };
		expect(two.lastUpdatedDate).toBe(one.lastUpdatedDate);
		expect((await trigger.poll()).map(contentKey)).toEqual([contentKey(two)]);
		expect(await trigger.poll()).toEqual([]);
		// Changed back within the same second: content seen before, yet a new version after "Two".
		const back = { ...sandbox().editAvionte('talents', id, { lastName: 'One' }) };
		expect(contentKey(back)).toBe(contentKey(one));
		expect((await trigger.poll()).map(contentKey)).toEqual([contentKey(back)]);
		expect(await trigger.poll()).toEqual([]);
	});

	it.each([
		{ name: 'Avionté 3 hours behind n8n', offset: -3 * 60 * MINUTE },
		{ name: 'Avionté 5 hours ahead of n8n', offset: 5 * 60 * MINUTE },
	])('catches edits made while a poll reads ($name), including one stamped before it became visible', async ({ offset }) => {
		sandbox().configure({ clockOffsetMs: offset, avionteTimes: { resolution: 'second' } });
		const trigger = poller();
		await trigger.poll();
		const ids = sortedIds();
		// A change reported first, so the window follows the current time (not the seeded history).
		sandbox().editAvionte('talents', ids[200], { firstName: 'Earlier' });
		expect((await trigger.poll()).map((record) => record.id)).toEqual([ids[200]]);
		const onReadPage = ids[10]; // page 1: fetched before the edits below
		const backdated = ids[20]; // page 1 as well, its time written 2 minutes before the edit shows
		const onLaterPage = ids[350]; // page 4: fetched after the edits
		let edited = false;
		const fetched = new Set<number>();
		sandbox().onAvionteRequest(({ method, path, body }) => {
			// Each request is answered before the next one's hook runs: what earlier multi-queries asked for is fetched.
			if (!edited && fetched.has(onReadPage) && fetched.has(backdated) && !fetched.has(onLaterPage)) {
				edited = true;
				sandbox().editAvionte('talents', onReadPage, { firstName: 'EditedWhileReading' });
				sandbox().editAvionte('talents', backdated, { firstName: 'Backdated' }, { at: Date.now() + offset - 2 * MINUTE });
				sandbox().editAvionte('talents', onLaterPage, { firstName: 'SeenAfterEdit' });
			}
			if (method === 'POST' && path.endsWith('/multi-query') && Array.isArray(body)) for (const id of body) fetched.add(Number(id));
		});
		const during = await trigger.poll();
		expect(edited).toBe(true);
		expect(during.map((record) => record.id)).toEqual([onLaterPage]);
		sandbox().onAvionteRequest(undefined);
		const next = await trigger.poll();
		expect(next.map((record) => [record.id, record.firstName])).toEqual([
			[backdated, 'Backdated'],
			[onReadPage, 'EditedWhileReading'],
		]);
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
	});

	it('catches a change to a record one listing skipped (moved to a read page by a deletion), long after the window', async () => {
		const base = Date.now() - 6 * 60 * MINUTE;
		sandbox().configure({ avionteTimes: { frozenAt: base } });
		const trigger = poller();
		await trigger.poll();
		const ids = sortedIds();
		const skipped = ids[300]; // first id of page 4
		const later = ids[50];
		// Between polls: one change early, one an hour later (so the early one is outside the newest window).
		sandbox().editAvionte('talents', skipped, { firstName: 'EarlyChange' }, { at: base + 5 * MINUTE });
		sandbox().editAvionte('talents', later, { firstName: 'LateChange' }, { at: base + 60 * MINUTE });
		sandbox().onAvionteRequest(({ method, path }) => {
			// Pages 1-3 have been read: deleting one of their records shifts `skipped` onto page 3.
			if (method === 'GET' && /^\/talents\/ids\/4\//.test(path) && talents().has(ids[0])) talents().delete(ids[0]);
		});
		const first = await trigger.poll();
		sandbox().onAvionteRequest(undefined);
		expect(first.map((record) => record.id)).toEqual([later]);
		const second = await trigger.poll();
		expect(second.map((record) => [record.id, record.firstName])).toEqual([[skipped, 'EarlyChange']]);
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
	});

	it('under random edits between and during polls, reports every final version and never one twice', async () => {
		sandbox().configure({ avionteTimes: { resolution: 'second' } });
		const trigger = poller();
		await trigger.poll();
		const ids = sortedIds();
		let seed = 7;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		const pick = () => ids[Math.floor(random() * ids.length)];
		const touched = new Set<number>();
		const edit = () => {
			const id = pick();
			touched.add(id);
			sandbox().editAvionte('talents', id, { notes: `edit ${random().toFixed(6)}` });
		};
		for (let round = 0; round < 6; round++) {
			for (let i = 0; i < 5; i++) edit();
			let duringReads = 0;
			sandbox().onAvionteRequest(({ method }) => {
				if (method === 'POST' && duringReads++ < 3) edit();
			});
			await trigger.poll();
			sandbox().onAvionteRequest(undefined);
		}
		await trigger.poll(); // a quiet poll picks up the edits the last one could not see
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
		const lastEmitted = new Map<number, string>();
		for (const record of trigger.emitted) lastEmitted.set(Number(record.id), contentKey(record));
		for (const id of touched) expect(lastEmitted.get(id)).toBe(contentKey(talents().get(id)!));
		expect([...lastEmitted.keys()].every((id) => touched.has(id))).toBe(true);
	});

	it.each([
		{ name: 'same clock', offset: 0 },
		{ name: 'Avionté 5 hours ahead of n8n', offset: 5 * 60 * MINUTE },
		{ name: 'Avionté 3 hours behind n8n', offset: -3 * 60 * MINUTE },
	])('records dated far in the future (2099) do not move the window: later edits are reported, each once ($name)', async ({ offset }) => {
		sandbox().configure({ clockOffsetMs: offset, avionteTimes: { resolution: 'second' } });
		const ids = sortedIds();
		const datedAhead = ids[10];
		talents().get(datedAhead)!.lastUpdatedDate = '2099-01-01T00:00:00';
		const trigger = poller();
		await trigger.poll(); // activation, with the record dated ahead already there
		const touched = new Set<number>();
		const edit = (id: number, note: string) => {
			touched.add(id);
			sandbox().editAvionte('talents', id, { notes: note });
		};
		for (let round = 0; round < 4; round++) {
			// An import stamps a new record far ahead too, after activation.
			if (round === 1) sandbox().createAvionte('talents', { id: 990100, firstName: 'Imported', lastName: 'Ahead' }, { at: Date.UTC(2099, 5, 1) });
			edit(ids[round], `between ${round}`);
			edit(ids[200 + round], `between ${round}`);
			let editedWhileReading = false;
			sandbox().onAvionteRequest(({ method }) => {
				if (method === 'POST' && !editedWhileReading) {
					editedWhileReading = true;
					edit(ids[410 - round], `during ${round}`);
				}
			});
			const reported = (await trigger.poll()).map((record) => record.id);
			sandbox().onAvionteRequest(undefined);
			expect(reported).toEqual(expect.arrayContaining([ids[round], ids[200 + round]]));
			// The window follows the edits, not the records dated ahead.
			expect(trigger.state()!.latest).toBeLessThan(Date.UTC(2098, 0, 1));
		}
		await trigger.poll(); // the edit made during the last listing, if that listing did not see it
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
		const lastEmitted = new Map<number, string>();
		for (const record of trigger.emitted) lastEmitted.set(Number(record.id), contentKey(record));
		for (const id of touched) expect(lastEmitted.get(id)).toBe(contentKey(talents().get(id)!));
		expect(trigger.emitted.filter((record) => record.id === 990100)).toHaveLength(1);
		expect(lastEmitted.has(datedAhead)).toBe(false);
		expect(Object.keys(trigger.state()!.reported).length).toBeLessThan(TALENTS / 10);
	});

	it('names the records dated ahead in the log when it first meets them, not on every poll', async () => {
		const ids = sortedIds();
		talents().get(ids[10])!.lastUpdatedDate = '2099-01-01T00:00:00';
		const warnings: string[] = [];
		const staticData: IDataObject = {};
		const poll = async () => {
			const context = { ...pollContext({ node, parameters: { resource: 'talent', watchFor: 'newOrUpdatedRecords' }, store: store(), staticData }), logger: { debug() {}, info() {}, error() {}, warn: (message: string) => warnings.push(message) } };
			setRunRatePerSecond(context, 0);
			await node.poll.call(context as never);
		};
		await poll();
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`talents ${ids[10]} carry an update time more than a day ahead`);
		await poll();
		expect(warnings).toHaveLength(1);
	});

	it('a slower listing (same newest time) does not report an old version again', async () => {
		const quietSince = Date.now() - 60 * MINUTE;
		const ids = sortedIds();
		const trigger = poller();
		await trigger.poll(); // activation
		sandbox().editAvionte('talents', ids[1], { firstName: 'B' }, { at: quietSince });
		sandbox().editAvionte('talents', ids[0], { firstName: 'A' }, { at: quietSince - SAFETY_MARGIN_MS - 30_000 });
		expect((await trigger.poll()).map((record) => record.id).sort()).toEqual([ids[0], ids[1]].sort());
		expect(await trigger.poll()).toEqual([]); // A's fingerprint is outside the window now and dropped
		// One slow listing: n8n's clock moves 60 s while it reads.
		const realNow = Date.now;
		let shift = 0;
		const clock = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + shift);
		sandbox().onAvionteRequest(() => {
			shift += 10_000;
		});
		try {
			expect(await trigger.poll()).toEqual([]);
		} finally {
			sandbox().onAvionteRequest(undefined);
			clock.mockRestore();
		}
		expect(await trigger.poll()).toEqual([]);
		expectNoRepeats(trigger.emitted);
	});

	it('keeps its saved state small: only the versions inside the window', async () => {
		const trigger = poller();
		await trigger.poll();
		const state = trigger.state()!;
		const inWindow = [...talents().values()].filter((record) => recordVersion(record)!.time >= state.since);
		expect(Object.keys(state.reported)).toHaveLength(inWindow.length);
		expect(Object.keys(state.reported).length).toBeLessThan(TALENTS / 10);
		const latest = Math.max(...[...talents().values()].map((record) => recordVersion(record)!.time));
		expect(state.latest).toBe(latest);
		expect(state.since).toBeLessThanOrEqual(latest - SAFETY_MARGIN_MS);
	});

	it('"Fetch Test Event" shows the latest change (or what the next poll would report) and saves nothing', async () => {
		const trigger = poller();
		const sample = await trigger.poll('manual');
		const newest = [...talents().values()].reduce((a, b) => (recordVersion(b)!.time >= recordVersion(a)!.time ? b : a));
		expect(sample.map((record) => record.id)).toEqual([newest.id]);
		expect(trigger.state()).toBeUndefined();

		await trigger.poll();
		const saved = JSON.stringify(trigger.staticData);
		const id = sortedIds()[42];
		sandbox().editAvionte('talents', id, { firstName: 'Pending' });
		expect((await trigger.poll('manual')).map((record) => record.id)).toEqual([id]);
		expect(JSON.stringify(trigger.staticData)).toBe(saved);
		expect((await trigger.poll()).map((record) => record.id)).toEqual([id]);
		// Nothing pending: the latest changed record, now the one just reported.
		expect((await trigger.poll('manual')).map((record) => record.id)).toEqual([id]);
	});

	it('starts afresh when the resource changes, and leaves the New Records state alone', async () => {
		const staticData: IDataObject = { highWaterMark: 123, resumePage: 2, resumePageSize: 100 };
		const run = async (resource: string) => {
			const context = pollContext({ node, parameters: { resource, watchFor: 'newOrUpdatedRecords' }, store: store(), staticData });
			setRunRatePerSecond(context, 0);
			return (await node.poll.call(context as never)) as INodeExecutionData[][] | null;
		};
		expect(await run('talent')).toBeNull();
		const jobs = sandbox().data.avionte as unknown as { jobs: Map<number, IDataObject> };
		const jobId = [...jobs.jobs.keys()][0];
		sandbox().editAvionte('jobs', jobId, { title: 'Changed' });
		expect(await run('job')).toBeNull(); // a new resource: this poll only notes where things stand
		expect((staticData.changes as ChangeState).resource).toBe('job');
		sandbox().editAvionte('jobs', jobId, { title: 'Changed again' });
		expect((await run('job'))![0].map((item) => item.json.title)).toEqual(['Changed again']);
		expect(staticData).toMatchObject({ highWaterMark: 123, resumePage: 2, resumePageSize: 100 });
	});

	it('an empty collection at activation: everything created later is new', async () => {
		const companies = (sandbox().data.avionte as unknown as { companies: Map<number, IDataObject> }).companies;
		companies.clear();
		const trigger = poller({ resource: 'company', watchFor: 'newOrUpdatedRecords' });
		expect(await trigger.poll()).toEqual([]);
		sandbox().createAvionte('companies', { id: 790001, name: 'First Co' });
		expect((await trigger.poll()).map((record) => record.id)).toEqual([790001]);
		expect(await trigger.poll()).toEqual([]);
	});

	it.each([
		{ name: 'as documented (placements carry no update time): new placements only', placementUpdatedDate: false },
		{ name: 'placements with update times: changes too', placementUpdatedDate: true },
	])('placements $name', async ({ placementUpdatedDate }) => {
		sandbox().configure({ avionteTimes: { placementUpdatedDate } });
		const trigger = poller({ resource: 'placement', watchFor: 'newOrUpdatedRecords' });
		await trigger.poll();
		const placements = (sandbox().data.avionte as unknown as { placements: Map<number, IDataObject> }).placements;
		const old = [...placements.keys()][3];
		sandbox().editAvionte('placements', old, { isActive: false });
		sandbox().createAvionte('placements', { id: 990777, talentId: sortedIds()[0], jobId: 300001, isActive: true });
		const reported = (await trigger.poll()).map((record) => record.id);
		expect(reported).toEqual(placementUpdatedDate ? [old, 990777] : [990777]);
		expect(await trigger.poll()).toEqual([]);
	});
});

describe('change tracking helpers', () => {
	it('a version is the update time (else the creation time) plus a hash of the content', () => {
		const a = recordVersion({ id: 1, createdDate: '2024-01-02T03:04:05.6', lastUpdatedDate: '2025-01-02T03:04:05' })!;
		expect(a.time).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
		expect(recordVersion({ id: 1, createdDate: '2024-01-02T03:04:05.6' })!.time).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 600));
		expect(recordVersion({ id: 1, createdDate: '0001-01-01T00:00:00Z' })).toBeUndefined();
		// Key order does not change the fingerprint; content does.
		expect(recordVersion({ lastUpdatedDate: '2025-01-02T03:04:05', id: 1, createdDate: '2024-01-02T03:04:05.6' })!.fingerprint).toBe(a.fingerprint);
		expect(recordVersion({ id: 1, createdDate: '2024-01-02T03:04:05.6', lastUpdatedDate: '2025-01-02T03:04:05', x: 1 })!.fingerprint).not.toBe(a.fingerprint);
	});

	it('the window reaches back by the listing time and the margin, and to the previous window', () => {
		const first = nextWindow(undefined, 1_000_000_000, 5_000);
		expect(first).toEqual({ floor: 1_000_000_000 - 5_000 - SAFETY_MARGIN_MS, since: 1_000_000_000 - 5_000 - SAFETY_MARGIN_MS });
		const previous = { resource: 'talent', latest: 1_000_000_000, reported: {}, ...first };
		const second = nextWindow(previous, 1_000_000_000 + 3_600_000, 1_000);
		expect(second.since).toBe(first.floor);
		expect(second.floor).toBe(1_000_000_000 + 3_600_000 - 1_000 - SAFETY_MARGIN_MS);
	});

	it('the window start never moves back, even when a listing took longer than the one before', () => {
		const previous = { resource: 'talent', latest: 1_000_000_000, reported: {}, ...nextWindow(undefined, 1_000_000_000, 5_000) };
		const slower = nextWindow(previous, 1_000_000_000, 65_000);
		expect(slower.floor).toBe(previous.floor - 60_000);
		expect(slower.since).toBe(previous.since);
		// A second window start further back than the first is never taken either.
		const reachingBack = nextWindow({ ...previous, since: previous.floor - 1_000 }, 1_000_000_000, 65_000);
		expect(reachingBack.since).toBe(previous.floor - 1_000);
	});

	it('a time more than a day after n8n\'s clock is dated ahead; a saved state whose newest time is dated ahead is not used', () => {
		const now = Date.UTC(2026, 11, 4, 12);
		expect(isDatedAhead(now + 14 * 60 * MINUTE, now)).toBe(false);
		expect(isDatedAhead(now + MAX_AHEAD_MS, now)).toBe(false);
		expect(isDatedAhead(now + MAX_AHEAD_MS + 1, now)).toBe(true);
		expect(isDatedAhead(Date.UTC(2099, 0, 1), now)).toBe(true);
		const state = { resource: 'talent', latest: now - MINUTE, floor: now - 20 * MINUTE, since: now - 30 * MINUTE, reported: {} };
		expect(readChangeState(state, 'talent', now)).toBe(state);
		expect(readChangeState(state, 'job', now)).toBeUndefined();
		expect(readChangeState({ ...state, latest: Date.UTC(2099, 0, 1) }, 'talent', now)).toBeUndefined();
	});

	it('keeps the fingerprints inside the window, the newest first when over the bound', () => {
		const reported = { 1: '100:a', 2: '200:b', 3: '300:c', 4: '50:d' };
		expect(keepTracked(reported, 100)).toEqual({ 1: '100:a', 2: '200:b', 3: '300:c' });
		expect(keepTracked(reported, 0, 2)).toEqual({ 2: '200:b', 3: '300:c' });
	});

	it('reads Avionté times without a zone as UTC and ignores the year-1 placeholder', () => {
		expect(apiTime('2023-01-24T15:27:14.8')).toBe(Date.UTC(2023, 0, 24, 15, 27, 14, 800));
		expect(apiTime('2023-01-24T15:27:14.1234567')).toBe(Date.UTC(2023, 0, 24, 15, 27, 14, 123));
		expect(apiTime('2023-01-24T15:27:14Z')).toBe(Date.UTC(2023, 0, 24, 15, 27, 14));
		expect(apiTime('0001-01-01T00:00:00Z')).toBeUndefined();
		expect(apiTime('')).toBeUndefined();
		expect(apiTime(null)).toBeUndefined();
		expect(apiTime('yesterday')).toBeUndefined();
	});
});
