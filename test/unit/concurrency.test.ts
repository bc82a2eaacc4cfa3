import { mapWithConcurrency, RequestSlots } from '../../nodes/shared/concurrency';

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

describe('RequestSlots', () => {
	it('runs at most its limit at once; a task marked first takes the next free slot before those waiting longer', async () => {
		const slots = new RequestSlots(2);
		const releases: Array<() => void> = [];
		const started: string[] = [];
		let running = 0;
		let most = 0;
		const task = (name: string) => async () => {
			started.push(name);
			running++;
			most = Math.max(most, running);
			await new Promise<void>((resolve) => releases.push(resolve));
			running--;
			return name;
		};
		const done = [slots.run(task('a')), slots.run(task('b')), slots.run(task('c')), slots.run(task('d')), slots.run(task('ids'), true)];
		await tick();
		expect(started).toEqual(['a', 'b']);
		releases.shift()!();
		await tick();
		await tick();
		expect(started).toEqual(['a', 'b', 'ids']);
		while (releases.length > 0 || started.length < 5) {
			releases.shift()?.();
			await tick();
			await tick();
		}
		expect(await Promise.all(done)).toEqual(['a', 'b', 'c', 'd', 'ids']);
		expect(started).toEqual(['a', 'b', 'ids', 'c', 'd']);
		expect(most).toBe(2);
	});

	it('frees the slot of a task that failed', async () => {
		const slots = new RequestSlots(1);
		await expect(slots.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
		await expect(slots.run(async () => 'next')).resolves.toBe('next');
	});
});
