/**
 * Runs async work with at most `limit` tasks in flight, keeping results in input order.
 * Promise-based (no timers), so it is safe on n8n Cloud.
 *
 * After a task fails no new task starts, and the failure is raised only once the tasks already in
 * flight have settled: a node that reports an error must not go on writing records in the
 * background (the user would re-run the items after the failed one and duplicate them). When several
 * tasks fail, the one with the lowest index is raised, as a one-by-one run would have.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	const width = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
	let next = 0;
	const state: { failure?: { index: number; error: unknown } } = {};
	async function lane(): Promise<void> {
		while (state.failure === undefined && next < items.length) {
			const index = next++;
			try {
				results[index] = await worker(items[index], index);
			} catch (error) {
				// Another lane may have failed while this one awaited.
				const earlier = state.failure as { index: number } | undefined;
				if (earlier === undefined || index < earlier.index) state.failure = { index, error };
			}
		}
	}
	await Promise.all(Array.from({ length: width }, lane));
	if (state.failure !== undefined) throw state.failure.error;
	return results;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
	return chunks;
}

/**
 * Request slots shared by several producers of work: at most `limit` tasks run at once. A waiting task
 * takes the next free slot in arrival order, tasks marked `first` before all others (work that finds
 * more work, such as reading the next page of a listing, should not queue behind that work).
 */
export class RequestSlots {
	private free: number;

	private readonly waitingFirst: Array<() => void> = [];

	private readonly waiting: Array<() => void> = [];

	constructor(limit: number) {
		this.free = Math.max(1, Math.floor(limit) || 1);
	}

	async run<T>(task: () => Promise<T>, first = false): Promise<T> {
		if (this.free > 0) this.free--;
		else await new Promise<void>((resolve) => (first ? this.waitingFirst : this.waiting).push(resolve));
		try {
			return await task();
		} finally {
			const next = this.waitingFirst.shift() ?? this.waiting.shift();
			if (next) next();
			else this.free++;
		}
	}
}
