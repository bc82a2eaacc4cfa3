/**
 * Host pinning for the credentials' `authenticate`: secrets are added only to requests that go to the
 * credential's own API origins. n8n offers every credential with an `authenticate` method as a
 * "Predefined Credential Type" in the HTTP Request node and the AI HTTP Request Tool, and n8n's own
 * credential test and our nodes call it too, so this one check covers every way a request is signed.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

/** What axios treats as absolute (it then ignores `baseURL`): a scheme, or a protocol-relative `//host`. */
const ABSOLUTE_URL = /^([a-z][a-z\d+\-.]*:)?\/\//i;

/**
 * Where a request will go. Our nodes and n8n's `httpRequest` use `url` (+ `baseURL`); the HTTP Request
 * node uses the legacy `uri` (+ `baseUrl`). A relative URL is joined to the base the way axios does.
 */
export function requestTarget(options: IHttpRequestOptions): URL | undefined {
	const legacy = options as IHttpRequestOptions & { uri?: unknown; baseUrl?: unknown };
	const raw = String(options.url ?? legacy.uri ?? '').trim();
	const base = String(options.baseURL ?? legacy.baseUrl ?? '').trim();
	try {
		// A protocol-relative `//host/x` keeps only the base's scheme.
		if (ABSOLUTE_URL.test(raw)) return base ? new URL(raw, base) : new URL(raw);
		if (!base) return new URL(raw);
		return new URL(raw ? `${base.replace(/\/+$/, '')}/${raw.replace(/^\/+/, '')}` : base);
	} catch {
		return undefined;
	}
}

function originOf(baseUrl: string): string | undefined {
	try {
		const origin = new URL(baseUrl).origin;
		return origin === 'null' ? undefined : origin;
	} catch {
		return undefined;
	}
}

/**
 * Throws unless the request goes to one of the origins (scheme, host and port) of `allowedBaseUrls`.
 * `credentialName` names the credential in the message.
 */
export function assertRequestToOwnHost(options: IHttpRequestOptions, allowedBaseUrls: readonly string[], credentialName: string): void {
	const allowed = [...new Set(allowedBaseUrls.map(originOf).filter((origin): origin is string => origin !== undefined))];
	if (allowed.length === 0) {
		throw new UserError(`The ${credentialName} credential has no valid API base URL, so it adds its secrets to no request. Set the Base URL of the credential.`);
	}
	const target = requestTarget(options);
	if (!target) {
		throw new UserError(`The ${credentialName} credential only signs requests to ${allowed.join(', ')}; the request URL could not be read, so nothing was sent.`);
	}
	if (!allowed.includes(target.origin)) {
		throw new UserError(
			`The ${credentialName} credential only sends its secrets to ${allowed.join(', ')}; it refused a request to ${target.protocol}//${target.host}. Use this credential only for its own API, or another credential for that host.`,
		);
	}
}
