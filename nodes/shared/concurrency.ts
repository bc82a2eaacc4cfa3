/**
 * Runs async work with at most `limit` tasks in flight, keeping results in input order.
 * Promise-based (no timers), so it is safe on n8n Cloud.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	const width = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
	let next = 0;
	async function lane(): Promise<void> {
		while (next < items.length) {
			const index = next++;
			results[index] = await worker(items[index], index);
		}
	}
	await Promise.all(Array.from({ length: width }, lane));
	return results;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
	return chunks;
}
