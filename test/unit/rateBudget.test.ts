import type { Turn } from '../../nodes/shared/rateBudget';
import { DEFAULT_REFUSAL_PAUSE_MS, MIN_RATE_FACTOR, RateBudget, SLOWDOWN_MS, WINDOW_GUARD_MS } from '../../nodes/shared/rateBudget';
import type { TurnClock } from '../../nodes/shared/throttle';
import { budgetFor, takeTurn } from '../../nodes/shared/throttle';

const SPACING_AT_5 = (1000 + WINDOW_GUARD_MS) / 5;

/** Most times inside any window of `windowMs` (both ends included, the strictest reading). */
function mostInAnyWindow(times: number[], windowMs: number): number {
	let most = 0;
	for (const start of times) most = Math.max(most, times.filter((t) => t >= start && t <= start + windowMs).length);
	return most;
}

/** Reserves and uses a turn, as a request that goes out does. */
function send(budget: RateBudget, nowMs: number, rate: number): Turn {
	const turn = budget.reserve(nowMs, rate);
	expect(budget.tryUse(turn, turn.atMs)).toBe(0);
	return turn;
}

describe('RateBudget', () => {
	it('spaces turns evenly: never more than the rate inside any second, even counted inclusively', () => {
		const budget = new RateBudget();
		const turns = Array.from({ length: 50 }, () => send(budget, 0, 5).atMs);
		expect(turns.slice(0, 3)).toEqual([0, SPACING_AT_5, 2 * SPACING_AT_5]);
		expect(mostInAnyWindow(turns, 1000)).toBe(5);
		expect(turns[5] - turns[0]).toBe(1000 + WINDOW_GUARD_MS);
	});

	it('does not save up turns while idle (no burst after a quiet spell)', () => {
		const budget = new RateBudget();
		expect(send(budget, 0, 5).atMs).toBe(0);
		expect(send(budget, 10_000, 5).atMs).toBe(10_000);
		expect(send(budget, 10_000, 5).atMs).toBe(10_000 + SPACING_AT_5);
	});

	it('with no per-second limit (0) lets every request go at once, but still honours a pause', () => {
		const budget = new RateBudget();
		expect([budget.reserve(0, 0).atMs, budget.reserve(0, 0).atMs]).toEqual([0, 0]);
		budget.answered(budget.reserve(100, 0), { 'retry-after': '3' }, 429, 100);
		expect(budget.reserve(200, 0).atMs).toBe(3100);
	});

	it('spaces each request by its own rate when runs with different settings share an account', () => {
		const budget = new RateBudget();
		send(budget, 0, 5);
		expect(send(budget, 0, 2).atMs).toBe((1000 + WINDOW_GUARD_MS) / 2);
	});

	it('a request whose answer came late (a token fetch before it) pushes the request N turns later back as much', () => {
		const budget = new RateBudget();
		// Request 0 fetched a token first: its answer took 230 ms; the others took 110 ms.
		const sent = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		budget.answered(sent[0], {}, 201, 230);
		budget.answered(sent[1], {}, 201, sent[1].atMs + 110);
		sent.push(send(budget, 230, 5), send(budget, 320, 5));
		// It may have reached the API 120 ms after its turn; five turns after it waits 120 ms more.
		expect(send(budget, 530, 5).atMs).toBe(120 + 5 * SPACING_AT_5);
	});

	it('checks again at send time: a turn planned before a late answer was known still waits for it', () => {
		const budget = new RateBudget();
		// Six requests plan their turns at once (parallel runs), before any answer is in.
		const planned = Array.from({ length: 6 }, () => budget.reserve(0, 5));
		expect(planned[5].atMs).toBe(5 * SPACING_AT_5);
		for (const turn of planned.slice(0, 5)) expect(budget.tryUse(turn, turn.atMs)).toBe(0);
		for (const turn of planned.slice(1, 5)) budget.answered(turn, {}, 201, turn.atMs + 100);
		// The first one fetched a token: 200 ms slower than the others.
		budget.answered(planned[0], {}, 201, 300);
		expect(budget.tryUse(planned[5], planned[5].atMs)).toBe(200);
		expect(budget.tryUse(planned[5], planned[5].atMs + 200)).toBe(0);
	});

	it('answers no slower than the fastest leave the schedule alone', () => {
		const budget = new RateBudget();
		const turns: number[] = [];
		for (let i = 0; i < 20; i++) {
			const turn = send(budget, turns.length ? turns[turns.length - 1] : 0, 5);
			budget.answered(turn, {}, 200, turn.atMs + 110);
			turns.push(turn.atMs);
		}
		expect(turns[19]).toBe(19 * SPACING_AT_5);
	});

	it('after a 429: pauses for Retry-After, voids turns already handed out, halves the rate for a while', () => {
		const budget = new RateBudget();
		const sent = send(budget, 0, 5);
		const waiting: Turn[] = [budget.reserve(0, 5), budget.reserve(0, 5)];
		budget.answered(sent, { 'retry-after': '2' }, 429, 300);
		expect(budget.pauseMs(300)).toBe(2000);
		// Requests that were waiting for a later turn must not go out in the gap: their turns are void.
		for (const turn of waiting) expect(budget.tryUse(turn, turn.atMs)).toBeUndefined();
		const next = [send(budget, 400, 5), send(budget, 400, 5)];
		expect(next.map((turn) => turn.atMs)).toEqual([2300, 2300 + 2 * SPACING_AT_5]);
		// The lowered rate lasts SLOWDOWN_MS, then the configured rate is back.
		expect(budget.spacingMs(300 + SLOWDOWN_MS - 1, 5)).toBe(2 * SPACING_AT_5);
		expect(budget.spacingMs(300 + SLOWDOWN_MS, 5)).toBe(SPACING_AT_5);
	});

	it('a 429 without Retry-After pauses for a second', () => {
		const budget = new RateBudget();
		budget.answered(send(budget, 0, 5), {}, 429, 1000);
		expect(budget.pauseMs(1000)).toBe(DEFAULT_REFUSAL_PAUSE_MS);
	});

	it('one burst of refusals halves the rate once; a refusal after the slowdown halves it again, down to a floor', () => {
		const budget = new RateBudget();
		const burst = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		for (const turn of burst) budget.answered(turn, { 'retry-after': '1' }, 429, 500);
		expect(budget.spacingMs(600, 5)).toBe(2 * SPACING_AT_5);
		budget.answered(send(budget, 2000, 5), { 'retry-after': '1' }, 429, 2100);
		expect(budget.spacingMs(2200, 5)).toBe(4 * SPACING_AT_5);
		for (let i = 0; i < 10; i++) budget.answered(send(budget, 3000 + i * 10_000, 5), {}, 429, 3000 + i * 10_000);
		expect(budget.spacingMs(100_000, 5)).toBe(SPACING_AT_5 / MIN_RATE_FACTOR);
	});

	it('waits out an exhausted Avinode quota, and ignores a quota that is not exhausted', () => {
		const budget = new RateBudget();
		budget.answered(budget.reserve(0, 0), { 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': '100' }, 200, 0);
		expect(budget.pauseMs(0)).toBe(0);
		budget.answered(budget.reserve(0, 0), { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '10' }, 200, 0);
		expect(budget.pauseMs(4000)).toBe(6000);
		expect(budget.reserve(4000, 0).atMs).toBe(10_000);
	});
});

/** A clock that jumps forward on sleep, and runs `during` when a sleep passes a given time. */
function fakeClock(during?: { atMs: number; run: (nowMs: number) => void }): TurnClock & { sleeps: number[] } {
	let now = 0;
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => now,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			if (during && now < during.atMs && now + ms >= during.atMs) {
				now = during.atMs;
				during.run(now);
				during = undefined;
				return;
			}
			now += ms;
		},
	};
}

describe('takeTurn', () => {
	it('waits for its turn', async () => {
		const budget = new RateBudget();
		send(budget, 0, 5);
		const clock = fakeClock();
		const turn = await takeTurn(budget, 5, 60_000, clock);
		expect(turn?.atMs).toBe(SPACING_AT_5);
		expect(clock.now()).toBe(SPACING_AT_5);
	});

	it('a request already waiting when a 429 arrives does not go out before the pause ends', async () => {
		const budget = new RateBudget();
		const inFlight = send(budget, 0, 5);
		send(budget, 0, 5);
		const clock = fakeClock({ atMs: 100, run: (now) => budget.answered(inFlight, { 'retry-after': '2' }, 429, now) });
		const turn = await takeTurn(budget, 5, 60_000, clock);
		expect(turn?.sentAtMs).toBeGreaterThanOrEqual(2100);
		expect(clock.now()).toBeGreaterThanOrEqual(2100);
	});

	it('gives up without waiting when the API asks for a longer pause than allowed', async () => {
		const budget = new RateBudget();
		budget.answered(budget.reserve(0, 0), { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1800' }, 403, 0);
		const clock = fakeClock();
		expect(await takeTurn(budget, 0, 120_000, clock)).toBeUndefined();
		expect(clock.sleeps).toEqual([]);
	});
});

describe('budgetFor', () => {
	it('shares one budget per account, apart for another tenant or key', () => {
		const a = budgetFor(['Avionté', 'https://api.avionte.com', 'key-1', 'tenant-a']);
		expect(budgetFor(['Avionté', 'https://api.avionte.com', 'key-1', 'tenant-a'])).toBe(a);
		expect(budgetFor(['Avionté', 'https://api.avionte.com', 'key-1', 'tenant-b'])).not.toBe(a);
		expect(budgetFor(['Avionté', 'https://api.avionte.com', 'key-2', 'tenant-a'])).not.toBe(a);
	});
});

describe('RateBudget under late timers', () => {
	it('a request that left late does not push every later one back (no drift)', () => {
		const budget = new RateBudget();
		const sentAt: number[] = [];
		for (let i = 0; i < 50; i++) {
			const turn = budget.reserve(sentAt.length ? sentAt[sentAt.length - 1] : 0, 5);
			// Every timer fires 15 ms late; answers come back 100 ms after leaving.
			let now = turn.atMs + 15;
			for (let wait = budget.tryUse(turn, now); wait !== 0; wait = budget.tryUse(turn, now)) now += (wait as number) + 15;
			budget.answered(turn, {}, 201, now + 100);
			sentAt.push(now);
		}
		// 49 spacings of 204 ms is 9,996 ms; drift would add 15 ms to each one.
		expect(sentAt[49] - sentAt[0]).toBeLessThan(49 * SPACING_AT_5 + 49 * 4);
		expect(mostInAnyWindow(sentAt, 1000)).toBeLessThanOrEqual(5);
	});
});
