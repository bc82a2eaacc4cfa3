/**
 * Where request budgets live: one per API account for the whole n8n process, so every item of a run,
 * every run of a workflow and every trigger or list search using the same account share it. The key
 * is a hash of what identifies the account (API base, key, tenant), never the secrets themselves.
 */
import { sleep } from 'n8n-workflow';

import type { Turn } from './rateBudget';
import { RateBudget } from './rateBudget';
import { tokenCacheKey } from './tokenCoalescer';

const budgets = new Map<string, RateBudget>();

export function budgetFor(account: ReadonlyArray<string | number | undefined>): RateBudget {
	const key = tokenCacheKey(['rate-budget', ...account]);
	let budget = budgets.get(key);
	if (!budget) {
		budget = new RateBudget();
		budgets.set(key, budget);
	}
	return budget;
}

/** "Max Requests per Second" of a node run, set once per execution context by the item loop. */
const runRates = new WeakMap<object, number>();

export function setRunRatePerSecond(context: object, ratePerSecond: number): void {
	runRates.set(context, ratePerSecond);
}

export function runRatePerSecond(context: object): number | undefined {
	return runRates.get(context);
}

export interface TurnClock {
	now: () => number;
	sleep: (ms: number) => Promise<void>;
}

const realClock: TurnClock = { now: () => Date.now(), sleep };

/**
 * Waits until the budget lets a request go and returns its turn. A turn voided while waiting (a 429
 * or quota pause meanwhile) is given up and a new one planned behind the pause. Returns undefined,
 * without waiting, when the API's pause is longer than `maxPauseMs`.
 */
export async function takeTurn(budget: RateBudget, ratePerSecond: number, maxPauseMs: number, clock: TurnClock = realClock): Promise<Turn | undefined> {
	for (;;) {
		if (budget.pauseMs(clock.now()) > maxPauseMs) return undefined;
		const turn = budget.reserve(clock.now(), ratePerSecond);
		for (;;) {
			const waitMs = budget.tryUse(turn, clock.now());
			if (waitMs === undefined) break;
			if (waitMs === 0) return turn;
			await clock.sleep(waitMs);
		}
	}
}

/** Forgets every budget (tests: a sandbox reset is a fresh API account). */
export function forgetBudgets(): void {
	budgets.clear();
}
