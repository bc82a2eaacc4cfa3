/**
 * Host pinning for the credentials' `authenticate`: secrets are added only to requests that go to the
 * credential's own API origins, straight and checked. n8n offers every credential with an
 * `authenticate` method as a "Predefined Credential Type" in the HTTP Request node and the AI HTTP
 * Request Tool, and n8n's own credential test and our nodes call it too, so this one check covers every
 * way a request is signed.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import { trimTrailingSlash } from './paths';

/** What axios treats as absolute (it then ignores `baseURL`): a scheme, or a protocol-relative `//host`. */
const ABSOLUTE_URL = /^([a-z][a-z\d+\-.]*:)?\/\//i;

/**
 * Options of n8n's legacy request path (the HTTP Request node), which `authenticate` receives as they
 * are and both n8n lines' legacy executors read: the legacy URL, where the bytes go and how TLS is
 * checked ("Proxy" as text, "Ignore SSL Issues", the CA of an "SSL Certificates" credential), and
 * whether redirects are followed. n8n-workflow types them only in a deprecated interface.
 */
interface LegacyRequestOptions {
	uri?: unknown;
	baseUrl?: unknown;
	proxy?: unknown;
	rejectUnauthorized?: unknown;
	/**
	 * The legacy request's TLS options, which both lines' legacy executors read (n8n-core 1.123,
	 * @n8n/backend-network 2.x) and both lines' n8n-workflow type in `IRequestOptions` (deprecated, so
	 * not imported). Not `IHttpRequestOptions.agentOptions`, which only 2.x has and nothing here sets.
	 */
	agentOptions?: { ca?: unknown; rejectUnauthorized?: unknown } | null;
	followRedirect?: boolean;
	followAllRedirects?: boolean;
}

/**
 * Where a request will go. Our nodes and n8n's `httpRequest` use `url` (+ `baseURL`); the HTTP Request
 * node uses the legacy `uri` (+ `baseUrl`). A relative URL is joined to the base the way axios does.
 */
export function requestTarget(options: IHttpRequestOptions): URL | undefined {
	const legacy: LegacyRequestOptions = options;
	const raw = String(options.url ?? legacy.uri ?? '').trim();
	const base = String(options.baseURL ?? legacy.baseUrl ?? '').trim();
	try {
		// A protocol-relative `//host/x` keeps only the base's scheme.
		if (ABSOLUTE_URL.test(raw)) return base ? new URL(raw, base) : new URL(raw);
		if (!base) return new URL(raw);
		return new URL(raw ? `${trimTrailingSlash(base)}/${raw.replace(/^\/+/, '')}` : base);
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

function hasProxy(proxy: unknown): boolean {
	if (typeof proxy === 'string') return proxy.trim() !== '';
	return proxy !== null && typeof proxy === 'object' && 'host' in proxy && Boolean(proxy.host);
}

/**
 * Why the request's transport would let a third party read it, or undefined when it goes straight
 * with the certificate checked against the system's trusted authorities. A proxy reached over HTTPS
 * only tunnels bytes it cannot read (TLS is checked end to end), so it is allowed; over plain HTTP a
 * proxy reads every header.
 */
export function transportProblem(options: IHttpRequestOptions, target: URL): string | undefined {
	const legacy: LegacyRequestOptions = options;
	const agent = legacy.agentOptions;
	if (legacy.rejectUnauthorized === false || options.skipSslCertificateValidation === true || agent?.rejectUnauthorized === false) {
		return 'TLS certificate checks are turned off (Ignore SSL Issues)';
	}
	if (agent?.ca !== undefined && agent.ca !== null) {
		return 'it trusts a certificate authority of its own (an SSL Certificates credential)';
	}
	if (target.protocol === 'http:' && hasProxy(legacy.proxy)) {
		return 'it goes through a proxy over plain HTTP, which reads every header';
	}
	return undefined;
}

/**
 * Throws unless the request goes to one of the origins (scheme, host and port) of `allowedBaseUrls`,
 * without switched-off TLS checks, its own certificate authority, or a proxy over plain HTTP.
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
	const problem = transportProblem(options, target);
	if (problem) {
		throw new UserError(
			`The ${credentialName} credential sends its secrets only over a connection nobody else can read; it refused this request because ${problem}. Remove that option of the request, or use another credential.`,
		);
	}
}

/**
 * A signed request as it must leave: n8n's client never follows a redirect with it (a redirect is
 * answered as is), whichever of n8n's request paths sends it. n8n's client keeps custom headers (API
 * key, tenant, Avinode app token) on a redirect to another host, so following is never safe here.
 */
export function withoutRedirects(options: IHttpRequestOptions): IHttpRequestOptions & Pick<LegacyRequestOptions, 'followRedirect' | 'followAllRedirects'> {
	return { ...options, disableFollowRedirect: true, sendCredentialsOnCrossOriginRedirect: false, followRedirect: false, followAllRedirects: false };
}
