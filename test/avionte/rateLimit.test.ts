/**
 * The request budget through the real node code against the sandbox's Avionté throttle (a rolling
 * second per API key, 429 with Retry-After beyond it).
 */
import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AVIONTE_PROFILE } from '../../nodes/Avionte/transport';
import { WINDOW_GUARD_MS } from '../../nodes/shared/rateBudget';
import { budgetFor } from '../../nodes/shared/throttle';
import { searchTalents } from '../../nodes/Avionte/methods/listSearch';
import { createLoadOptionsContext, credentialStore, runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();
const { sandbox } = sandboxForEachTest({ talentCount: 10, credentials: () => ({}) });

/** A store of its own for each run, as each n8n execution reads the credential anew. */
function store() {
	return credentialStore({ avionteApi: avionteCredentials(sandbox()) });
}

function creates(prefix: string, count: number, options: IDataObject = {}) {
	const items = Array.from({ length: count }, (_, i) => ({ email: `${prefix}${i}@example.test` }));
	return runNode({
		node,
		store: store(),
		items,
		continueOnFail: true,
		parameters: (i) => ({ resource: 'talent', operation: 'create', firstName: 'Rate', lastName: `Talent ${i}`, emailAddress: items[i].email, additionalFields: { status: 'Active' }, options }),
	});
}

const posts = () => sandbox().ledger.filter((e) => e.method === 'POST' && e.path.endsWith('/front-office/v1/talent'));
const storedEmails = (prefix: string) => [...sandbox().data.avionte.talents.values()].map((t) => String(t.emailAddress)).filter((email) => email.startsWith(prefix));

describe('Max Requests per Second', () => {
	it('creates 60 talents against 5 requests a second and 100 ms latency: no refused call, each talent once', async () => {
		sandbox().configure({ avionteRatePerSecond: 5 });
		sandbox().setFaults({ latencyMs: 100 });
		const result = await creates('paced', 60);
		expect(result.json.filter((json) => json.error)).toEqual([]);
		expect(sandbox().stats().refused429).toBe(0);
		expect(sandbox().stats().throttleRefusals).toBe(0);
		expect(posts()).toHaveLength(60);
		const emails = storedEmails('paced');
		expect(emails).toHaveLength(60);
		expect(new Set(emails).size).toBe(60);
	});

	it('after an expired token (401) the repeat waits for its own turn: no refused call, each talent once', async () => {
		sandbox().configure({ avionteRatePerSecond: 5 });
		sandbox().setFaults({ latencyMs: 100 });
		// Tokens expire twice mid-run: every request in flight then gets a 401 and is repeated with a new token.
		const expiries = [1500, 3500].map((ms) => setTimeout(() => sandbox().expireAvionteTokens(), ms));
		const result = await creates('expiry', 30);
		expiries.forEach(clearTimeout);
		expect(result.json.filter((json) => json.error)).toEqual([]);
		expect(sandbox().ledger.filter((e) => e.status === 401).length).toBeGreaterThan(0);
		expect(sandbox().stats().refused429).toBe(0);
		const emails = storedEmails('expiry');
		expect(emails).toHaveLength(30);
		expect(new Set(emails).size).toBe(30);
	});

	it('is shared by parallel runs with the same credential: together they stay within the limit', async () => {
		sandbox().configure({ avionteRatePerSecond: 5 });
		sandbox().setFaults({ latencyMs: 20 });
		const [first, second] = await Promise.all([creates('runA', 10), creates('runB', 10)]);
		expect([...first.json, ...second.json].filter((json) => json.error)).toEqual([]);
		expect(sandbox().stats().refused429).toBe(0);
		expect(storedEmails('run')).toHaveLength(20);
	});

	it('record pickers (list searches) share the budget of the runs using the same credential', async () => {
		sandbox().configure({ avionteRatePerSecond: 5 });
		sandbox().setFaults({ latencyMs: 20 });
		const pickers = Array.from({ length: 3 }, () => searchTalents.call(createLoadOptionsContext(store(), node) as never, ''));
		const [run, ...searches] = await Promise.all([creates('picker', 8), ...pickers]);
		expect(run.json.filter((json) => json.error)).toEqual([]);
		for (const search of searches) expect(search.results.length).toBeGreaterThan(0);
		expect(sandbox().stats().refused429).toBe(0);
	});

	it('sends nothing in the gap after a 429, not even requests already waiting, then goes on at half the rate', async () => {
		sandbox().setFaults({ latencyMs: 20 });
		sandbox().script({ status: 429, headers: { 'Retry-After': '1' }, method: 'POST', pathPattern: '/front-office/v1/talent$' });
		const result = await creates('gap', 12, { maxRequestsPerSecond: 20, maxConcurrency: 3 });
		expect(result.json.filter((json) => json.error)).toEqual([]);
		const calls = posts();
		const refusal = calls.find((e) => e.status === 429) as { finishedAt: number };
		const after = calls.filter((e) => e.at > refusal.finishedAt);
		expect(after.length).toBeGreaterThan(3);
		for (const call of after) expect(call.at).toBeGreaterThanOrEqual(refusal.finishedAt + 1000);
		// Half of 20 a second: 102 ms apart on average (51 ms at the full rate).
		expect((after[after.length - 1].at - after[0].at) / (after.length - 1)).toBeGreaterThanOrEqual(95);
		expect(storedEmails('gap')).toHaveLength(12);
	});

	it('a tenant allowing 3 a second with the option at 5: one refusal teaches its rate, then 3 a second, each talent once', async () => {
		sandbox().configure({ avionteRatePerSecond: 3 });
		sandbox().setFaults({ latencyMs: 100 });
		const result = await creates('tenant', 24);
		expect(result.json.filter((json) => json.error)).toEqual([]);
		expect(sandbox().stats().refused429).toBe(1);
		const emails = storedEmails('tenant');
		expect(emails).toHaveLength(24);
		expect(new Set(emails).size).toBe(24);
		// The account goes at the 3 a second the API accepted before refusing, not at half of 5.
		const budget = budgetFor([AVIONTE_PROFILE.api, ...AVIONTE_PROFILE.rateAccount(avionteCredentials(sandbox()))]);
		expect(budget.spacingMs(Date.now(), 5)).toBe((1000 + WINDOW_GUARD_MS) / 3);
	});

	it('0 means no per-second limit', async () => {
		sandbox().setFaults({ latencyMs: 50 });
		await creates('free', 9, { maxRequestsPerSecond: 0, maxConcurrency: 3 });
		expect(sandbox().stats().peakInFlight).toBe(3);
	});
});
