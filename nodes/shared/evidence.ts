/**
 * Calls the API's public documentation does not show. The README's API coverage table keeps the
 * evidence for every call; the node's form says nothing about it. When such a call answers 404 or
 * 405, which may mean the connection does not offer it at all, the error says so in plain words and
 * tells the user how to go on.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ApiName } from './errors';

/** What an operation module declares when one of its requests is not in the API's public documentation. */
export interface UnconfirmedCall {
	api: ApiName;
	/**
	 * The method of that request (or of each, when an operation sends several such requests): a failure
	 * of another request of the operation (a documented read first) keeps its own error.
	 */
	method: IHttpRequestMethods | IHttpRequestMethods[];
	/** A documented way to reach the same result, in the user's terms (e.g. "Trip → Cancel cancels the trip with all its RFQs."). */
	instead?: string;
	/** The first node version whose operation no longer sends the call (documented calls only); none: every version sends it. */
	beforeVersion?: number;
}

/** The call as the running node version sends it, or undefined when that version does not send it. */
export function unconfirmedCallIn(call: UnconfirmedCall | undefined, nodeVersion: number): UnconfirmedCall | undefined {
	return call && (call.beforeVersion === undefined || nodeVersion < call.beforeVersion) ? call : undefined;
}

const UNAVAILABLE_STATUSES = new Set(['404', '405']);

/** The sentence for a failed unconfirmed call, or undefined when the failure says nothing about the call itself. */
export function unconfirmedCallAdvice(call: UnconfirmedCall, httpCode: unknown, requestMethod: unknown): string | undefined {
	const methods: unknown[] = Array.isArray(call.method) ? call.method : [call.method];
	if (!UNAVAILABLE_STATUSES.has(String(httpCode)) || !methods.includes(requestMethod)) return undefined;
	const sentences = [
		`${call.api}'s public documentation does not describe this operation, so your ${call.api} connection may not offer it (or an ID in it is wrong).`,
		call.instead,
		`If ${call.api} support gives you the right path, send it with the Custom API Call resource of this node.`,
	];
	return sentences.filter(Boolean).join(' ');
}

interface ErrorWithContext {
	httpCode?: unknown;
	description?: unknown;
	context?: IDataObject;
}

function isErrorWithContext(error: unknown): error is Error & ErrorWithContext {
	return error instanceof Error;
}

/** Puts the advice in front of the error's description when it applies; the error is returned either way. */
export function withUnconfirmedCallAdvice(error: unknown, call: UnconfirmedCall): unknown {
	if (!isErrorWithContext(error)) return error;
	const advice = unconfirmedCallAdvice(call, error.httpCode, error.context?.requestMethod);
	if (!advice) return error;
	const details = typeof error.description === 'string' && error.description ? error.description : '';
	error.description = details ? `${advice} (${details})` : advice;
	return error;
}
