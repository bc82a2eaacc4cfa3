/**
 * Waits taken from the server (Retry-After, X-Rate-Limit-Reset) are bounded: one answer can no longer
 * pause every run of an account until n8n restarts. Past the bound, the error says what the server
 * sent. An X-Rate-Limit-Reset above 10^9 is read as a Unix time.
 */

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { RateBudget } from '../../nodes/shared/rateBudget';
import { DEFAULT_RETRY_POLICY, decideRetry, MAX_SERVER_WAIT_MS, rateLimitResetWait } from '../../nodes/shared/retry';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, credentialStore, runNode } from '../harness/context';
import type { Answer, Fake } from './fake';
import { startFake } from './fake';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('reading the wait a server asks for', () => {
	it('X-Rate-Limit-Reset: seconds to go, or a Unix time above 10^9 (a past one means no wait)', () => {
		expect(rateLimitResetWait({ 'x-rate-limit-reset': '120' }, NOW)).toEqual({ waitMs: 120_000, sent: 'X-Rate-Limit-Reset: 120' });
		expect(rateLimitResetWait({ 'x-rate-limit-reset': String(NOW / 1000 + 1800) }, NOW)?.waitMs).toBe(1_800_000);
		expect(rateLimitResetWait({ 'x-rate-limit-reset': '1764700000' }, NOW)?.waitMs).toBe(0);
		expect(rateLimitResetWait({ 'x-rate-limit-reset': 'soon' }, NOW)).toBeUndefined();
	});

	it('a wait beyond the bound is not taken: the decision says what the server sent', () => {
		const policy = { ...DEFAULT_RETRY_POLICY, maxRateLimitWaitMs: 10 * MAX_SERVER_WAIT_MS };
		expect(decideRetry({ status: 429, headers: { 'retry-after': '999999' } }, 0, true, policy, NOW)).toEqual({
			retry: false,
			reason: 'wait asked for is beyond the bound',
			rateLimitResetSeconds: 999999,
			serverSent: 'Retry-After: 999999',
		});
		const quota = { status: 403, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '86400' } };
		expect(decideRetry(quota, 0, true, policy, NOW)).toMatchObject({ retry: false, serverSent: 'X-Rate-Limit-Reset: 86400' });
		expect(decideRetry({ status: 429, headers: { 'retry-after': '30' } }, 0, true, policy, NOW)).toMatchObject({ retry: true, delayMs: 30_000 });
	});

	it("the account's request budget pauses at most for the bound, and keeps what the server sent", () => {
		const budget = new RateBudget();
		const turn = budget.reserve(NOW, 0);
		budget.tryUse(turn, NOW);
		budget.answered(turn, { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '5000000000' }, 200, NOW);
		expect(budget.pauseMs(NOW)).toBe(MAX_SERVER_WAIT_MS);
		expect(budget.pauseCutFrom(NOW)).toBe('X-Rate-Limit-Reset: 5000000000');
		expect(budget.pauseMs(NOW + MAX_SERVER_WAIT_MS)).toBe(0);
		const refused = budget.reserve(NOW, 0);
		budget.answered(refused, { 'retry-after': '31536000' }, 429, NOW);
		expect(budget.pauseMs(NOW)).toBe(MAX_SERVER_WAIT_MS);
	});
});

describe('through the Avinode node', () => {
	let fake: Fake;
	let answers: Answer[] = [];
	beforeAll(async () => {
		fake = await startFake(() => answers.shift() ?? { status: 200, body: { data: { id: 't1' } } });
	});
	afterAll(async () => fake.close());
	beforeEach(() => {
		forgetBudgets();
		fake.seen.length = 0;
	});

	function store(token: string): CredentialStore {
		return credentialStore({ avinodeApi: { platform: 'avinode', environment: 'custom', customBaseUrl: `${fake.url}/avn/api`, apiToken: `APP-${token}`, authentication: 'connectionToken', connectionToken: `CONN-${token}`, productName: 'x' } });
	}
	const run = async (credentials: CredentialStore) => (await runNode({ node: new Avinode(), store: credentials, parameters: { resource: 'trip', operation: 'get', tripId: 't1', options: {} }, continueOnFail: true })).json[0];

	it('a Unix-time reset in the past (as many APIs write Reset) pauses nothing', async () => {
		const credentials = store('PAST');
		answers = [{ status: 200, body: { data: { id: 't1' } }, headers: { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': '1764700000' } }];
		expect(await run(credentials)).toMatchObject({ id: 't1' });
		expect(await run(credentials)).toMatchObject({ id: 't1' });
		expect(fake.seen).toHaveLength(2);
	});

	it('a reset beyond the bound pauses the account for the bound at most; held-back requests say what the server sent', async () => {
		const credentials = store('FUTURE');
		answers = [{ status: 200, body: { data: { id: 't1' } }, headers: { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': '86400' } }];
		expect(await run(credentials)).toMatchObject({ id: 't1' });
		const held = await run(credentials);
		expect(held.error).toBe('Avinode API rate limit reached');
		expect(String(held.description)).toMatch(/the API asked to wait longer than 60 minutes \(X-Rate-Limit-Reset: 86400\); requests are held back 3600 s more at most; not sent$/);
		expect(fake.seen).toHaveLength(1);
	});

	it('a Retry-After beyond the bound fails the request with what the server sent', async () => {
		const credentials = store('RETRY');
		answers = [{ status: 429, body: { meta: { errors: [{ title: 'Too many requests' }] } }, headers: { 'Retry-After': '999999' } }];
		const failed = await run(credentials);
		expect(String(failed.description)).toContain('the API asked to wait 999999 s (Retry-After: 999999), longer than the 60 minutes a request waits at most; not retried');
	});
});
