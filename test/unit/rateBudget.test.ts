import type { Turn } from '../../nodes/shared/rateBudget';
import { DEFAULT_REFUSAL_PAUSE_MS, RateBudget, WINDOW_GUARD_MS } from '../../nodes/shared/rateBudget';
import { fasterRate, MAX_PROBE_AFTER_MS, MIN_RATE_PER_SECOND, PROBE_AFTER_MS, PROOF_SECONDS, RateCeiling, rateAfterRefusal } from '../../nodes/shared/rateCeiling';
import type { TurnClock } from '../../nodes/shared/throttle';
import { budgetFor, takeTurn } from '../../nodes/shared/throttle';

const SPACING_AT_5 = (1000 + WINDOW_GUARD_MS) / 5;
const spacingAt = (rate: number) => (1000 + WINDOW_GUARD_MS) / rate;

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

	it('after a 429: pauses for Retry-After, voids turns already handed out, then goes at the rate the API accepted', () => {
		const budget = new RateBudget();
		// A tenant allowing 3 a second, the option at 5: three pass, the fourth is refused.
		const passed = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		passed.forEach((turn) => budget.answered(turn, {}, 201, turn.atMs + 100));
		const refused = send(budget, 0, 5);
		const waiting: Turn[] = [budget.reserve(0, 5), budget.reserve(0, 5)];
		budget.answered(refused, { 'retry-after': '2' }, 429, refused.atMs + 100);
		const answeredAt = refused.atMs + 100;
		expect(budget.pauseMs(answeredAt)).toBe(2000);
		// Requests that were waiting for a later turn must not go out in the gap: their turns are void.
		for (const turn of waiting) expect(budget.tryUse(turn, turn.atMs)).toBeUndefined();
		// 3 a second from then on, not half of 5.
		expect(budget.spacingMs(answeredAt, 5)).toBe(spacingAt(3));
		const next = [send(budget, answeredAt, 5), send(budget, answeredAt, 5)];
		expect(next.map((turn) => turn.atMs)).toEqual([answeredAt + 2000, answeredAt + 2000 + spacingAt(3)]);
		// Still 3 a second long after the pause: it holds until a faster try, not for a fixed minute.
		expect(budget.spacingMs(answeredAt + PROBE_AFTER_MS - 1, 5)).toBe(spacingAt(3));
	});

	it('a 429 without Retry-After pauses for a second', () => {
		const budget = new RateBudget();
		budget.answered(send(budget, 0, 5), {}, 429, 1000);
		expect(budget.pauseMs(1000)).toBe(DEFAULT_REFUSAL_PAUSE_MS);
	});

	it('one burst of refusals teaches once: requests sent before the refusal was known do not lower the rate again', () => {
		const budget = new RateBudget();
		const passed = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		passed.forEach((turn) => budget.answered(turn, {}, 201, turn.atMs + 100));
		const burst = [send(budget, 0, 5), send(budget, 0, 5)];
		for (const turn of burst) budget.answered(turn, { 'retry-after': '1' }, 429, 1100);
		expect(budget.spacingMs(1100, 5)).toBe(spacingAt(3));
	});

	it('a refusal the count cannot explain (the first request, or as many as the rate sent) halves the rate; repeated ones go down to a floor', () => {
		const budget = new RateBudget();
		// The very first request refused: nothing was accepted before it.
		budget.answered(send(budget, 0, 5), { 'retry-after': '1' }, 429, 100);
		expect(budget.spacingMs(200, 5)).toBe(spacingAt(2.5));
		for (let i = 0; i < 12; i++) {
			const at = 2000 + i * 5000;
			budget.answered(send(budget, at, 5), {}, 429, at + 100);
		}
		expect(budget.spacingMs(100_000, 5)).toBe(spacingAt(MIN_RATE_PER_SECOND));
	});

	it('a run set below the learned rate keeps its own rate; one set above it goes at the learned rate', () => {
		const budget = new RateBudget();
		const passed = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		passed.forEach((turn) => budget.answered(turn, {}, 201, turn.atMs + 100));
		budget.answered(send(budget, 0, 5), {}, 429, 700);
		expect(budget.spacingMs(800, 2)).toBe(spacingAt(2));
		expect(budget.spacingMs(800, 10)).toBe(spacingAt(3));
		// No per-second limit stays none: a refusal only pauses it.
		expect(budget.spacingMs(800, 0)).toBe(0);
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

describe('RateCeiling', () => {
	it('learns from a refusal what the API accepted in the second before it, never less than half the rate sent', () => {
		expect(rateAfterRefusal(5, 3)).toBe(3);
		expect(rateAfterRefusal(5, 4)).toBe(4);
		// Fewer than half: the count cannot tell (a start, another client on the key): half.
		expect(rateAfterRefusal(5, 1)).toBe(2.5);
		expect(rateAfterRefusal(5, 0)).toBe(2.5);
		// As many as were sent and still refused: the limit is not a per-second count of ours.
		expect(rateAfterRefusal(3, 3)).toBe(1.5);
		expect(rateAfterRefusal(0.3, 0)).toBe(MIN_RATE_PER_SECOND);
	});

	it('tries one step faster: +1 a second, or +10 % when that is more', () => {
		expect(fasterRate(3)).toBe(4);
		expect(fasterRate(2.5)).toBe(3.5);
		expect(fasterRate(30)).toBe(33);
	});

	it('changes nothing until a refusal', () => {
		const ceiling = new RateCeiling();
		ceiling.accepted(0, 10);
		expect(ceiling.ceilingAt(0)).toBeUndefined();
		expect(ceiling.rateAt(0, 5)).toBe(5);
	});

	it('a minute after the refusal tries one step faster, and keeps it once the API accepted it for the proof\'s seconds on end', () => {
		const ceiling = new RateCeiling();
		ceiling.refused(0, 5, 3);
		ceiling.holdFrom(100);
		expect(ceiling.rateAt(100 + PROBE_AFTER_MS - 1, 5)).toBe(3);
		const trying = 100 + PROBE_AFTER_MS;
		expect(ceiling.rateAt(trying, 5)).toBe(4);
		// Four a second for less than the proof's seconds prove nothing yet; for all of them, they do.
		ceiling.accepted(trying + 4000, 4 * PROOF_SECONDS - 1);
		expect(ceiling.rateAt(trying + 4000, 5)).toBe(4);
		expect(ceiling.ceilingAt(trying + 4000)).toBe(4);
		ceiling.accepted(trying + 5000, 4 * PROOF_SECONDS);
		// Kept: 4 now, and 5 (the option) tried a minute later.
		expect(ceiling.rateAt(trying + 5001, 5)).toBe(4);
		expect(ceiling.rateAt(trying + 5000 + PROBE_AFTER_MS, 5)).toBe(5);
	});

	it('a refused try goes back to the rate that passed, and waits twice as long before the next, up to a bound', () => {
		const ceiling = new RateCeiling();
		ceiling.refused(0, 5, 3);
		ceiling.holdFrom(0);
		let now = PROBE_AFTER_MS;
		let wait = PROBE_AFTER_MS;
		for (let i = 0; i < 8; i++) {
			expect(ceiling.rateAt(now, 5)).toBe(4);
			// The try is refused after 3 accepted: back to 3.
			ceiling.refused(now, 5, 3);
			ceiling.holdFrom(now + 100);
			wait = Math.min(MAX_PROBE_AFTER_MS, wait * 2);
			expect(ceiling.rateAt(now + 100, 5)).toBe(3);
			expect(ceiling.rateAt(now + 100 + wait - 1, 5)).toBe(3);
			now = now + 100 + wait;
		}
		expect(wait).toBe(MAX_PROBE_AFTER_MS);
	});
});

/**
 * A simulated API that allows `limit` requests in any second (a request exactly one second after an
 * accepted one still counts, as the sandbox does) and a client that keeps up to 3 requests in flight
 * at a set rate, each answered 100 ms after it left (the API counts it after 50 ms). Refused requests
 * are sent again, as the transport does. Everything runs on the budget's own clock, no timers.
 */
function simulate(options: { limit: number; configured: number; minutes: number; window?: 'rolling' | 'fixed' }) {
	const budget = new RateBudget();
	const counted: number[] = [];
	const refusals: number[] = [];
	const accepted: number[] = [];
	const inFlight: Array<{ turn: Turn; answerAtMs: number; refused: boolean }> = [];
	const endMs = options.minutes * 60_000;
	let now = 0;
	let waiting: Turn | undefined;
	const allows = (atMs: number) => {
		if (options.window === 'fixed') return counted.filter((t) => Math.floor(t / 1000) === Math.floor(atMs / 1000)).length < options.limit;
		return counted.filter((t) => t >= atMs - 1000).length < options.limit;
	};
	while (now < endMs) {
		if (!waiting && inFlight.length < 3) waiting = budget.reserve(now, options.configured);
		let readyAtMs = Number.POSITIVE_INFINITY;
		if (waiting) {
			const wait = budget.tryUse(waiting, now);
			if (wait === undefined) {
				waiting = undefined;
				continue;
			}
			if (wait === 0) {
				const arrivesAtMs = now + 50;
				const refused = !allows(arrivesAtMs);
				if (!refused) counted.push(arrivesAtMs);
				inFlight.push({ turn: waiting, answerAtMs: now + 100, refused });
				waiting = undefined;
				continue;
			}
			readyAtMs = now + wait;
		}
		inFlight.sort((a, b) => a.answerAtMs - b.answerAtMs);
		const nextAnswer = inFlight[0]?.answerAtMs ?? Number.POSITIVE_INFINITY;
		now = Math.min(readyAtMs, nextAnswer);
		while (inFlight.length > 0 && inFlight[0].answerAtMs <= now) {
			const done = inFlight.shift()!;
			budget.answered(done.turn, done.refused ? { 'retry-after': '1' } : {}, done.refused ? 429 : 201, done.answerAtMs);
			(done.refused ? refusals : accepted).push(done.answerAtMs);
		}
	}
	return { refusals, accepted };
}

const mostInAnyMinute = (times: number[]) => mostInAnyWindow(times, 59_999);

describe('RateBudget against an API that allows less than the option', () => {
	it.each([
		{ limit: 3, window: 'rolling' as const },
		{ limit: 3, window: 'fixed' as const },
		{ limit: 4, window: 'rolling' as const },
		{ limit: 2, window: 'rolling' as const },
	])('$limit a second ($window window), the option at 5: one refusal to learn it, then at most one a minute, and nearly the full rate', ({ limit, window }) => {
		const { refusals, accepted } = simulate({ limit, configured: 5, minutes: 10, window });
		// Learned within the first seconds: at most one refusal in the first minute for a rolling second.
		const firstMinute = refusals.filter((t) => t < 60_000).length;
		expect(firstMinute).toBeLessThanOrEqual(window === 'rolling' && limit >= 3 ? 1 : 2);
		// Once learned, faster tries cost at most one refusal a minute.
		const learnedAt = refusals.filter((t) => t < 60_000).at(-1) ?? 0;
		expect(mostInAnyMinute(refusals.filter((t) => t > learnedAt))).toBeLessThanOrEqual(1);
		// The last five minutes run at 95 % of the API's rate or better (halving would give 50-83 %).
		const lateAccepted = accepted.filter((t) => t >= 300_000).length;
		expect(lateAccepted / 300).toBeGreaterThanOrEqual(0.95 * limit);
		expect(lateAccepted / 300).toBeLessThanOrEqual(limit);
	});

	it('meets no refusal at all when the API allows the option', () => {
		expect(simulate({ limit: 5, configured: 5, minutes: 3 }).refusals).toEqual([]);
	});

	it('follows a limit that was raised: tries one step faster each minute until the option', () => {
		const budget = new RateBudget();
		// Learned 3 a second at time 0.
		const passed = [send(budget, 0, 5), send(budget, 0, 5), send(budget, 0, 5)];
		passed.forEach((turn) => budget.answered(turn, {}, 201, turn.atMs + 100));
		budget.answered(send(budget, 0, 5), {}, 429, 712);
		// Requests keep going at whatever the budget allows; the API now accepts everything.
		let now = 2000;
		const rates: number[] = [];
		while (now < 4 * PROBE_AFTER_MS) {
			const turn = budget.reserve(now, 5);
			let at = turn.atMs;
			for (let wait = budget.tryUse(turn, at); wait !== 0; wait = budget.tryUse(turn, at)) at += wait ?? 0;
			budget.answered(turn, {}, 201, at + 100);
			now = at;
			rates.push((1000 + WINDOW_GUARD_MS) / budget.spacingMs(now, 5));
		}
		expect(rates[0]).toBe(3);
		expect(rates.at(-1)).toBe(5);
		expect([...new Set(rates)]).toEqual([3, 4, 5]);
	});
});
