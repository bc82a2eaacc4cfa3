/**
 * Turning HTTP failures into errors a workflow builder can act on, without leaking secrets.
 *
 * The API's own words come first (Avinode `meta.errors[].title/code`, Avionté's body text), then the
 * HTTP status and the RequestId a user can quote to support. Request headers and credentials never
 * go into an error: we build the NodeApiError from a fresh object, not from the HTTP client's error.
 */
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FailureInfo } from './retry';
import { redactDeep, redactSecrets } from './secrets';

export { redactSecrets } from './secrets';

export type ApiName = 'Avionté' | 'Avinode' | 'Schedaero';

export interface HttpFailure extends FailureInfo {
	body?: unknown;
	/** The client's own message (network errors). */
	clientMessage?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Header names lower-cased, multi-value headers joined; used for responses and failures alike. */
export function lowerCaseHeaders(headers: unknown): Record<string, string | undefined> {
	const result: Record<string, string | undefined> = {};
	const record = asRecord(headers);
	if (!record) return result;
	for (const [name, value] of Object.entries(record)) {
		if (value === undefined || value === null) continue;
		result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return result;
}

/**
 * Reads status, headers and body out of whatever the n8n HTTP helpers threw: an axios-style error
 * (`response.status/headers/data`), or a NodeApiError wrapping one (`cause`, `httpCode`, `context`).
 */
export function extractHttpFailure(error: unknown): HttpFailure {
	const seen = new Set<unknown>();
	let current: unknown = error;
	let status: number | undefined;
	let headers: Record<string, string | undefined> = {};
	let body: unknown;
	let networkCode: string | undefined;
	let clientMessage: string | undefined;
	while (current && !seen.has(current)) {
		seen.add(current);
		const record = asRecord(current);
		if (!record) break;
		const response = asRecord(record.response);
		if (response) {
			const responseStatus = Number(response.status ?? response.statusCode);
			if (status === undefined && Number.isFinite(responseStatus) && responseStatus > 0) status = responseStatus;
			if (Object.keys(headers).length === 0) headers = lowerCaseHeaders(response.headers);
			if (body === undefined) body = response.data ?? response.body;
		}
		if (status === undefined && record.httpCode !== undefined && record.httpCode !== null) {
			const code = Number(record.httpCode);
			if (Number.isFinite(code) && code > 0) status = code;
		}
		if (networkCode === undefined && typeof record.code === 'string' && /^E[A-Z_]+$|^UND_ERR|^ERR_/.test(record.code)) {
			networkCode = record.code;
		}
		if (clientMessage === undefined && typeof record.message === 'string') clientMessage = record.message;
		current = record.cause ?? asRecord(record.context)?.cause;
	}
	if (status === undefined && networkCode === undefined && clientMessage && /socket hang up/i.test(clientMessage)) {
		networkCode = 'ECONNRESET';
	}
	return { status, headers, body: decodeBody(body), networkCode, clientMessage };
}

/**
 * Error bodies are decoded, parsed and scrubbed up to this many characters. n8n's request helpers
 * (both lines) read a body whole and take no size limit, so a huge body still costs its download,
 * but no longer its parsing and scrubbing; errors show the first 500 characters anyway.
 */
export const MAX_ERROR_BODY_CHARS = 64 * 1024;

/** Bodies may arrive as Buffer/ArrayBuffer (binary requests) or JSON text; text is cut at {@link MAX_ERROR_BODY_CHARS}. */
function decodeBody(body: unknown): unknown {
	// A UTF-8 character takes at most 4 bytes.
	const maxBytes = MAX_ERROR_BODY_CHARS * 4;
	let text: string | undefined;
	if (typeof body === 'string') text = body;
	else if (body instanceof ArrayBuffer) text = new TextDecoder().decode(new Uint8Array(body, 0, Math.min(body.byteLength, maxBytes)));
	else if (body instanceof Uint8Array) text = new TextDecoder().decode(body.subarray(0, maxBytes));
	if (text === undefined) return body;
	if (text.length > MAX_ERROR_BODY_CHARS) text = text.slice(0, MAX_ERROR_BODY_CHARS);
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** The API's own explanation, if the body has one. */
export function apiMessageFromBody(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (!trimmed || /^<(!doctype|html)/i.test(trimmed)) return undefined;
		return trimmed.length > 500 ? `${trimmed.slice(0, 500)}…` : trimmed;
	}
	const record = asRecord(body);
	if (!record) return undefined;
	// Avinode envelope: { meta: { errors: [{ title, code, detail? }] } }
	const meta = asRecord(record.meta);
	if (meta && Array.isArray(meta.errors) && meta.errors.length > 0) {
		return meta.errors
			.map((entry) => {
				const err = asRecord(entry) ?? {};
				const title = String(err.title ?? err.message ?? err.detail ?? 'Error');
				const detail = err.detail && err.detail !== title ? `: ${String(err.detail)}` : '';
				return err.code ? `${title}${detail} [${String(err.code)}]` : `${title}${detail}`;
			})
			.join('; ');
	}
	// OAuth token endpoints: { error, error_description }
	if (typeof record.error === 'string') {
		return record.error_description ? `${record.error}: ${String(record.error_description)}` : record.error;
	}
	for (const key of ['message', 'Message', 'detail', 'title', 'error_description']) {
		if (typeof record[key] === 'string' && record[key]) return record[key] as string;
	}
	if (Array.isArray(record.errors) && record.errors.length > 0) {
		return record.errors.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry))).join('; ');
	}
	const nestedError = asRecord(record.error);
	if (nestedError && typeof nestedError.message === 'string') return nestedError.message;
	return undefined;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'The API rejected the request as invalid',
	401: 'Authentication failed: check the credential',
	403: 'Access denied: the API connection lacks permission for this operation',
	404: 'Not found: check the ID',
	405: 'Method not allowed',
	409: 'Conflict',
	415: 'Unsupported content type',
	422: 'The API could not process the data (validation or state failure)',
	429: 'Too many requests: the API rate limit was hit',
	500: 'The API failed internally',
	501: 'The operation is disabled or not implemented for this connection',
	502: 'Upstream error at the API gateway',
	503: 'The API is too busy',
	504: 'The API gateway timed out',
};

export interface ErrorContext {
	api: ApiName;
	method: string;
	/** Path relative to the API base, for the message; never contains secrets. */
	path: string;
	requestId?: string;
	itemIndex?: number;
	attempts?: number;
	/**
	 * Every secret of the credential in use, read when the failure happened. Required, so no error
	 * can be built without them: the API's words, the client's message and the description are scrubbed.
	 */
	secrets: readonly string[];
	/** Extra sentence for the description (e.g. "the outcome is unknown"). */
	note?: string;
	/** The request was held back by the request budget (the API asked to wait too long) and never sent. */
	rateLimited?: boolean;
	/** The API answered with a redirect that was not followed: where it pointed (an origin) and why. */
	redirect?: { target: string; reason: string };
}

const NETWORK_WORDS: Record<string, string> = {
	ECONNRESET: 'connection dropped',
	EPIPE: 'connection dropped',
	UND_ERR_SOCKET: 'connection dropped',
	ECONNREFUSED: 'connection refused',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ESOCKETTIMEDOUT: 'timed out',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host not found',
};

function networkWords(code: string | undefined): string {
	return (code && NETWORK_WORDS[code]) || 'network error';
}

export function describeFailure(failure: HttpFailure, context: ErrorContext): { message: string; description: string } {
	const secrets = context.secrets;
	// Scrub the body before picking text out of it and cutting it short, so no secret is half-cut.
	const apiText = apiMessageFromBody(redactDeep(failure.body, secrets));
	const hint = failure.status !== undefined ? STATUS_HINTS[failure.status] : undefined;
	let message: string;
	if (context.rateLimited) {
		message = `${context.api} API rate limit reached`;
	} else if (context.redirect) {
		message = `${context.api} API redirected the request to ${context.redirect.target}; not followed: ${context.redirect.reason}`;
	} else if (failure.status !== undefined) {
		message = `${context.api} API error ${failure.status}: ${apiText ?? hint ?? 'request failed'}`;
	} else if (failure.networkCode || !failure.clientMessage) {
		// Plain words: n8n replaces a message that contains a raw code like ECONNRESET with a generic one.
		message = `${context.api} API unreachable (${networkWords(failure.networkCode)})`;
	} else {
		// Neither HTTP nor network: e.g. the credential's own token error, which is written for users.
		message = failure.clientMessage;
	}
	const parts = [`${context.method} ${context.path}`];
	if (failure.status === undefined && failure.networkCode) parts.push(failure.networkCode);
	if (hint && apiText) parts.push(hint);
	if (context.requestId) parts.push(`RequestId ${context.requestId}`);
	if (context.attempts && context.attempts > 1) parts.push(`after ${context.attempts} attempts`);
	if (context.note) parts.push(context.note);
	return { message: redactSecrets(message, secrets), description: redactSecrets(parts.join(' · '), secrets) };
}

/** The API's own answer to a failed request (secrets removed), kept beside the error rather than in it. */
const answerBodies = new WeakMap<object, unknown>();

/** The body the API answered a failed request with, for callers that read a structured answer. */
export function apiErrorBody(error: unknown): unknown {
	return error !== null && typeof error === 'object' ? answerBodies.get(error) : undefined;
}

export function buildNodeApiError(node: INode, failure: HttpFailure, context: ErrorContext): NodeApiError {
	const { message, description } = describeFailure(failure, context);
	const errorResponse: JsonObject = {
		message,
		description,
		...(failure.status !== undefined ? { httpCode: String(failure.status) } : {}),
		...(context.requestId ? { requestId: context.requestId } : {}),
	};
	const apiError = new NodeApiError(node, errorResponse, {
		message,
		description,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: context.itemIndex,
	});
	// Which request failed, for advice that depends on it (evidence.ts); method only, never the URL.
	apiError.context.requestMethod = context.method;
	if (failure.body !== undefined) answerBodies.set(apiError, redactDeep(failure.body, context.secrets));
	return apiError;
}

/** Shape of an error item when continueOnFail is on: what failed, never how we authenticated. */
export function errorItemJson(error: Error & { description?: string | null; httpCode?: string | null }): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error.httpCode) json.httpCode = error.httpCode;
	return json;
}
