/**
 * The rate an API account really allows, learned from its refusals (pure: the clock is passed in).
 *
 * "Max Requests per Second" is what the user expects; a tenant may allow less (Avionté: "3–5 requests
 * a second" [C: FAQ]). A 429 after N requests were accepted in the second before it says the API
 * counts N a second: the account then goes at N. When the count cannot tell (we were not sending that
 * fast, or other clients share the key), the rate is halved instead, and a refusal never lowers it by
 * more than half at once. A minute after the last refusal one step faster is tried (+1 a second, or
 * +10 % when that is more), and kept once the API accepted it for {@link PROOF_SECONDS} seconds on
 * end (one good second proves nothing to a counter of fixed seconds); a refused try falls back to the
 * rate that was known to pass and waits twice as long before the next one (at most
 * {@link MAX_PROBE_AFTER_MS}). So once learned, the account meets at most one refusal a minute, and a
 * tenant whose limit rises is followed up, slowly.
 */

/** One second as the API's counter may see it: one real second plus room for jitter. */
export const COUNTED_SECOND_MS = 1020;
/** How many counted seconds a faster rate must pass before it is kept. */
export const PROOF_SECONDS = 5;
/** How long a learned rate holds before one step faster is tried. */
export const PROBE_AFTER_MS = 60_000;
/** The longest wait between tries after repeated refused ones. */
export const MAX_PROBE_AFTER_MS = 16 * 60_000;
/** The most one refusal lowers the rate: by half. */
export const SLOWDOWN_FACTOR = 0.5;
/** The rate never goes below this many requests a second. */
export const MIN_RATE_PER_SECOND = 0.25;

/** One step faster than `ratePerSecond`. */
export function fasterRate(ratePerSecond: number): number {
	return ratePerSecond + Math.max(1, ratePerSecond / 10);
}

/**
 * The rate to learn from a refusal: what the API accepted in the second before it, unless that does
 * not tell (as many as the rate sent, or fewer than half of it: then half the rate).
 */
export function rateAfterRefusal(sendingRate: number, acceptedInSecond: number): number {
	const halved = sendingRate * SLOWDOWN_FACTOR;
	const learned = acceptedInSecond < sendingRate ? Math.max(acceptedInSecond, halved) : halved;
	return Math.max(MIN_RATE_PER_SECOND, learned);
}

export class RateCeiling {
	/** The most requests a second the API was seen to allow; undefined until it refused one. */
	private allowed?: number;

	/** When one step faster is tried next. */
	private probeAtMs = Number.POSITIVE_INFINITY;

	private probeAfterMs = PROBE_AFTER_MS;

	/** The most requests a second allowed at `nowMs`: the learned rate, one step faster while a try is due; undefined = not learned. */
	ceilingAt(nowMs: number): number | undefined {
		if (this.allowed === undefined) return undefined;
		return nowMs >= this.probeAtMs ? fasterRate(this.allowed) : this.allowed;
	}

	/** The rate a request set to `configured` a second goes at. */
	rateAt(nowMs: number, configured: number): number {
		const ceiling = this.ceilingAt(nowMs);
		return ceiling === undefined ? configured : Math.min(configured, ceiling);
	}

	/**
	 * The first refusal of a burst: the request went at `sentAtMs`, set to `configured` a second, after
	 * `acceptedInSecond` requests the API took in the second before it. Lowers the rate; a refused try
	 * goes back to the rate that passed before it and makes the next try wait longer.
	 */
	refused(sentAtMs: number, configured: number, acceptedInSecond: number): void {
		const trying = this.allowed !== undefined && sentAtMs >= this.probeAtMs;
		const learned = rateAfterRefusal(this.rateAt(sentAtMs, configured), acceptedInSecond);
		this.allowed = trying && this.allowed !== undefined ? Math.min(this.allowed, learned) : learned;
		if (trying) this.probeAfterMs = Math.min(MAX_PROBE_AFTER_MS, this.probeAfterMs * 2);
	}

	/** No faster try before a while from `nowMs` (after a refusal, or a try that passed). */
	holdFrom(nowMs: number): void {
		if (this.allowed !== undefined) this.probeAtMs = nowMs + this.probeAfterMs;
	}

	/**
	 * An accepted request, the `acceptedInProof`-th the API took in the last {@link PROOF_SECONDS}
	 * counted seconds: keeps a try once that many went at its rate.
	 */
	accepted(nowMs: number, acceptedInProof: number): void {
		if (this.allowed === undefined || nowMs < this.probeAtMs) return;
		const trying = fasterRate(this.allowed);
		if (acceptedInProof < Math.ceil(trying * PROOF_SECONDS)) return;
		this.allowed = trying;
		this.holdFrom(nowMs);
	}
}
