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
	| { retry: false; reason: string; rateLimitResetSeconds?: number };

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

/** Avinode's quota signal: 403 with `X-Rate-Limit-Remaining: 0`. Returns seconds until reset, if so. */
export function avinodeQuotaResetSeconds(failure: FailureInfo): number | undefined {
	if (failure.status !== 403) return undefined;
	const remaining = failure.headers['x-rate-limit-remaining'];
	if (remaining === undefined || Number(remaining) > 0) return undefined;
	const reset = Number(failure.headers['x-rate-limit-reset']);
	return Number.isFinite(reset) && reset >= 0 ? reset : 3600;
}

export function decideRetry(
	failure: FailureInfo,
	retriesDone: number,
	idempotent: boolean,
	policy: RetryPolicy,
	nowMs: number,
	random: () => number = Math.random,
): RetryDecision {
	const quotaReset = avinodeQuotaResetSeconds(failure);
	if (quotaReset !== undefined) {
		const waitMs = quotaReset * 1000;
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
		const retryAfterMs = parseRetryAfterMs(failure.headers['retry-after'], nowMs);
		if (retryAfterMs !== undefined) {
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
