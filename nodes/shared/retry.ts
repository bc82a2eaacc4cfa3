/**
 * Retry decisions for every API call of the pack (pure: no I/O, no clock, injectable randomness).
 *
 * Both seeds ask for "a sensible retry policy ... exponential back-off, maximum number of retries".
 * A retry is only safe when the first attempt surely changed nothing, or when the call is idempotent:
 * - 429 and 503: the server refused before doing work, so every method may retry.
 * - 502, 504 and dropped connections: the server may have done the work, so only idempotent calls retry.
 * - Connection refused: nothing reached the server, every method may retry.
 * - 500 and other 4xx: retrying would not change the answer.
 * - Avinode signals an exhausted hourly quota with 403 and `X-Rate-Limit-Remaining: 0`; we wait for
 *   `X-Rate-Limit-Reset` when that is short enough, else fail with the reset time.
 * - No wait the server names is taken beyond {@link MAX_SERVER_WAIT_MS}: past that bound the request
 *   fails with what the server sent.
 */

export interface FailureInfo {
	/** HTTP status; undefined when no response arrived. */
	status?: number;
	/** Node network error code (ECONNRESET, ECONNREFUSED, ETIMEDOUT ...) when no response arrived. */
	networkCode?: string;
	/** Response headers, names lower-cased. */
	headers: Record<string, string | undefined>;
}

export interface RetryPolicy {
	/** Retries after the first attempt. */
	maxRetries: number;
	/** First back-off step; doubles per retry. */
	baseDelayMs: number;
	/** Cap for a single back-off step. */
	maxDelayMs: number;
	/** Longest wait we accept for a rate-limit window (Retry-After or X-Rate-Limit-Reset). */
	maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 5,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRateLimitWaitMs: 120_000,
};

export type RetryDecision =
	| { retry: true; delayMs: number; reason: string }
	| {
			retry: false;
			reason: string;
			rateLimitResetSeconds?: number;
			/** The header as the server sent it, when it asked for a wait beyond {@link MAX_SERVER_WAIT_MS}. */
			serverSent?: string;
	  };

/**
 * The longest wait taken from a server's answer (Retry-After, X-Rate-Limit-Reset), for one request
 * and for the request budget of the account: Avinode's quota is counted per hour [C].
 */
export const MAX_SERVER_WAIT_MS = 60 * 60_000;

/** An `X-Rate-Limit-Reset` above this is a point in time (Unix seconds), not seconds to go. */
const UNIX_SECONDS_FROM = 1_000_000_000;

/** A wait a server asked for. */
export interface ServerWait {
	/** Milliseconds from now, as asked (not yet bounded). */
	waitMs: number;
	/** The header as sent, e.g. `Retry-After: 99999`, for messages. */
	sent: string;
}

const RETRY_ANY_METHOD_STATUS = new Set([429, 503]);
const RETRY_IDEMPOTENT_STATUS = new Set([502, 504]);
/** Errors raised before the request left this machine: safe for every method. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN']);
/** Errors after the request may have reached the server: idempotent methods only. */
const MAYBE_SENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'UND_ERR_SOCKET',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isIdempotentMethod(method: string): boolean {
	return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Exponential back-off with "equal jitter": half fixed, half random, capped. */
export function backoffDelayMs(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
	const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
	const half = exponential / 2;
	return Math.round(half + random() * half);
}

/** Retry-After is either delta-seconds or an HTTP date. Returns milliseconds, or undefined. */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - nowMs);
}

/** The 429 or 503 `Retry-After` of an answer, if readable. */
export function retryAfterWait(headers: Record<string, string | undefined>, nowMs: number): ServerWait | undefined {
	const waitMs = parseRetryAfterMs(headers['retry-after'], nowMs);
	return waitMs === undefined ? undefined : { waitMs, sent: `Retry-After: ${String(headers['retry-after']).trim()}` };
}

/**
 * `X-Rate-Limit-Reset` [C: Avinode sends it on every answer; its unit is not documented]: seconds to
 * go, or, above 10^9, the Unix time of the reset (a past one means no wait). Undefined when absent or
 * not a number.
 */
export function rateLimitResetWait(headers: Record<string, string | undefined>, nowMs: number): ServerWait | undefined {
	const raw = headers['x-rate-limit-reset'];
	if (raw === undefined || raw.trim() === '') return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 0) return undefined;
	const waitMs = value >= UNIX_SECONDS_FROM ? Math.max(0, value * 1000 - nowMs) : value * 1000;
	return { waitMs: Math.round(waitMs), sent: `X-Rate-Limit-Reset: ${raw.trim()}` };
}

/** Avinode's quota signal: 403 with `X-Rate-Limit-Remaining: 0`. Returns the wait until the reset (an hour when unnamed), if so. */
export function avinodeQuotaWait(failure: FailureInfo, nowMs: number): ServerWait | undefined {
	if (failure.status !== 403) return undefined;
	const remaining = failure.headers['x-rate-limit-remaining'];
	if (remaining === undefined || Number(remaining) > 0) return undefined;
	return rateLimitResetWait(failure.headers, nowMs) ?? { waitMs: 3_600_000, sent: 'X-Rate-Limit-Remaining: 0 without a reset time' };
}

function beyondBound(wait: ServerWait): RetryDecision {
	return { retry: false, reason: 'wait asked for is beyond the bound', rateLimitResetSeconds: Math.ceil(wait.waitMs / 1000), serverSent: wait.sent };
}

export function decideRetry(
	failure: FailureInfo,
	retriesDone: number,
	idempotent: boolean,
	policy: RetryPolicy,
	nowMs: number,
	random: () => number = Math.random,
): RetryDecision {
	const quota = avinodeQuotaWait(failure, nowMs);
	if (quota !== undefined) {
		const waitMs = quota.waitMs;
		const quotaReset = Math.ceil(waitMs / 1000);
		if (waitMs > MAX_SERVER_WAIT_MS) return beyondBound(quota);
		if (waitMs > policy.maxRateLimitWaitMs) {
			return { retry: false, reason: 'rate limit reached', rateLimitResetSeconds: quotaReset };
		}
		if (retriesDone >= policy.maxRetries) return { retry: false, reason: 'retries exhausted', rateLimitResetSeconds: quotaReset };
		// A small margin so we do not arrive a moment before the counter resets.
		return { retry: true, delayMs: waitMs + 250, reason: `rate limit window, resets in ${quotaReset} s` };
	}

	if (retriesDone >= policy.maxRetries) return { retry: false, reason: 'retries exhausted' };

	const status = failure.status;
	if (status !== undefined) {
		const anyMethod = RETRY_ANY_METHOD_STATUS.has(status);
		if (!anyMethod && !(idempotent && RETRY_IDEMPOTENT_STATUS.has(status))) {
			return { retry: false, reason: `HTTP ${status} is not retried${RETRY_IDEMPOTENT_STATUS.has(status) ? ' for a non-idempotent call' : ''}` };
		}
		const retryAfter = retryAfterWait(failure.headers, nowMs);
		if (retryAfter !== undefined) {
			const retryAfterMs = retryAfter.waitMs;
			if (retryAfterMs > MAX_SERVER_WAIT_MS) return beyondBound(retryAfter);
			if (retryAfterMs > policy.maxRateLimitWaitMs) {
				return { retry: false, reason: 'rate limit reached', rateLimitResetSeconds: Math.ceil(retryAfterMs / 1000) };
			}
			return { retry: true, delayMs: retryAfterMs, reason: `HTTP ${status}, Retry-After` };
		}
		return { retry: true, delayMs: backoffDelayMs(retriesDone, policy, random), reason: `HTTP ${status}` };
	}

	const code = failure.networkCode ?? '';
	if (NOT_SENT_CODES.has(code) || (idempotent && MAYBE_SENT_CODES.has(code))) {
		return { retry: true, delayMs: backoffDelayMs(retriesDone, policy, random), reason: `network error ${code}` };
	}
	return { retry: false, reason: code ? `network error ${code} is not retried for a non-idempotent call` : 'not retryable' };
}
