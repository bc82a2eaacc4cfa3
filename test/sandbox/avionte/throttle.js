/**
 * Avionté-style throttling: at most N requests per rolling second per API key (counted as a gateway
 * subscription is), beyond that 429 with Retry-After. 0 means no limit. The rate outlives data resets.
 */
function createAvionteThrottle({ now, keyHeader, ratePerSecond = 0 }) {
	let rate = ratePerSecond;
	let refusals = 0;
	/** API key → times (ms) of its recent accepted requests; the key itself is only held in memory here. */
	const recentByKey = new Map();
	return {
		get refusals() {
			return refusals;
		},
		setRate(next) {
			rate = next;
		},
		/** `[status, body, headers]` refusing the request, or undefined when it may go ahead (and is counted). */
		refusal(req) {
			if (rate <= 0) return undefined;
			const apiKey = String(req.headers[keyHeader.toLowerCase()] ?? '');
			let recent = recentByKey.get(apiKey);
			if (!recent) recentByKey.set(apiKey, (recent = []));
			// A request at exactly one second ago still counts.
			const cutoff = now() - 1000;
			while (recent.length && recent[0] < cutoff) recent.shift();
			if (recent.length >= rate) {
				refusals++;
				return [429, { message: 'Too many requests' }, { 'Retry-After': '1' }];
			}
			recent.push(now());
			return undefined;
		},
		clearRefusals() {
			refusals = 0;
		},
		/** Forgets the counts (not the rate). */
		reset() {
			refusals = 0;
			recentByKey.clear();
		},
	};
}

module.exports = { createAvionteThrottle };
