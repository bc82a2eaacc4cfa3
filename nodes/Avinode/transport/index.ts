/**
 * Avinode Marketplace and Schedaero calls. One credential is one API connection of one company and
 * product [C], so a node refuses a credential of the other platform with a clear message. Webhook
 * settings and OAuth live on the Avinode host for both products [C].
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RequestDefaults } from '../../shared/descriptions';
import { disguisedSegmentOf, isDotsOnly, isUnderBasePath, pathOutsideBase } from '../../shared/paths';
import { redactDeep } from '../../shared/secrets';
import type { RetryPolicy } from '../../shared/retry';
import type { ApiContext, ApiProfile, ApiResponse } from '../../shared/transport';
import { apiRequest, credentialsFor } from '../../shared/transport';
import { isEnvelope } from '../helpers/envelope';
import type { AvinodeConnection, AvinodeCredentialType, AvinodePlatform } from './connection';
import { avinodeConnection, connectionValues, credentialTypeOf } from './connection';

/**
 * Avinode counts calls per API connection and hour and reports the quota on every answer [C]; the
 * request budget waits out an exhausted quota. No per-second limit is documented, so there is none
 * by default (0); one request at a time is the default, since every call spends the hourly quota.
 */
export const AVINODE_REQUEST_DEFAULTS: RequestDefaults = { concurrency: 1, ratePerSecond: 0 };

/**
 * One API connection: the application token plus the connection token or OAuth client [C]. Both
 * credential types describe connections the same way, so one connection has one budget whichever
 * credential type holds it.
 */
function rateAccountOf(type: AvinodeCredentialType) {
	return (credentials: ICredentialDataDecryptedObject): Array<string | undefined> => {
		const connection = avinodeConnection(connectionValues(credentials, type));
		const client = credentials.authentication === 'oauthClientCredentials' ? `oauth:${String(credentials.clientId ?? '')}` : String(credentials.connectionToken ?? '');
		return [connection.avinodeApiBaseUrl, connection.apiBaseUrl, String(credentials.apiToken ?? ''), client];
	};
}

function profile(api: 'Avinode' | 'Schedaero', credentialType: AvinodeCredentialType): ApiProfile {
	return { api, credentialType, defaultRatePerSecond: 0, rateAccount: rateAccountOf(credentialType) };
}

const PROFILES: Record<AvinodePlatform, Record<AvinodeCredentialType, ApiProfile>> = {
	avinode: { avinodeApi: profile('Avinode', 'avinodeApi'), schedaeroApi: profile('Avinode', 'schedaeroApi') },
	schedaero: { avinodeApi: profile('Schedaero', 'avinodeApi'), schedaeroApi: profile('Schedaero', 'schedaeroApi') },
};

/** The transport profile per API called and credential type read. */
export function transportProfile(api: AvinodePlatform, credentialType: AvinodeCredentialType): ApiProfile {
	return PROFILES[api][credentialType];
}

export interface AvinodeCallOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** Per-operation `X-Avinode-ActAsAccount`; empty keeps the credential's default. */
	actAs?: string;
	/** 'avinode' sends the call to the Avinode host whatever the platform (webhook settings). */
	host?: 'platform' | 'avinode';
	binary?: boolean;
	/** An Accept other than JSON, e.g. for a PDF stream; the credential's JSON default then stays out. */
	accept?: string;
	idempotent?: boolean;
	/** Secrets this call carries beyond the credential's own, scrubbed from its errors too. */
	secrets?: readonly string[];
}

/**
 * The envelope's `meta` (warnings and infos, which outputs show as `_meta` and execution hints) with
 * every secret the request carried scrubbed: it is the API's free text about the request.
 */
export function withScrubbedMeta(body: unknown, secrets: readonly string[]): unknown {
	if (!isEnvelope(body) || body.meta === undefined) return body;
	return { ...body, meta: redactDeep(body.meta, secrets) };
}

export async function connectionFor(context: ApiContext): Promise<AvinodeConnection> {
	const type = credentialTypeOf(context.getNode());
	return avinodeConnection(connectionValues((await credentialsFor(context, type)).data ?? {}, type));
}

const PLATFORM_NAMES: Record<AvinodePlatform, string> = { avinode: 'Avinode Marketplace', schedaero: 'Schedaero' };

/**
 * Escapes an opaque id for a path; ids are never parsed or split [C: checklist]. User ids are checked
 * with their field name by `readId`; this refuses a dot-only id from anywhere else (stored state, a
 * payload), since `.`/`..` would change the path.
 */
export function idSegment(id: string): string {
	if (isDotsOnly(id)) throw new Error(`"${id.trim()}" is not an ID: an ID made only of dots would change the request path`);
	return encodeURIComponent(id.trim());
}

export async function avinodeRequest<T = unknown>(
	this: ApiContext,
	platform: AvinodePlatform,
	method: IHttpRequestMethods,
	path: string,
	options: AvinodeCallOptions = {},
): Promise<ApiResponse<T>> {
	const connection = await connectionFor(this);
	if (options.host !== 'avinode' && connection.platform !== platform) {
		throw new NodeOperationError(
			this.getNode(),
			`This credential is for ${PLATFORM_NAMES[connection.platform]}, but this node calls ${PLATFORM_NAMES[platform]}. Choose a credential whose Platform is ${PLATFORM_NAMES[platform]}.`,
			{ itemIndex: options.itemIndex },
		);
	}
	const base = options.host === 'avinode' ? connection.avinodeApiBaseUrl : connection.apiBaseUrl;
	const outside = pathOutsideBase(base, path);
	if (outside) throw new NodeOperationError(this.getNode(), `Refused to call ${method} ${path}: ${outside}. Nothing was sent.`, { itemIndex: options.itemIndex });
	const headers: Record<string, string> = {};
	if (options.actAs && options.actAs.trim()) headers['X-Avinode-ActAsAccount'] = options.actAs.trim();
	// Streams (PDFs, attachments) are not JSON: a strict server would refuse the credential's default Accept.
	if (options.accept) headers.Accept = options.accept;
	else if (options.binary) headers.Accept = '*/*';
	const api = platform === 'schedaero' && options.host !== 'avinode' ? 'schedaero' : 'avinode';
	const response = await apiRequest.call(this, transportProfile(api, credentialTypeOf(this.getNode())), {
		method,
		url: `${base}${path}`,
		baseUrl: base,
		displayPath: path,
		qs: options.qs,
		body: options.body,
		headers,
		itemIndex: options.itemIndex,
		retryPolicy: options.retryPolicy,
		binary: options.binary,
		idempotent: options.idempotent,
		secrets: options.secrets,
	});
	return { ...response, body: withScrubbedMeta(response.body, response.secrets) as T };
}

/**
 * Follows an `href` from a payload as given [C: "always use the href"], but only to the hosts this
 * credential talks to: a forged webhook must not make us send the bearer token elsewhere.
 */
export async function followHref<T = unknown>(this: ApiContext, href: string, options: AvinodeCallOptions = {}): Promise<ApiResponse<T>> {
	const connection = await connectionFor(this);
	let target: URL;
	try {
		target = new URL(href);
	} catch {
		throw new NodeOperationError(this.getNode(), `The href "${href}" is not a URL`, { itemIndex: options.itemIndex });
	}
	const disguised = disguisedSegmentOf(target.pathname);
	if (disguised !== undefined) {
		throw new NodeOperationError(this.getNode(), `Refusing to follow the href "${href}": its segment "${disguised}" could leave the API base once the server decodes it`, { itemIndex: options.itemIndex });
	}
	for (const base of [connection.apiBaseUrl, connection.avinodeApiBaseUrl]) {
		const baseUrl = new URL(base);
		if (target.origin === baseUrl.origin && isUnderBasePath(target.pathname, baseUrl.pathname)) {
			const platform: AvinodePlatform = base === connection.apiBaseUrl ? connection.platform : 'avinode';
			const path = `${target.pathname.slice(baseUrl.pathname.replace(/\/$/, '').length)}${target.search}`;
			return await avinodeRequest.call<ApiContext, [AvinodePlatform, IHttpRequestMethods, string, AvinodeCallOptions], Promise<ApiResponse<T>>>(this, platform, 'GET', path, {
				...options,
				host: base === connection.apiBaseUrl ? 'platform' : 'avinode',
			});
		}
	}
	throw new NodeOperationError(this.getNode(), `Refusing to follow an href outside the credential's API hosts: ${target.origin}`, { itemIndex: options.itemIndex });
}
