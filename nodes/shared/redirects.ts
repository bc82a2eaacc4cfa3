/**
 * What the pack does with a redirect from an API (pure). n8n's client never follows one for a signed
 * request (see hostPin.ts); the transport follows it itself only where the credential's secrets may
 * go anyway: a read, to the same origin, below the API base. Anything else fails with an error naming
 * where the redirect pointed (its origin only: a path or query may carry anything).
 */
import { isUnderBasePath } from './paths';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Redirects followed for one request at most; more is a loop. */
export const MAX_REDIRECTS_FOLLOWED = 5;

export type RedirectDecision = { follow: true; url: string } | { follow: false; target: string; reason: string };

/** The origin a redirect points to, or words saying why there is none. */
export function redirectOrigin(location: string | undefined, from: string): string {
	if (!location) return 'an address it did not name';
	try {
		const origin = new URL(location, from).origin;
		return origin === 'null' ? 'an address that is not a web URL' : origin;
	} catch {
		return 'an address that is not a valid URL';
	}
}

/**
 * Whether to follow a redirect from `currentUrl`: only for GET and HEAD (a change is never re-sent
 * to another address), only to the same origin and below `baseUrl` (the API base the request was
 * under), never beyond {@link MAX_REDIRECTS_FOLLOWED}.
 */
export function redirectDecision(spec: { method: string; location: string | undefined; currentUrl: string; baseUrl: string | undefined; followed: number }): RedirectDecision {
	const target = redirectOrigin(spec.location, spec.currentUrl);
	let next: URL;
	try {
		if (!spec.location) return { follow: false, target, reason: 'the answer named no address' };
		next = new URL(spec.location, spec.currentUrl);
	} catch {
		return { follow: false, target, reason: 'the address is not a valid URL' };
	}
	const current = new URL(spec.currentUrl);
	if (next.origin !== current.origin) return { follow: false, target, reason: "it leads away from the API host, the only place the credential's secrets go" };
	if (!['GET', 'HEAD'].includes(spec.method.toUpperCase())) return { follow: false, target, reason: 'a change is never re-sent to another address' };
	if (!spec.baseUrl || !isUnderBasePath(next.pathname, new URL(spec.baseUrl).pathname)) return { follow: false, target, reason: 'it leads outside the API base' };
	if (spec.followed >= MAX_REDIRECTS_FOLLOWED) return { follow: false, target, reason: `it is redirect number ${spec.followed + 1} in a row` };
	return { follow: true, url: next.href };
}
