/**
 * What the items of one execution share while they sync talents: the one listing of all talents, the
 * talents earlier items created or changed (so two items for one person make one talent), and locks
 * that make items for the same person wait for each other while different people go in parallel.
 */
import type { IDataObject } from 'n8n-workflow';

import type { TalentIndex } from './talentIndex';
import { talentKeys } from './talentIndex';

export interface SyncRun {
	/** The listing, read at most once per execution. */
	index?: Promise<TalentIndex>;
	/** The listing once it has been read completely. */
	listed?: TalentIndex;
	/** Talents this execution created, changed or planned, by every key they can be found by. */
	touched: Map<string, IDataObject>;
	locks: Map<string, Promise<void>>;
	/** Talents read by their ID before the first write (compared without another call, read again before a write). */
	read: Map<number, IDataObject>;
	/** Hints already given in this execution. */
	hints: Set<string>;
	/** Talents this execution has written so far, for an error that stops it part-way. */
	written: { created: number; updated: number };
}

const runs = new WeakMap<object, SyncRun>();

/** The state of the execution `context` runs (n8n gives each node run one context object). */
export function syncRunOf(context: object): SyncRun {
	let run = runs.get(context);
	if (!run) {
		run = { touched: new Map(), read: new Map(), locks: new Map(), hints: new Set(), written: { created: 0, updated: 0 } };
		runs.set(context, run);
	}
	return run;
}

/** Remembers a talent under every key it can be found by (its id, email, SSN, name + mobile). */
export function remember(run: SyncRun, talent: IDataObject, alsoUnder: Array<string | undefined> = []): void {
	for (const key of [...talentKeys(talent), ...alsoUnder]) if (key) run.touched.set(key, talent);
}

/** The talent an earlier item of this execution left under one of `keys`. */
export function touchedBy(run: SyncRun, keys: Array<string | undefined>): IDataObject | undefined {
	for (const key of keys) {
		const talent = key ? run.touched.get(key) : undefined;
		if (talent) return talent;
	}
	return undefined;
}

/**
 * Runs `task` once no earlier task holding any of `keys` is running. Each task queues behind the
 * last holder of each of its keys, all at once when it arrives, so waits only ever point to earlier
 * tasks and cannot deadlock.
 */
export async function withLocks<T>(run: SyncRun, keys: Array<string | undefined>, task: () => Promise<T>): Promise<T> {
	const held = [...new Set(keys.filter((key): key is string => key !== undefined))];
	const before = held.map((key) => run.locks.get(key));
	let release = () => {};
	const mine = new Promise<void>((resolve) => (release = resolve));
	for (const key of held) run.locks.set(key, mine);
	await Promise.all(before);
	try {
		return await task();
	} finally {
		release();
		for (const key of held) if (run.locks.get(key) === mine) run.locks.delete(key);
	}
}
