import { mapWithConcurrency } from '../../nodes/shared/concurrency';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapWithConcurrency after a failure', () => {
	it('starts no new task, waits for the ones in flight, then raises the lowest failing index', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const run = mapWithConcurrency([0, 1, 2, 3, 4, 5, 6, 7], 3, async (value) => {
			started.push(value);
			await tick();
			if (value === 2) throw new Error('item 2 failed');
			if (value === 1) {
				await tick();
				await tick();
				throw new Error('item 1 failed');
			}
			await tick();
			finished.push(value);
			return value;
		});
		await expect(run).rejects.toThrow('item 1 failed');
		// 0, 1, 2 start together; 2 fails first, so nothing after the lanes' current items starts.
		expect(started).toEqual([0, 1, 2]);
		expect(finished).toEqual([0]);
	});

	it('a failure with nothing else in flight is raised at once', async () => {
		await expect(mapWithConcurrency([1], 4, async () => Promise.reject(new Error('only')))).rejects.toThrow('only');
	});
});
