/**
 * The request budget of one API account: how fast requests may leave, and when none may (pure: the
 * clock is passed in, nothing sleeps here).
 *
 * - A token bucket holding one token, refilled at the allowed rate: requests leave evenly spaced.
 *   Avionté sends no rate headers and does not say how it counts "3–5 requests a second" [C: FAQ].
 *   Even spacing is the one schedule that every common counter accepts (rolling window, fixed
 *   window, leaky bucket); a burst, even of two, breaks a rolling window at the full rate.
 * - A request may reach the API later than it left our code: the first one of a run waits for a
 *   token fetch inside n8n, any one may wait for a connection. A request whose answer took longer
 *   than the fastest recent answer is taken to have been counted that much later, and the request N
 *   after it (N = the rate) waits as much longer, so N+1 never land inside one second. Turns are
 *   planned ahead, but this is checked again when each request is about to go, against what the
 *   requests sent so far really did (many requests may be waiting for a turn at once).
 * - The spacing counts a second as {@link WINDOW_GUARD_MS} longer, for jitter no answer reveals.
 * - A refusal (429) pauses everything until Retry-After has passed (1 s when absent) and lowers the
 *   account's rate to what the API accepted in the second before it (rateCeiling.ts: learned from the
 *   refusals, tried one step faster a minute later). Requests that were already waiting for a turn
 *   lose it and queue again behind the pause, so nothing leaves in the gap. A refusal of a request
 *   sent before the last pause was known teaches nothing more: one burst of refusals is one slowdown.
 * - Avinode's exhausted hourly quota (`X-Rate-Limit-Remaining: 0`, `X-Rate-Limit-Reset` seconds) [C]
 *   pauses everything until the reset.
 * - No pause lasts longer than {@link MAX_SERVER_WAIT_MS}, whatever the API sent; what it sent is kept
 *   for the message of the requests held back.
 */
import type { ServerWait } from './retry';
import { MAX_SERVER_WAIT_MS, rateLimitResetWait, retryAfterWait } from './retry';

import { COUNTED_SECOND_MS, PROOF_SECONDS, RateCeiling } from './rateCeiling';

/** A second, as the budget counts it: one real second plus room for jitter. */
export const WINDOW_GUARD_MS = 20;
/** The pause after a 429 that names no Retry-After. */
export const DEFAULT_REFUSAL_PAUSE_MS = 1000;
/** Turns remembered for the fastest round trip, the look-back of N turns and what the API accepted lately. */
const REMEMBERED_TURNS = 256;

/** A reserved send time. It stands only while no pause or slowdown happened after it was made. */
export interface Turn {
	/** When it is planned to go. */
	atMs: number;
	ratePerSecond: number;
	generation: number;
	/** When the request went out on this turn. */
	sentAtMs?: number;
	/** When its answer (or failure) arrived. */
	answeredAtMs?: number;
	/** Whether the API refused it (429). */
	refused?: boolean;
}

export class RateBudget {
	private lastTurnMs = Number.NEGATIVE_INFINITY;

	private lastSentMs = Number.NEGATIVE_INFINITY;

	private pausedUntilMs = 0;

	/** What the API sent, when the pause in force was cut to {@link MAX_SERVER_WAIT_MS}. */
	private pauseBeyondBound?: string;

	/** Bumped by every pause and slowdown: turns reserved before it are void. */
	private generation = 0;

	/** The rate the account really allows, as its refusals taught it. */
	private readonly ceiling = new RateCeiling();

	/** Paced turns in the order they were sent, the newest last. */
	private sent: Turn[] = [];

	/**
	 * Plans the next turn for a request allowed `ratePerSecond` (0 or less: no per-second limit,
	 * pauses still apply). Turns are planned in order, each one spacing after the one before;
	 * {@link tryUse} has the last word when the time comes.
	 */
	reserve(nowMs: number, ratePerSecond: number): Turn {
		let atMs = Math.max(nowMs, this.pausedUntilMs);
		const spacing = this.spacingMs(nowMs, ratePerSecond);
		if (spacing > 0) {
			atMs = Math.max(atMs, this.lastTurnMs + spacing, this.windowBoundMs(spacing));
			this.lastTurnMs = atMs;
		}
		return { atMs, ratePerSecond, generation: this.generation };
	}

	/**
	 * Sends on a planned turn if everything allows it now: 0 when it was taken (the request goes now),
	 * else how many ms to wait before asking again; undefined when a pause or slowdown voided the turn
	 * (plan a new one). Checked at send time, against what the requests sent so far really did.
	 */
	tryUse(turn: Turn, nowMs: number): number | undefined {
		if (turn.generation !== this.generation) return undefined;
		let readyAtMs = Math.max(turn.atMs, this.pausedUntilMs);
		const spacing = this.spacingMs(nowMs, turn.ratePerSecond);
		// Spaced from the plan, not from when the last one really left: a timer firing late must not
		// push every later request back. Two never leave closer than half the spacing, and the window
		// rule (from when requests really left) keeps N to a second.
		if (spacing > 0) readyAtMs = Math.max(readyAtMs, this.lastSentMs + spacing / 2, this.windowBoundMs(spacing));
		// Timers may fire a moment early; a millisecond is below any API's resolution.
		if (readyAtMs - nowMs > 1) return readyAtMs - nowMs;
		turn.sentAtMs = nowMs;
		if (spacing > 0) {
			this.lastSentMs = nowMs;
			this.sent.push(turn);
			if (this.sent.length > REMEMBERED_TURNS) this.sent.shift();
		}
		return 0;
	}

	/** How long the API asked everyone to wait (a 429's Retry-After, an exhausted quota); 0 when none. */
	pauseMs(nowMs: number): number {
		return Math.max(0, this.pausedUntilMs - nowMs);
	}

	/** The header behind the pause in force, when the API asked for longer than the bound; else undefined. */
	pauseCutFrom(nowMs: number): string | undefined {
		return this.pauseMs(nowMs) > 0 ? this.pauseBeyondBound : undefined;
	}

	/** Milliseconds between two requests at this rate, as lowered by recent refusals; 0 = unlimited. */
	spacingMs(nowMs: number, ratePerSecond: number): number {
		if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) return 0;
		return (1000 + WINDOW_GUARD_MS) / this.ceiling.rateAt(nowMs, ratePerSecond);
	}

	/** Records the answer to a request sent on `turn`, and what it said about the rate limit. */
	answered(turn: Turn, headers: Record<string, string | undefined>, status: number | undefined, nowMs: number): void {
		turn.answeredAtMs = nowMs;
		this.learnRate(turn, status);
		const remaining = headers['x-rate-limit-remaining'];
		const reset = rateLimitResetWait(headers, nowMs);
		if (remaining !== undefined && Number(remaining) <= 0 && reset !== undefined) this.pauseFor(nowMs, reset);
		if (status === 429) {
			if (turn.generation === this.generation) this.slowDown(nowMs);
			this.pauseFor(nowMs, retryAfterWait(headers, nowMs) ?? { waitMs: DEFAULT_REFUSAL_PAUSE_MS, sent: 'HTTP 429' });
		}
	}

	private pauseFor(nowMs: number, wait: ServerWait): void {
		const beyondBound = wait.waitMs > MAX_SERVER_WAIT_MS;
		if (this.pauseUntil(nowMs + Math.min(wait.waitMs, MAX_SERVER_WAIT_MS))) this.pauseBeyondBound = beyondBound ? wait.sent : undefined;
	}

	/** The earliest the next request may go so that it and the N sent before it span a full window. */
	private windowBoundMs(spacing: number): number {
		const perWindow = Math.max(1, Math.floor((1000 + WINDOW_GUARD_MS) / spacing));
		const earlier = this.sent[this.sent.length - perWindow];
		return earlier ? this.latestCountMs(earlier) + perWindow * spacing : Number.NEGATIVE_INFINITY;
	}

	/**
	 * The latest the API may have counted a sent request: when it was sent, plus however much longer
	 * its round trip took than the fastest one remembered (the extra time may all have passed before
	 * it arrived). A request still in flight counts from when it was sent.
	 */
	private latestCountMs(turn: Turn): number {
		const sentAtMs = turn.sentAtMs ?? turn.atMs;
		if (turn.answeredAtMs === undefined) return sentAtMs;
		let fastest = turn.answeredAtMs - sentAtMs;
		for (const other of this.sent) {
			if (other.answeredAtMs !== undefined && other.sentAtMs !== undefined) fastest = Math.min(fastest, other.answeredAtMs - other.sentAtMs);
		}
		return Math.max(sentAtMs, turn.answeredAtMs - Math.max(0, fastest));
	}

	/**
	 * What a paced request's answer says about the account's rate: a refusal (the first of its burst)
	 * lowers it to what the API accepted in the second before; an accepted request may confirm a
	 * faster try.
	 */
	private learnRate(turn: Turn, status: number | undefined): void {
		if (!(turn.ratePerSecond > 0) || turn.sentAtMs === undefined) return;
		const sentAtMs = turn.sentAtMs;
		const sentWithin = (other: Turn, ms: number) => other.sentAtMs !== undefined && other.sentAtMs <= sentAtMs && other.sentAtMs > sentAtMs - ms;
		if (status === 429) {
			turn.refused = true;
			if (turn.generation !== this.generation) return;
			// Requests still in flight count as accepted: they reached the API before this one.
			const accepted = this.sent.filter((other) => other !== turn && !other.refused && sentWithin(other, COUNTED_SECOND_MS)).length;
			this.ceiling.refused(sentAtMs, turn.ratePerSecond, accepted);
		} else if (status !== undefined && status < 500) {
			const accepted = this.sent.filter((other) => other.answeredAtMs !== undefined && !other.refused && sentWithin(other, PROOF_SECONDS * COUNTED_SECOND_MS)).length;
			this.ceiling.accepted(turn.answeredAtMs ?? sentAtMs, accepted);
		}
	}

	/** The first refusal of a burst: no faster try for a while, and turns planned at the old rate are void. */
	private slowDown(nowMs: number): void {
		this.ceiling.holdFrom(nowMs);
		this.restartSchedule();
	}

	/** Returns whether the pause was extended. */
	private pauseUntil(untilMs: number): boolean {
		if (untilMs <= this.pausedUntilMs) return false;
		this.pausedUntilMs = untilMs;
		this.restartSchedule();
		return true;
	}

	/** Voids the turns planned but not yet used; the next ones are planned from the end of the pause. */
	private restartSchedule(): void {
		this.generation++;
		this.lastTurnMs = Number.NEGATIVE_INFINITY;
	}
}
