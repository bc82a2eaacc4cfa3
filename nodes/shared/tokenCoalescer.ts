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
	expiresAtMs: number;
}

/** Tokens this close to expiry are not handed out again. */
const EXPIRY_MARGIN_MS = 60_000;

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
			cached.expiresAtMs - EXPIRY_MARGIN_MS > this.now() &&
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
				expiresAtMs: this.now() + Math.max(0, fetched.expiresInSeconds) * 1000,
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
