/**
 * Slowing down before the API refuses, instead of failing and retrying.
 *
 * Avinode reports its hourly quota on every response (`X-Rate-Limit-Remaining`, `X-Rate-Limit-Reset`
 * seconds) [C]; once nothing remains, every call is refused with 403 until the hour turns. Avionté
 * answers 429 with `Retry-After` [C: FAQ]. One pacer per API and execution sees every response, so a
 * refusal seen by one request pauses the requests running beside it too.
 */
import { parseRetryAfterMs } from './retry';

export class RateLimitPacer {
	private pausedUntilMs = 0;

	/** Records what a response said about the rate limit. */
	observe(headers: Record<string, string | undefined>, status: number | undefined, nowMs: number): void {
		const remaining = headers['x-rate-limit-remaining'];
		const reset = headers['x-rate-limit-reset'];
		if (remaining !== undefined && Number(remaining) <= 0 && reset !== undefined && Number.isFinite(Number(reset))) {
			this.pausedUntilMs = Math.max(this.pausedUntilMs, nowMs + Number(reset) * 1000);
		}
		if (status === 429) {
			const retryAfter = parseRetryAfterMs(headers['retry-after'], nowMs);
			this.pausedUntilMs = Math.max(this.pausedUntilMs, nowMs + (retryAfter ?? 1000));
		}
	}

	/** How long to hold the next request; 0 when free to go. */
	waitMs(nowMs: number): number {
		return Math.max(0, this.pausedUntilMs - nowMs);
	}
}
