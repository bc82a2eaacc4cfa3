/** UI fields every node of the pack shares, written once. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RetryPolicy } from './retry';

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
	];
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

export function readRequestSettings(context: IExecuteFunctions, itemIndex: number, defaults: RequestDefaults): RequestSettings {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const concurrency = Math.max(1, Math.floor(Number(options.maxConcurrency ?? defaults.concurrency)) || defaults.concurrency);
	const rate = Number(options.maxRequestsPerSecond ?? defaults.ratePerSecond);
	const ratePerSecond = Number.isFinite(rate) && rate > 0 ? rate : 0;
	const retryPolicy: Partial<RetryPolicy> = {};
	if (options.maxRetries !== undefined) retryPolicy.maxRetries = Math.max(0, Number(options.maxRetries));
	if (options.maxRateLimitWaitSeconds !== undefined) retryPolicy.maxRateLimitWaitMs = Math.max(0, Number(options.maxRateLimitWaitSeconds)) * 1000;
	return { concurrency, ratePerSecond, retryPolicy };
}

/** Fields of the "Custom API Call" resource; `basePathHint` tells the user what the path is relative to. */
export function customApiCallProperties(basePathHint: string): INodeProperties[] {
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
			placeholder: '/talent/123/assessments',
			description: `Path relative to ${basePathHint}. Authentication headers are added for you.`,
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
