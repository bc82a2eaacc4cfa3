// Where a node's time goes, read from the sandbox ledger: how many waves of API calls it made, how
// long the API took to answer them, and how long the client took between one wave's answers and the
// next wave's requests. The parts add up exactly to the node's execution time.

/**
 * Splits calls into waves: a call joins the current wave if it was sent before any call of that wave
 * had been answered; a call sent after an answer starts a new wave.
 * @param {Array<{ at: number, finishedAt: number }>} calls sandbox ledger entries (epoch ms)
 */
export function splitIntoWaves(calls) {
	const waves = [];
	for (const call of [...calls].sort((a, b) => a.at - b.at)) {
		const current = waves.at(-1);
		if (current && call.at < current.firstAnswerAt) {
			current.calls.push(call);
			current.firstAnswerAt = Math.min(current.firstAnswerAt, call.finishedAt);
			current.lastAnswerAt = Math.max(current.lastAnswerAt, call.finishedAt);
		} else {
			waves.push({ calls: [call], sentAt: call.at, firstAnswerAt: call.finishedAt, lastAnswerAt: call.finishedAt });
		}
	}
	return waves;
}

/**
 * @param {Array<{ at: number, finishedAt: number }>} calls
 * @param {number} nodeStart n8n's startTime of the node (epoch ms)
 * @param {number} nodeEnd nodeStart + executionTime
 */
export function describeTimeline(calls, nodeStart, nodeEnd) {
	const waves = splitIntoWaves(calls);
	const totalMs = nodeEnd - nodeStart;
	if (waves.length === 0) return { totalMs, waves: 0, beforeFirstCallMs: totalMs, answeringMs: 0, gapsMs: [], afterLastAnswerMs: 0 };
	return {
		totalMs,
		waves: waves.length,
		beforeFirstCallMs: waves[0].sentAt - nodeStart,
		answeringMs: waves.reduce((sum, wave) => sum + (wave.lastAnswerAt - wave.sentAt), 0),
		/** Per wave after the first: from the previous wave's last answer to this wave's first request. */
		gapsMs: waves.slice(1).map((wave, index) => wave.sentAt - waves[index].lastAnswerAt),
		afterLastAnswerMs: nodeEnd - waves.at(-1).lastAnswerAt,
	};
}
