import { avinodeQuotaWait, backoffDelayMs, decideRetry, DEFAULT_RETRY_POLICY, isIdempotentMethod, parseRetryAfterMs } from '../../nodes/shared/retry';

const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000, maxRetries: 3, maxRateLimitWaitMs: 10_000 };
const now = Date.parse('2026-11-23T10:00:00Z');
const failure = (status?: number, headers: Record<string, string> = {}, networkCode?: string) => ({ status, headers, networkCode });

describe('decideRetry', () => {
	it.each([
		[429, true, true],
		[429, false, true],
		[503, false, true],
		[504, true, true],
		[504, false, false],
		[502, false, false],
		[500, true, false],
		[400, true, false],
		[404, true, false],
		[422, false, false],
	])('HTTP %i idempotent=%s retries=%s', (status, idempotent, expected) => {
		expect(decideRetry(failure(status), 0, idempotent, policy, now, () => 0.5).retry).toBe(expected);
	});

	it.each([
		['ECONNREFUSED', false, true],
		['ECONNRESET', true, true],
		['ECONNRESET', false, false],
		['ETIMEDOUT', false, false],
		['ENOTFOUND', true, false],
	])('network %s idempotent=%s retries=%s', (code, idempotent, expected) => {
		expect(decideRetry(failure(undefined, {}, code), 0, idempotent, policy, now).retry).toBe(expected);
	});

	it('stops after maxRetries', () => {
		expect(decideRetry(failure(503), 3, true, policy, now)).toEqual({ retry: false, reason: 'retries exhausted' });
	});

	it('honours Retry-After in seconds and as a date, and refuses waits beyond the maximum', () => {
		expect(decideRetry(failure(429, { 'retry-after': '2' }), 0, true, policy, now)).toMatchObject({ retry: true, delayMs: 2000 });
		expect(decideRetry(failure(503, { 'retry-after': new Date(now + 3000).toUTCString() }), 0, false, policy, now)).toMatchObject({ retry: true, delayMs: 3000 });
		expect(decideRetry(failure(429, { 'retry-after': '60' }), 0, true, policy, now)).toEqual({ retry: false, reason: 'rate limit reached', rateLimitResetSeconds: 60 });
	});

	it('waits for an Avinode quota reset when short, fails with the reset time when long', () => {
		const exhausted = (reset: string) => failure(403, { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset });
		expect(decideRetry(exhausted('5'), 0, false, policy, now)).toMatchObject({ retry: true, delayMs: 5250 });
		expect(decideRetry(exhausted('1800'), 0, true, policy, now)).toEqual({ retry: false, reason: 'rate limit reached', rateLimitResetSeconds: 1800 });
		// A plain 403 (permission) is not a quota signal and is not retried.
		expect(decideRetry(failure(403, { 'x-rate-limit-remaining': '12' }), 0, true, policy, now).retry).toBe(false);
	});
});

describe('back-off', () => {
	it('grows exponentially with jitter inside [half, full] and is capped', () => {
		expect(backoffDelayMs(0, policy, () => 0)).toBe(50);
		expect(backoffDelayMs(0, policy, () => 1)).toBe(100);
		expect(backoffDelayMs(2, policy, () => 0)).toBe(200);
		expect(backoffDelayMs(2, policy, () => 1)).toBe(400);
		expect(backoffDelayMs(10, policy, () => 1)).toBe(1000);
	});

	it('parses Retry-After forms', () => {
		expect(parseRetryAfterMs('1.5', now)).toBe(1500);
		expect(parseRetryAfterMs('', now)).toBeUndefined();
		expect(parseRetryAfterMs('soon', now)).toBeUndefined();
		expect(parseRetryAfterMs(new Date(now - 5000).toUTCString(), now)).toBe(0);
	});

	it('knows which methods are idempotent and reads the quota signal', () => {
		expect(['GET', 'put', 'DELETE'].every(isIdempotentMethod)).toBe(true);
		expect(['POST', 'PATCH'].some(isIdempotentMethod)).toBe(false);
		expect(avinodeQuotaWait(failure(403, { 'x-rate-limit-remaining': '0' }), now)?.waitMs).toBe(3_600_000);
		expect(avinodeQuotaWait(failure(401, { 'x-rate-limit-remaining': '0' }), now)).toBeUndefined();
	});
});
