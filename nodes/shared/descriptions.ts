/** UI fields every node of the pack shares, written once. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseNumber, readWholeNumber, valueOrThrow } from './inputs';
import type { RetryPolicy } from './retry';
import { limitWithToolBound, toolMaxRecordsField } from './toolOutput';

/** An operation's fields, shown only when that resource and operation are chosen. */
export function shownFor(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** Limit's default in the editor; also what an item reads when the field is missing. */
const DEFAULT_LIMIT = 50;

/** Return All, Limit and, on the tool variant, the bound on what one tool call returns. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		toolMaxRecordsField,
	];
}

/**
 * How many records an item asks for: undefined with Return All, else Limit, a whole number of 1 or
 * more (an expression or a model may give 2.5, 0 or text). As a tool, also the tool's bound.
 */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : readWholeNumber(context, 'limit', 'Limit', itemIndex, 1, DEFAULT_LIMIT);
	return limitWithToolBound(context, itemIndex, limit);
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** An API's defaults for the request behaviour in the Options collection. */
export interface RequestDefaults {
	concurrency: number;
	/** 0 = no per-second limit. */
	ratePerSecond: number;
}

/** The Options collection: request behaviour a user may tune per operation. */
export function requestOptions(defaults: RequestDefaults, extra: INodeProperties[] = []): INodeProperties {
	const { concurrency, ratePerSecond } = defaults;
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			...extra,
			{
				displayName: 'Max Concurrent Requests',
				name: 'maxConcurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 10 },
				default: concurrency,
				description: 'How many API requests may be in flight at once, across items and pages',
			},
			{
				displayName: 'Max Requests per Second',
				name: 'maxRequestsPerSecond',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 1 },
				default: ratePerSecond,
				description:
					"The API account's rate limit, shared by every run and trigger using this credential in this n8n process: requests leave evenly spaced. If the API refuses one (429), requests go at the rate it accepted, a little faster again a minute later. 0 means no per-second limit.",
			},
			{
				displayName: 'Max Rate-Limit Wait (Seconds)',
				name: 'maxRateLimitWaitSeconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 120,
				description: 'When the API says to come back later, wait up to this long before failing the item',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 5,
				description: 'How often a failed call is retried when retrying is safe (busy API, rate limit, dropped connection on a read)',
			},
		],
	};
}

export interface RequestSettings {
	concurrency: number;
	ratePerSecond: number;
	retryPolicy: Partial<RetryPolicy>;
}

/** Reads the Options collection's request behaviour; a value that is not a number names the option and the item. */
export function readRequestSettings(context: IExecuteFunctions, itemIndex: number, defaults: RequestDefaults): RequestSettings {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const option = (name: string, displayName: string, min: number): number | undefined =>
		options[name] === undefined ? undefined : valueOrThrow(context, parseNumber(options[name], min), displayName, itemIndex);
	// Fractions of the whole-number options are rounded down, as they always were.
	const concurrency = Math.floor(option('maxConcurrency', 'Max Concurrent Requests', 1) ?? defaults.concurrency);
	const ratePerSecond = option('maxRequestsPerSecond', 'Max Requests per Second', 0) ?? defaults.ratePerSecond;
	const maxRetries = option('maxRetries', 'Max Retries', 0);
	const maxRateLimitWaitSeconds = option('maxRateLimitWaitSeconds', 'Max Rate-Limit Wait (Seconds)', 0);
	const retryPolicy: Partial<RetryPolicy> = {};
	if (maxRetries !== undefined) retryPolicy.maxRetries = maxRetries;
	if (maxRateLimitWaitSeconds !== undefined) retryPolicy.maxRateLimitWaitMs = maxRateLimitWaitSeconds * 1000;
	return { concurrency, ratePerSecond, retryPolicy };
}

/** Fields of the "Custom API Call" resource; `apiBase` tells the user what the path is relative to. */
export function customApiCallProperties(apiBase: string, examplePath: string): INodeProperties[] {
	return [
		{
			displayName: 'Method',
			name: 'method',
			type: 'options',
			options: [
				{ name: 'DELETE', value: 'DELETE' },
				{ name: 'GET', value: 'GET' },
				{ name: 'PATCH', value: 'PATCH' },
				{ name: 'POST', value: 'POST' },
				{ name: 'PUT', value: 'PUT' },
			],
			default: 'GET',
		},
		{
			displayName: 'Path',
			name: 'path',
			type: 'string',
			default: '',
			required: true,
			placeholder: examplePath,
			description: `Path relative to ${apiBase}, e.g. ${examplePath}. Authentication headers are added for you.`,
		},
		{
			displayName: 'Query Parameters',
			name: 'queryParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add parameter',
			default: {},
			options: [
				{
					name: 'parameter',
					displayName: 'Parameter',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Send Body',
			name: 'sendBody',
			type: 'boolean',
			default: false,
			description: 'Whether to send a JSON body',
		},
		{
			displayName: 'Body (JSON)',
			name: 'body',
			type: 'json',
			default: '{}',
			displayOptions: { show: { sendBody: [true] } },
			description: 'JSON body to send: an object or an array',
		},
	];
}

/** Query parameters of a Custom API Call; repeated names become arrays (`fields[trips]` twice). */
export function customQuery(raw: IDataObject): IDataObject {
	const qs: IDataObject = {};
	const entries = ((raw.parameter as IDataObject[] | undefined) ?? []).filter((entry) => String(entry.name ?? '') !== '');
	for (const entry of entries) {
		const name = String(entry.name);
		const value = String(entry.value ?? '');
		const existing = qs[name];
		qs[name] = existing === undefined ? value : ([] as string[]).concat(existing as string | string[], value);
	}
	return qs;
}
