/**
 * Get Many's Filters: each one honoured exactly (checked against the sandbox store), applied as
 * records arrive with Limit counting matches (no ids page or multi-query read that could not be used), the fallbacks
 * for records without times, and errors that name the field and the item.
 */
import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { matchesFilters } from '../../nodes/Avionte/helpers/recordFilters';
import { runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const UNPACED = { maxRequestsPerSecond: 0 };

const avionte = new Avionte();

const { sandbox, store } = sandboxForEachTest({ talentCount: 300, start: { avionteData: { companyCount: 130, placementCount: 140 } }, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

type Store = Record<string, Map<number, IDataObject>>;
const records = (plural: string) => [...(sandbox().data.avionte as unknown as Store)[plural].values()].sort((a, b) => Number(a.id) - Number(b.id));
/** The test's own reading of a sandbox time (no zone = UTC). */
const timeOf = (text: unknown) => (typeof text === 'string' && !text.startsWith('0001-') ? Date.parse(/Z$/.test(text) ? text : `${text}Z`) : undefined);
const updatedOf = (record: IDataObject) => timeOf(record.lastUpdatedDate) ?? timeOf(record.createdDate);
/** The time `share` of the records changed at or after. */
function quantile(times: number[], share: number): number {
	const sorted = [...times].sort((a, b) => b - a);
	return sorted[Math.floor(share * (sorted.length - 1))];
}
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 23);
const idsPagesRead = (plural: string) => sandbox().ledger.filter((e) => e.path.includes(`/${plural}/ids/`)).map((e) => Number(/\/ids\/(\d+)\//.exec(e.path)![1]));
const run = (parameters: IDataObject) => runNode({ node: avionte, parameters: { simplify: false, options: UNPACED, ...parameters }, store: store() });

describe('Get Many Filters', () => {
	it('Updated Since returns exactly the talents changed at or after it, edits included', async () => {
		const since = quantile(records('talents').map((t) => updatedOf(t)!), 0.3);
		const edited = records('talents')[3];
		expect(updatedOf(edited)!).toBeLessThan(since);
		sandbox().editAvionte('talents', Number(edited.id), { mobilePhone: '555-0142' });
		const expected = records('talents').filter((t) => updatedOf(t)! >= since).map((t) => t.id);
		expect(expected).toContain(edited.id);
		const result = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: iso(since) } });
		expect(result.json.map((t) => t.id)).toEqual(expected);
		expect(result.hints.map((hint) => hint.message)).toContain(`Filters matched ${expected.length} of the 300 talents read`);
	});

	it('Limit counts matches and reading stops at the page that completes them', async () => {
		await run({ resource: 'talent', operation: 'getAll', returnAll: true }); // learns the page base
		const matching = records('talents').filter((t) => t.status === 'Available');
		const limit = 30;
		const lastNeeded = records('talents').findIndex((t) => t.id === matching[limit - 1].id);
		const batches = Math.floor(lastNeeded / 100) + 1;
		// The matches reach into the second multi-query batch of 3, and more matches follow in the third.
		expect(batches).toBe(2);
		expect(matching.length).toBeGreaterThan(limit);
		sandbox().clearLedger();
		const result = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit, filters: { status: ['Available'] } });
		expect(result.json.map((t) => t.id)).toEqual(matching.slice(0, limit).map((t) => t.id));
		// One ids page of the largest size (the filter cannot know how many ids it needs; a page is one call whatever its size).
		expect(idsPagesRead('talents')).toEqual([1]);
		expect(sandbox().ledger.filter((e) => e.path.includes('/talents/ids/')).every((e) => e.path.endsWith('/500'))).toBe(true);
		// Its records are fetched 100 at a time, and no batch after the one that completes the matches.
		expect(sandbox().ledger.filter((e) => e.path.endsWith('/talents/multi-query'))).toHaveLength(batches);
	});

	it('Limit above the number of matches reads every page and returns what matched', async () => {
		const since = quantile(records('talents').map((t) => updatedOf(t)!), 0.02);
		const expected = records('talents').filter((t) => updatedOf(t)! >= since).map((t) => t.id);
		const result = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 200, filters: { updatedSince: iso(since) } });
		expect(result.json.map((t) => t.id)).toEqual(expected);
	});

	it('Created Since and Status together; a talent status by name from the list or by ID', async () => {
		const since = quantile(records('talents').map((t) => timeOf(t.createdDate)!), 0.5);
		const expected = records('talents').filter((t) => timeOf(t.createdDate)! >= since && ['Active', 'Placed'].includes(String(t.status)));
		expect(expected.length).toBeGreaterThan(10);
		const byName = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { createdSince: iso(since), status: ['Active', 'Placed'] } });
		expect(byName.json.map((t) => t.id)).toEqual(expected.map((t) => t.id));
		const byId = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { createdSince: iso(since), status: '1, 3' } });
		expect(byId.json.map((t) => t.id)).toEqual(expected.map((t) => t.id));
	});

	it('Status names typed for jobs and companies, not case-sensitive', async () => {
		const jobs = records('jobs');
		sandbox().editAvionte('jobs', Number(jobs[2].id), { status: 'Closed', statusId: 2 });
		sandbox().editAvionte('jobs', Number(jobs[7].id), { status: 'On Hold', statusId: 3 });
		const result = await run({ resource: 'job', operation: 'getAll', returnAll: true, filters: { status: 'closed, ON HOLD' } });
		expect(result.json.map((j) => j.id)).toEqual([jobs[2].id, jobs[7].id]);
		sandbox().editAvionte('companies', Number(records('companies')[4].id), { status: 'Prospect' });
		const companies = await run({ resource: 'company', operation: 'getAll', returnAll: true, filters: { status: 'prospect' } });
		expect(companies.json.map((c) => c.id)).toEqual([records('companies')[4].id]);
	});

	it('Created Since leaves out companies whose creation time is the year-1 placeholder; Updated Since keeps them by update time', async () => {
		const companies = records('companies');
		const placeholders = companies.filter((c) => String(c.createdDate).startsWith('0001-'));
		expect(placeholders.length).toBeGreaterThan(5);
		const created = await run({ resource: 'company', operation: 'getAll', returnAll: true, filters: { createdSince: '2000-01-01T00:00:00' } });
		expect(created.json.map((c) => c.id)).toEqual(companies.filter((c) => !placeholders.includes(c)).map((c) => c.id));
		const updated = await run({ resource: 'company', operation: 'getAll', returnAll: true, filters: { updatedSince: '2000-01-01T00:00:00' } });
		expect(updated.json).toHaveLength(companies.length);
	});

	it.each([
		{ name: 'as documented, without update times: by creation time', placementUpdatedDate: false },
		{ name: 'with update times: by update time', placementUpdatedDate: true },
	])('placements, $name', async ({ placementUpdatedDate }) => {
		sandbox().configure({ avionteTimes: { placementUpdatedDate } });
		const old = records('placements')[0];
		sandbox().editAvionte('placements', Number(old.id), { isActive: false });
		const since = Date.now() - 60_000;
		const result = await run({ resource: 'placement', operation: 'getAll', returnAll: true, filters: { updatedSince: iso(since) } });
		expect(result.json.map((p) => p.id)).toEqual(placementUpdatedDate ? [old.id] : []);
		const byCreation = quantile(records('placements').map((p) => timeOf(p.createdDate)!), 0.5);
		const fallback = await run({ resource: 'placement', operation: 'getAll', returnAll: true, filters: { updatedSince: iso(byCreation) } });
		expect(fallback.json.map((p) => p.id)).toEqual(records('placements').filter((p) => updatedOf(p)! >= byCreation).map((p) => p.id));
	});

	it('times with an offset are converted to UTC; Avionté times in either format compare the same', async () => {
		const since = quantile(records('talents').map((t) => updatedOf(t)!), 0.4);
		const expected = records('talents').filter((t) => updatedOf(t)! >= since).map((t) => t.id);
		const withOffset = new Date(since + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
		const first = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: withOffset } });
		expect(first.json.map((t) => t.id)).toEqual(expected);
		sandbox().configure({ avionteTimes: { format: 'utc' } });
		const second = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: iso(since) } });
		expect(second.json.map((t) => t.id)).toEqual(expected);
	});

	it("Tenant Time Zone: a tenant writing local times is filtered right with a $now-style time (with an offset)", async () => {
		// A talent changed 20 minutes ago by a Chicago tenant, which writes its local wall-clock time without a zone.
		const now = Date.now();
		const changedAt = now - 20 * 60_000;
		const chicagoWallClock = new Date(changedAt).toLocaleString('sv-SE', { timeZone: 'America/Chicago' }).replace(' ', 'T');
		const talent = records('talents')[5];
		talent.lastUpdatedDate = chicagoWallClock;
		const anHourAgo = new Date(now - 3_600_000).toISOString();
		const withoutZone = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: anHourAgo } });
		expect(withoutZone.json.map((t) => t.id)).not.toContain(talent.id);
		const withZone = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: anHourAgo, avionteTimeZone: 'America/Chicago' } });
		expect(withZone.json.map((t) => t.id)).toContain(talent.id);
		// A Since time typed without an offset is a time of the same zone as Avionté's: the talent is in from 30 minutes before its change.
		const typed = new Date(changedAt - 30 * 60_000).toLocaleString('sv-SE', { timeZone: 'America/Chicago' }).replace(' ', 'T');
		const typedResult = await run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: typed, avionteTimeZone: 'America/Chicago' } });
		expect(typedResult.json.map((t) => t.id)).toContain(talent.id);
	});

	it('a time zone that does not exist names the field and the item, and nothing is read', async () => {
		await expect(run({ resource: 'talent', operation: 'getAll', returnAll: true, filters: { updatedSince: '2026-01-01', avionteTimeZone: 'Central Time' } })).rejects.toThrow('"Tenant Time Zone" of item 0 is not a time zone: "Central Time"');
		expect(sandbox().ledger.filter((e) => e.path.includes('/talents/'))).toHaveLength(0);
	});

	it('Simplify applies after the filter; without filters nothing changes (Limit reads only what it needs)', async () => {
		const since = quantile(records('talents').map((t) => updatedOf(t)!), 0.5);
		const simple = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 3, simplify: true, filters: { updatedSince: iso(since) } });
		expect(simple.json).toHaveLength(3);
		expect(Object.keys(simple.json[0])).toContain('lastUpdatedDate');
		expect(Object.keys(simple.json[0])).not.toContain('residentAddress');
		await run({ resource: 'talent', operation: 'getAll', returnAll: true }); // learns the page base
		sandbox().clearLedger();
		const plain = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 2, filters: {} });
		expect(plain.json).toHaveLength(2);
		expect(sandbox().ledger.find((e) => e.path.includes('/talents/ids/'))!.path).toMatch(/\/ids\/1\/2$/);
		expect(plain.hints).toHaveLength(0);
	});

	it('a value that is not a date names the field and the item, and nothing is read', async () => {
		await expect(run({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { updatedSince: 'last tuesday' } })).rejects.toThrow('"Updated Since" of item 0 is not a date: "last tuesday"');
		expect(sandbox().ledger.filter((e) => e.path.includes('/contacts/'))).toHaveLength(0);
	});
});

describe('filter matching', () => {
	const record = (fields: IDataObject) => ({ id: 1, ...fields });
	const at = Date.UTC(2026, 0, 1);

	it('Updated Since: the update time, else the creation time; a record with neither is kept', () => {
		expect(matchesFilters(record({ lastUpdatedDate: '2026-01-01T00:00:00', createdDate: '2020-01-01T00:00:00' }), { updatedSince: at })).toBe(true);
		expect(matchesFilters(record({ lastUpdatedDate: '2025-12-31T23:59:59.9', createdDate: '2020-01-01T00:00:00' }), { updatedSince: at })).toBe(false);
		expect(matchesFilters(record({ createdDate: '2026-01-02T00:00:00' }), { updatedSince: at })).toBe(true);
		expect(matchesFilters(record({ createdDate: '2025-01-02T00:00:00' }), { updatedSince: at })).toBe(false);
		expect(matchesFilters(record({}), { updatedSince: at })).toBe(true);
		expect(matchesFilters(record({ createdDate: '0001-01-01T00:00:00Z' }), { updatedSince: at })).toBe(true);
	});

	it('Created Since: a record without a creation time is left out', () => {
		expect(matchesFilters(record({ createdDate: '2026-01-01T00:00:00' }), { createdSince: at })).toBe(true);
		expect(matchesFilters(record({ createdDate: '0001-01-01T00:00:00Z' }), { createdSince: at })).toBe(false);
		expect(matchesFilters(record({}), { createdSince: at })).toBe(false);
	});

	it('Status: any of the names (not case-sensitive) or status ids', () => {
		expect(matchesFilters(record({ status: ' Active ', statusId: 1 }), { statuses: ['active'] })).toBe(true);
		expect(matchesFilters(record({ status: 'Active', statusId: 1 }), { statuses: ['1'] })).toBe(true);
		expect(matchesFilters(record({ status: 'Placed', statusId: 3 }), { statuses: ['active', '1'] })).toBe(false);
		expect(matchesFilters(record({}), { statuses: ['active'] })).toBe(false);
	});
});
