/**
 * The one request path of the pack: every node, trigger, list search and load-options call goes here.
 *
 * It authenticates through n8n's `httpRequestWithAuthentication` (which fetches a token when the
 * stored one is empty; after a 401 the refused token is emptied and the request re-sent once), retries
 * what `decideRetry` allows with back-off through n8n-workflow's `sleep`, re-signs every attempt (n8n
 * re-runs `authenticate`: fresh SentTimestamp; we add a fresh
 * RequestId) and turns failures into a NodeApiError carrying the API's own words and none of the
 * credential's secrets (see secrets.ts). Every attempt first takes its turn from the API account's
 * request budget (throttle.ts), and every answer tells that budget what the API said about its rate limit.
 * n8n's client follows no redirect; a redirect is followed here only where redirects.ts allows it.
 */
import { randomUUID } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { ApiName } from './errors';
import { buildNodeApiError, extractHttpFailure, lowerCaseHeaders } from './errors';
import type { RateBudget } from './rateBudget';
import { REDIRECT_STATUSES, redirectDecision } from './redirects';
import type { RetryDecision, RetryPolicy } from './retry';
import { DEFAULT_RETRY_POLICY, MAX_SERVER_WAIT_MS, decideRetry, isIdempotentMethod } from './retry';
import { credentialSecrets } from './secrets';
import { budgetFor, runRatePerSecond, takeTurn } from './throttle';
import { markTokenRefused } from './tokenCoalescer';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

/** What every API of the pack tells the transport about itself. */
export interface ApiProfile {
	api: ApiName;
	credentialType: 'avionteApi' | 'avinodeApi' | 'schedaeroApi';
	/** Header that carries a fresh GUID per attempt (Avionté: `RequestId`), if any. */
	requestIdHeader?: string;
	/** Requests per second when the run sets none (triggers, list searches); 0 = no per-second limit. */
	defaultRatePerSecond: number;
	/** What identifies the API account whose rate limit a request counts against (hashed, never kept). */
	rateAccount: (credentials: ICredentialDataDecryptedObject) => Array<string | undefined>;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Absolute URL. */
	url: string;
	/** The API base `url` is under: a redirect is followed only to a read below it, on the same origin. */
	baseUrl?: string;
	/** Shown in errors: the path below the API base. */
	displayPath: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | Array<string | number> | string;
	headers?: Record<string, string>;
	/** Binary download: the body comes back as a Buffer. */
	binary?: boolean;
	/** Overrides the method's idempotency (e.g. a POST search that changes nothing). */
	idempotent?: boolean;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** Secrets this request carries beyond the credential's own (e.g. a generated webhook password). */
	secrets?: readonly string[];
}

export interface ApiResponse<T = unknown> {
	body: T;
	statusCode: number;
	headers: Record<string, string | undefined>;
	/** The RequestId of the attempt that succeeded. */
	requestId?: string;
	attempts: number;
	/** Every secret the request carried, for scrubbing text taken from the answer (warnings, hints). */
	secrets: readonly string[];
}

interface FullResponse {
	body: unknown;
	statusCode: number;
	headers: Record<string, unknown>;
}

/**
 * After a 401: tells the token cache never to hand the refused token out again and, unless another
 * request already replaced it, empties the stored token, so n8n fetches a new one before the next send
 * (n8n runs the credential's preAuthentication when its expirable field is empty, on both n8n lines).
 * Both credentials keep their token in the expirable field `accessToken`.
 */
function discardRefusedToken(credentials: ICredentialsDecrypted, refused: unknown): void {
	const data = credentials.data;
	if (!data || typeof refused !== 'string' || refused === '') return;
	markTokenRefused(refused);
	if (data.accessToken === refused) data.accessToken = '';
}

/**
 * An error status received as a response, in the shape of the HTTP client's error (which
 * extractHttpFailure reads), so it takes the same retry and error path as a thrown one.
 */
function statusFailure(response: FullResponse): { message: string; response: { status: number; headers: Record<string, unknown>; data: unknown } } {
	return { message: `Request failed with status code ${response.statusCode}`, response: { status: response.statusCode, headers: response.headers, data: response.body } };
}

/**
 * The credential, read once per execution context and handed to n8n with every request. Without it
 * n8n reads and decrypts the credential from its database for each call (about 15 ms here); with it,
 * a token refreshed after a 401 is written into this same object, so parallel requests pick it up.
 */
const credentialCache = new WeakMap<object, Map<string, Promise<ICredentialsDecrypted>>>();

export function credentialsFor(context: ApiContext, type: ApiProfile['credentialType']): Promise<ICredentialsDecrypted> {
	let byType = credentialCache.get(context);
	if (!byType) {
		byType = new Map();
		credentialCache.set(context, byType);
	}
	let cached = byType.get(type);
	if (!cached) {
		const reference = context.getNode().credentials?.[type];
		cached = context.getCredentials(type).then((data: ICredentialDataDecryptedObject) => ({ id: reference?.id ?? '', name: reference?.name ?? type, type, data }));
		byType.set(type, cached);
	}
	return cached;
}

type HttpWithAuth = (
	this: ApiContext,
	credentialType: string,
	options: IHttpRequestOptions,
	additionalCredentialOptions?: { credentialsDecrypted?: ICredentialsDecrypted },
) => Promise<unknown>;

export async function apiRequest<T = unknown>(
	this: ApiContext,
	profile: ApiProfile,
	request: ApiRequest,
): Promise<ApiResponse<T>> {
	const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...request.retryPolicy };
	const idempotent = request.idempotent ?? isIdempotentMethod(request.method);
	const httpRequestWithAuthentication = this.helpers.httpRequestWithAuthentication as unknown as HttpWithAuth;
	const credentialsDecrypted = await credentialsFor(this, profile.credentialType);
	// Read at failure time: n8n writes a token refreshed after a 401 into this same object. Tokens sent
	// by earlier attempts are kept too, in case an answer echoes one that was replaced since.
	const sentSecrets = new Set<string>(request.secrets ?? []);
	const secretsNow = () => [...sentSecrets, ...credentialSecrets(credentialsDecrypted.data)];
	// One budget per API account, shared by every run in this process; the run's own rate applies.
	const budget = budgetFor([profile.api, ...profile.rateAccount(credentialsDecrypted.data ?? {})]);
	const ratePerSecond = runRatePerSecond(this) ?? profile.defaultRatePerSecond;
	let lastRequestId: string | undefined;
	for (let retriesDone = 0; ; retriesDone++) {
		const notSent = () =>
			buildNodeApiError(this.getNode() as INode, { status: undefined, headers: {}, clientMessage: 'rate limit' }, {
				api: profile.api,
				method: request.method,
				path: request.displayPath,
				itemIndex: request.itemIndex,
				note: heldBackNote(budget, Date.now()),
				rateLimited: true,
				secrets: secretsNow(),
			});
		const firstTurn = await takeTurn(budget, ratePerSecond, policy.maxRateLimitWaitMs ?? 0);
		if (!firstTurn) throw notSent();
		let turn = firstTurn;
		/** An error built here, thrown as is (not taken for an HTTP failure). */
		let finalError: Error | undefined;
		lastRequestId = profile.requestIdHeader ? randomUUID() : undefined;
		const headers: Record<string, string> = { ...request.headers };
		if (profile.requestIdHeader && lastRequestId) headers[profile.requestIdHeader] = lastRequestId;
		const options: IHttpRequestOptions = {
			method: request.method,
			url: request.url,
			headers,
			qs: request.qs,
			arrayFormat: 'repeat',
			returnFullResponse: true,
			// A redirect comes back as an answer; it is followed below, or refused.
			disableFollowRedirect: true,
			json: !request.binary,
			...(request.binary ? { encoding: 'arraybuffer' as const } : {}),
		};
		if (request.body !== undefined) {
			options.body = request.body as IHttpRequestOptions['body'];
			if (!request.binary) headers['Content-Type'] = 'application/json';
		}
		for (const secret of credentialSecrets(credentialsDecrypted.data)) sentSecrets.add(secret);
		try {
			// Error statuses come back as responses: n8n 1.x's NodeApiError keeps neither the response
			// headers nor the body of a thrown HTTP error, so Retry-After, Avinode's X-Rate-Limit-* and the
			// API's message would be lost there.
			const send = async (target: Pick<IHttpRequestOptions, 'url' | 'qs'>) =>
				(await httpRequestWithAuthentication.call(this, profile.credentialType, { ...options, ...target, ignoreHttpStatusErrors: true }, { credentialsDecrypted })) as FullResponse;
			// The token this send uses: the one held now, or (when empty) the one n8n fetched for it.
			const held = credentialsDecrypted.data?.accessToken;
			let response = await send(options);
			if (response.statusCode === 401) {
				discardRefusedToken(credentialsDecrypted, held || credentialsDecrypted.data?.accessToken);
				// The repeat with a fresh token is a request like any other: it waits for its own turn.
				budget.answered(turn, lowerCaseHeaders(response.headers), response.statusCode, Date.now());
				const repeatTurn = await takeTurn(budget, ratePerSecond, policy.maxRateLimitWaitMs ?? 0);
				if (!repeatTurn) throw (finalError = notSent());
				turn = repeatTurn;
				response = await send(options);
			}
			let currentUrl = request.url;
			for (let followed = 0; REDIRECT_STATUSES.has(response.statusCode); followed++) {
				const redirectHeaders = lowerCaseHeaders(response.headers);
				budget.answered(turn, redirectHeaders, response.statusCode, Date.now());
				const decision = redirectDecision({ method: request.method, location: redirectHeaders.location, currentUrl, baseUrl: request.baseUrl, followed });
				if (!decision.follow) {
					throw (finalError = buildNodeApiError(this.getNode() as INode, { status: response.statusCode, headers: redirectHeaders }, {
						api: profile.api,
						method: request.method,
						path: request.displayPath,
						requestId: lastRequestId,
						itemIndex: request.itemIndex,
						redirect: { target: decision.target, reason: decision.reason },
						note: idempotent ? undefined : 'check whether the API applied this change before running it again',
						secrets: secretsNow(),
					}));
				}
				const hopTurn = await takeTurn(budget, ratePerSecond, policy.maxRateLimitWaitMs ?? 0);
				if (!hopTurn) throw (finalError = notSent());
				turn = hopTurn;
				currentUrl = decision.url;
				// The address the API gave already holds its query.
				response = await send({ url: currentUrl, qs: undefined });
			}
			if (response.statusCode >= 400) throw statusFailure(response);
			const responseHeaders = lowerCaseHeaders(response.headers);
			budget.answered(turn, responseHeaders, response.statusCode, Date.now());
			return {
				body: response.body as T,
				statusCode: response.statusCode,
				headers: responseHeaders,
				requestId: lastRequestId,
				attempts: retriesDone + 1,
				secrets: secretsNow(),
			};
		} catch (error) {
			if (finalError && error === finalError) throw finalError;
			const failure = extractHttpFailure(error);
			budget.answered(turn, failure.headers, failure.status, Date.now());
			const decision = decideRetry(failure, retriesDone, idempotent, policy, Date.now());
			if (decision.retry) {
				await sleep(decision.delayMs);
				continue;
			}
			throw buildNodeApiError(this.getNode() as INode, failure, {
				api: profile.api,
				method: request.method,
				path: request.displayPath,
				requestId: lastRequestId,
				itemIndex: request.itemIndex,
				attempts: retriesDone + 1,
				note: failureNote(failure.status, failure.networkCode, idempotent, decision),
				secrets: secretsNow(),
			});
		}
	}
}

const SERVER_WAIT_BOUND = `${MAX_SERVER_WAIT_MS / 60_000} minutes`;

/** Why a request was held back by the account's request budget. */
function heldBackNote(budget: RateBudget, nowMs: number): string {
	const seconds = Math.ceil(budget.pauseMs(nowMs) / 1000);
	const cutFrom = budget.pauseCutFrom(nowMs);
	if (cutFrom) return `the API asked to wait longer than ${SERVER_WAIT_BOUND} (${cutFrom}); requests are held back ${seconds} s more at most; not sent`;
	return `rate limit reached, resets in ${seconds} s; not sent`;
}

/** What the user should know beyond the API's words: mainly whether a write may have happened. */
function failureNote(status: number | undefined, networkCode: string | undefined, idempotent: boolean, decision: RetryDecision): string | undefined {
	if (!decision.retry && decision.serverSent) {
		return `the API asked to wait ${decision.rateLimitResetSeconds ?? '?'} s (${decision.serverSent}), longer than the ${SERVER_WAIT_BOUND} a request waits at most; not retried`;
	}
	if (!decision.retry && decision.rateLimitResetSeconds !== undefined) return `rate limit reached, resets in ${decision.rateLimitResetSeconds} s`;
	const maybeProcessed = status === undefined ? networkCode !== 'ECONNREFUSED' : status === 500 || status === 502 || status === 504;
	if (!idempotent && maybeProcessed) {
		return 'the API may or may not have applied this change; it was not re-sent to avoid a duplicate, so check before running it again';
	}
	return undefined;
}
