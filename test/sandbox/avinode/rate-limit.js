/**
 * The Avinode Marketplace's hourly request quota: every answer carries `X-Rate-Limit-*` headers, and
 * once the quota is used the API answers 403 [C]. Schedaero has no rate limits [C].
 */
function createQuota({ now, rateLimit }) {
	let quota = { windowStart: now(), used: 0 };

	function current() {
		const { limit, windowSeconds } = rateLimit();
		if (now() - quota.windowStart >= windowSeconds * 1000) quota = { windowStart: now(), used: 0 };
		const reset = Math.max(0, Math.ceil((quota.windowStart + windowSeconds * 1000 - now()) / 1000));
		return { limit, remaining: Math.max(0, limit - quota.used), reset };
	}

	return {
		/** Counts a request: `{ headers, exhausted }`, the headers as they stand after it. */
		take() {
			const { limit, remaining, reset } = current();
			const headers = { 'X-Rate-Limit-Limit': String(limit), 'X-Rate-Limit-Remaining': String(remaining), 'X-Rate-Limit-Reset': String(reset) };
			if (remaining <= 0) return { headers, exhausted: true };
			quota.used += 1;
			headers['X-Rate-Limit-Remaining'] = String(Math.max(0, limit - quota.used));
			return { headers, exhausted: false };
		},
		get used() {
			return quota.used;
		},
		reset() {
			quota = { windowStart: now(), used: 0 };
		},
	};
}

module.exports = { createQuota };
