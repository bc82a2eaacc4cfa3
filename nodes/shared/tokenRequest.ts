/**
 * The OAuth2 client-credentials token call both credentials make in `preAuthentication`.
 * Refusals (400/401/403) become a message that says what to check; nothing secret is echoed.
 */
import type { IHttpRequestHelper } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';

import type { HttpFailure } from './errors';
import { apiMessageFromBody, extractHttpFailure } from './errors';
import { redirectOrigin } from './redirects';
import { redactDeep, redactSecrets } from './secrets';
import type { FetchedToken } from './tokenCoalescer';

export interface TokenRequest {
	api: string;
	url: string;
	headers: Record<string, string>;
	form: Record<string, string>;
	/** What to check when the endpoint refuses, e.g. "the Client ID, Client Secret and API key". */
	checkHint: string;
	/** Where to look when the endpoint cannot be reached. */
	reachHint: string;
	defaultLifetimeSeconds: number;
	secrets: string[];
}

/** How the client proves who it is to the token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthenticationMethod = 'client_secret_post' | 'client_secret_basic';

/**
 * The headers and form fields that carry the client id and secret for one method: in the form body
 * (`client_secret_post`), or in an HTTP Basic header of the form-encoded id and secret
 * (`client_secret_basic`), never both: a server configured for one refuses the other.
 */
export function clientAuthentication(method: ClientAuthenticationMethod, clientId: string, clientSecret: string): { headers: Record<string, string>; form: Record<string, string> } {
	if (method === 'client_secret_basic') {
		const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
		return { headers: { Authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` }, form: {} };
	}
	return { headers: {}, form: { client_id: clientId, client_secret: clientSecret } };
}

function tokenFailureError(request: TokenRequest, failure: HttpFailure): UserError {
	if (failure.status !== undefined && failure.status >= 300 && failure.status < 400) {
		return new UserError(
			`The ${request.api} token endpoint answered with a redirect (HTTP ${failure.status}) to ${redirectOrigin(failure.headers.location, request.url)}; it was not followed, so the client secret was not sent there. Check ${request.reachHint} of the credential.`,
		);
	}
	if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
		// Scrubbed before the text is picked out and cut short, so no secret is left half-cut.
		const apiText = apiMessageFromBody(redactDeep(failure.body, request.secrets));
		return new UserError(
			`${request.api} refused the token request (HTTP ${failure.status}${apiText ? `: ${redactSecrets(apiText, request.secrets)}` : ''}). Check ${request.checkHint} of the credential.`,
		);
	}
	const reason = failure.status !== undefined ? `HTTP ${failure.status}` : failure.networkCode ?? 'network error';
	return new UserError(`Could not reach the ${request.api} token endpoint (${reason}). Check ${request.reachHint} of the credential.`);
}

export async function requestClientCredentialsToken(helpers: IHttpRequestHelper['helpers'], request: TokenRequest): Promise<FetchedToken> {
	let response: unknown;
	let failure: HttpFailure | undefined;
	try {
		response = await helpers.httpRequest({
			method: 'POST',
			url: request.url,
			headers: { ...request.headers, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: new URLSearchParams(request.form).toString(),
			json: false,
			// A redirect would re-send the client secret (307/308: the whole form) wherever it points.
			disableFollowRedirect: true,
		});
	} catch (error) {
		failure = extractHttpFailure(error);
	}
	// Credentials have no node to attach a NodeApiError to; n8n wraps this UserError for the node.
	if (failure) throw tokenFailureError(request, failure);
	let body: Record<string, unknown> | undefined;
	try {
		body = typeof response === 'string' ? (JSON.parse(response) as Record<string, unknown>) : (response as Record<string, unknown>);
	} catch {
		body = undefined;
	}
	if (!body || typeof body.access_token !== 'string' || body.access_token === '') {
		throw new UserError(`The ${request.api} token endpoint answered without an access_token. Check ${request.reachHint} of the credential.`);
	}
	const lifetimeSeconds = Number(body.expires_in ?? request.defaultLifetimeSeconds);
	return { accessToken: body.access_token, expiresInSeconds: Number.isFinite(lifetimeSeconds) ? lifetimeSeconds : request.defaultLifetimeSeconds };
}
