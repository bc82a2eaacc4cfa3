/**
 * One token fetch per credential and token lifetime, however many requests ask at once.
 *
 * n8n runs a credential's `preAuthentication` whenever the stored token is empty and again after
 * every 401, per request. Ten concurrent requests that meet an expired token would fetch ten tokens.
 * This keeps, per process, the token in flight and the one fetched last, keyed by a hash of
 * everything that identifies the client, so a changed secret never reuses an old token.
 */
import { createHash } from 'crypto';

export interface FetchedToken {
	accessToken: string;
	/** Seconds the token is valid, as the token endpoint said. */
	expiresInSeconds: number;
}

interface CachedToken {
	accessToken: string;
	/** Handed out again until then: its expiry minus a margin for requests still under way. */
	reuseUntilMs: number;
}

/** The margin before expiry: a tenth of the token's lifetime, at most a minute (an hour-long token: 60 s; a 2 s token: 200 ms). */
const MAX_EXPIRY_MARGIN_MS = 60_000;
const EXPIRY_MARGIN_SHARE = 0.1;

export function reuseWindowMs(lifetimeSeconds: number): number {
	const lifetimeMs = Math.max(0, lifetimeSeconds) * 1000;
	return lifetimeMs - Math.min(MAX_EXPIRY_MARGIN_MS, lifetimeMs * EXPIRY_MARGIN_SHARE);
}

/**
 * Tokens an API refused with a 401 in this process (hashed: the set holds nothing usable), so a
 * cached token is never handed out again once refused, even before its stated expiry. Bounded: only
 * the latest refusals matter.
 */
const refusedTokens = new Set<string>();
const REFUSED_TOKENS_KEPT = 64;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function markTokenRefused(token: string): void {
	if (!token) return;
	refusedTokens.add(tokenHash(token));
	if (refusedTokens.size > REFUSED_TOKENS_KEPT) refusedTokens.delete(refusedTokens.values().next().value as string);
}

/**
 * Tokens held by a request that `authenticate` refused to sign (another host, TLS checks off …), with
 * how many such refusals are pending and when the last happened. n8n's request helper for the HTTP
 * Request node treats any error as a possibly expired token and asks for a new one; a refusal says
 * nothing about the token, so the credential then fetches none and n8n writes nothing.
 */
const refusedSignings = new Map<string, { pending: number; atMs: number }>();
const REFUSED_SIGNING_MEMORY_MS = 10_000;
const REFUSED_SIGNINGS_KEPT = 64;

export function noteSigningRefused(token: unknown, nowMs: number = Date.now()): void {
	if (typeof token !== 'string' || token === '') return;
	const key = tokenHash(token);
	const entry = refusedSignings.get(key);
	refusedSignings.delete(key);
	refusedSignings.set(key, { pending: (entry && nowMs - entry.atMs <= REFUSED_SIGNING_MEMORY_MS ? entry.pending : 0) + 1, atMs: nowMs });
	if (refusedSignings.size > REFUSED_SIGNINGS_KEPT) refusedSignings.delete(refusedSignings.keys().next().value as string);
}

/** True (once per refusal) when `token` was just refused for signing: the refresh n8n asks for next is not needed. */
export function takeSigningRefusal(token: string, nowMs: number = Date.now()): boolean {
	const key = tokenHash(token);
	const entry = refusedSignings.get(key);
	if (!entry) return false;
	if (nowMs - entry.atMs > REFUSED_SIGNING_MEMORY_MS || entry.pending <= 0) {
		refusedSignings.delete(key);
		return false;
	}
	if (--entry.pending === 0) refusedSignings.delete(key);
	return true;
}

export function tokenCacheKey(parts: ReadonlyArray<string | number | undefined>): string {
	return createHash('sha256')
		.update(parts.map((part) => String(part ?? '')).join('\u0000'))
		.digest('hex');
}

export class TokenCoalescer {
	private readonly inFlight = new Map<string, Promise<CachedToken>>();

	private readonly latest = new Map<string, CachedToken>();

	constructor(private readonly now: () => number = () => Date.now()) {}

	/**
	 * @param staleToken the token the caller holds (empty, or one the API just refused)
	 * @param forceRefresh true when the caller's token was refused (401) or the credential is tested
	 */
	async getToken(key: string, staleToken: string | undefined, forceRefresh: boolean, fetchToken: () => Promise<FetchedToken>): Promise<string> {
		const cached = this.latest.get(key);
		if (
			cached &&
			cached.reuseUntilMs > this.now() &&
			!refusedTokens.has(tokenHash(cached.accessToken)) &&
			// After a refusal only a token other than the refused one helps.
			(!forceRefresh || (staleToken !== undefined && staleToken !== '' && cached.accessToken !== staleToken))
		) {
			return cached.accessToken;
		}
		const pending = this.inFlight.get(key);
		if (pending) return (await pending).accessToken;

		const fetching = (async () => {
			const fetched = await fetchToken();
			const token: CachedToken = {
				accessToken: fetched.accessToken,
				reuseUntilMs: this.now() + reuseWindowMs(fetched.expiresInSeconds),
			};
			this.latest.set(key, token);
			return token;
		})();
		this.inFlight.set(key, fetching);
		try {
			return (await fetching).accessToken;
		} finally {
			this.inFlight.delete(key);
		}
	}

	/** Drops a key's cached token (tests; a refused token endpoint). */
	forget(key: string): void {
		this.latest.delete(key);
	}
}
