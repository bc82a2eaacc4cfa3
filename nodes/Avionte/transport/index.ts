/**
 * Avionté calls: resolves the API base from the credential and sends everything through the shared
 * transport, which adds a fresh RequestId GUID per attempt [C: optional header, echoed back].
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext, ApiProfile, ApiResponse } from '../../shared/transport';
import { apiRequest, credentialsFor } from '../../shared/transport';
import { isDotsOnly, pathOutsideBase } from '../../shared/paths';
import type { RetryPolicy } from '../../shared/retry';
import type { RequestDefaults } from '../../shared/descriptions';
import { avionteApiBaseUrl, avionteConnection } from './connection';

/**
 * "Bulk APIs generally have stricter throttling, with limits of 3–5 requests per second" [C: FAQ];
 * other APIs allow at least that. 5 is the documented rate of the strictest APIs; a tenant held to
 * less answers 429; the account then goes at the rate the tenant accepted (Retry-After honoured,
 * nothing fails; see rateCeiling.ts).
 */
export const AVIONTE_DEFAULT_RATE_PER_SECOND = 5;

/** 3 in flight keeps 5 requests a second going up to ~600 ms of latency per request. */
export const AVIONTE_REQUEST_DEFAULTS: RequestDefaults = { concurrency: 3, ratePerSecond: AVIONTE_DEFAULT_RATE_PER_SECOND };

export const AVIONTE_PROFILE: ApiProfile = {
	api: 'Avionté',
	credentialType: 'avionteApi',
	requestIdHeader: 'RequestId',
	defaultRatePerSecond: AVIONTE_DEFAULT_RATE_PER_SECOND,
	// The limit belongs to the API key on a gateway, for one tenant.
	rateAccount: (credentials) => [
		avionteConnection(credentials).baseUrl,
		String(credentials.apiKey ?? ''),
		String(credentials.frontOfficeTenantId || credentials.tenant || ''),
	],
};

export interface AvionteCallOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | Array<string | number>;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** A POST that only reads (multi-query) may be retried like a GET. */
	idempotent?: boolean;
}

async function apiBaseUrl(context: ApiContext): Promise<string> {
	return avionteApiBaseUrl((await credentialsFor(context, 'avionteApi')).data ?? {});
}

/**
 * Escapes one path segment: ids come from users and expressions. Record ids are checked as numbers
 * with their field name (`readRecordId`); a dot-only value from anywhere else is refused here.
 */
export function segment(value: string | number): string {
	if (isDotsOnly(String(value))) throw new Error(`"${String(value).trim()}" is not an ID: an ID made only of dots would change the request path`);
	return encodeURIComponent(String(value).trim());
}

export async function avionteRequest<T = unknown>(
	this: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	options: AvionteCallOptions = {},
): Promise<ApiResponse<T>> {
	const base = await apiBaseUrl(this);
	const outside = pathOutsideBase(base, path);
	if (outside) throw new NodeOperationError(this.getNode(), `Refused to call ${method} ${path}: ${outside}. Nothing was sent.`, { itemIndex: options.itemIndex });
	return (await apiRequest.call(this, AVIONTE_PROFILE, {
		method,
		url: `${base}${path}`,
		baseUrl: base,
		displayPath: path,
		qs: options.qs,
		body: options.body,
		itemIndex: options.itemIndex,
		retryPolicy: options.retryPolicy,
		idempotent: options.idempotent,
	})) as ApiResponse<T>;
}
