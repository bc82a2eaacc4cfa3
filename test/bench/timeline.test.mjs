import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeTimeline, splitIntoWaves } from './timeline.mjs';

const call = (at, finishedAt) => ({ at, finishedAt });

test('windows of parallel calls are one wave each', () => {
	const waves = splitIntoWaves([call(10, 60), call(12, 63), call(11, 61), call(70, 121), call(71, 122)]);
	assert.deepEqual(
		waves.map((wave) => wave.calls.length),
		[3, 2],
	);
});

test('lanes that refill one by one start a new wave at the first refill', () => {
	// Lane 1 answers at 60 and sends again at 65, while lanes 2 and 3 are still waiting.
	const waves = splitIntoWaves([call(10, 60), call(11, 70), call(12, 72), call(65, 115), call(75, 125)]);
	assert.deepEqual(
		waves.map((wave) => wave.calls.length),
		[3, 2],
	);
});

test('the parts add up to the node time', () => {
	const parts = describeTimeline([call(110, 160), call(111, 162), call(175, 226), call(176, 228)], 100, 235);
	assert.deepEqual(parts, { totalMs: 135, waves: 2, beforeFirstCallMs: 10, answeringMs: 52 + 53, gapsMs: [13], afterLastAnswerMs: 7 });
	assert.equal(parts.beforeFirstCallMs + parts.answeringMs + parts.gapsMs[0] + parts.afterLastAnswerMs, 135);
});

test('a node that calls nothing spends all its time before a first call', () => {
	assert.equal(describeTimeline([], 0, 42).beforeFirstCallMs, 42);
});
