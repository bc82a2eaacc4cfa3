/**
 * Builders for Avinode and Schedaero operations (get, get many, write), shared by both nodes.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, readRequestSettings, requestOptions, returnAllAndLimit, simplifyField } from '../../shared/descriptions';
import type { OperationModule } from '../../shared/router';
import { itemResults } from '../../shared/router';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../transport';
import type { AvinodePlatform } from '../transport/connection';
import { unwrap } from './envelope';
import { actAsOption, queryFromOptions, readId } from './fields';
import { fetchPages, fetchSeekPages } from './paging';

export interface AvinodeOperation extends OperationModule {
	description: INodeProperties[];
}

function shown(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

function options(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return context.getNodeParameter('options', itemIndex, {}) as IDataObject;
}

/** Get one resource: `GET path(id)`, with sparse fields and expansion flags when the API has them. */
export function getOperation(spec: {
	platform: AvinodePlatform;
	resource: string;
	operation?: string;
	id: INodeProperties;
	path: (id: string, context: IExecuteFunctions, itemIndex: number) => string;
	/** Query parameters of the operation itself (besides the sparse fields of its Options). */
	query?: (id: string, context: IExecuteFunctions, itemIndex: number) => IDataObject;
	sparseType?: string;
	extraOptions?: INodeProperties[];
	fields?: INodeProperties[];
}): AvinodeOperation {
	const properties = [spec.id, ...(spec.fields ?? []), simplifyField, requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption, ...(spec.extraOptions ?? [])])];
	return {
		description: shown(spec.resource, spec.operation ?? 'get', properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = readId(this, spec.id.name, spec.id.displayName, itemIndex);
			const opts = options(this, itemIndex);
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
			const response = await avinodeRequest.call(this, spec.platform, 'GET', spec.path(id, this, itemIndex), {
				qs: { ...(spec.query?.(id, this, itemIndex) ?? {}), ...queryFromOptions(opts, spec.sparseType) },
				itemIndex,
				retryPolicy,
				actAs: opts.actAsAccount as string | undefined,
			});
			return itemResults(this, itemIndex, unwrap(response.body, this.getNodeParameter('simplify', itemIndex, true) as boolean));
		},
	};
}

/** Get Many over `page[number]` / `page[size]`, or seek paging when `seekFrom` is given (see helpers/paging). */
export function getManyOperation(spec: {
	platform: AvinodePlatform;
	resource: string;
	operation?: string;
	path: (context: IExecuteFunctions, itemIndex: number) => string;
	fields?: INodeProperties[];
	query?: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
	sparseType?: string;
	extraOptions?: INodeProperties[];
	/** Seek paging: returns the `page[firstseek]` value (ISO 8601) for an item, or undefined. */
	seekFrom?: (context: IExecuteFunctions, itemIndex: number) => string | undefined;
}): AvinodeOperation {
	const properties = [...(spec.fields ?? []), ...returnAllAndLimit(), requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption, ...(spec.extraOptions ?? [])])];
	return {
		description: shown(spec.resource, spec.operation ?? 'getAll', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const limit = readLimit(this, itemIndex);
			const opts = options(this, itemIndex);
			const { concurrency, retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
			const qs = { ...(spec.query?.(this, itemIndex) ?? {}), ...queryFromOptions(opts, spec.sparseType) };
			const callOptions = { itemIndex, retryPolicy, actAs: opts.actAsAccount as string | undefined };
			const path = spec.path(this, itemIndex);
			const { records, notices } = spec.seekFrom
				? await fetchSeekPages.call(this, spec.platform, path, qs, limit, spec.seekFrom(this, itemIndex), concurrency, callOptions)
				: await fetchPages.call(this, spec.platform, path, qs, limit, concurrency, callOptions);
			for (const notice of notices) this.addExecutionHints({ message: `${spec.platform === 'avinode' ? 'Avinode' : 'Schedaero'} says: ${JSON.stringify(notice)}`, location: 'outputPane' });
			return itemResults(this, itemIndex, records);
		},
	};
}

/** Creates, updates and actions: one call per item with a body built by the operation. */
export function writeOperation(spec: {
	platform: AvinodePlatform;
	resource: string;
	operation: string;
	method: IHttpRequestMethods;
	path: (context: IExecuteFunctions, itemIndex: number) => string;
	properties: INodeProperties[];
	body?: (context: IExecuteFunctions, itemIndex: number) => IDataObject | undefined;
	host?: 'platform' | 'avinode';
	actAs?: boolean;
	/** Turns the raw response into output (e.g. a 201 with only a Location header). */
	result?: (body: unknown, headers: Record<string, string | undefined>) => IDataObject | IDataObject[] | undefined;
	/** Secrets the item's request carries (e.g. a webhook password typed by the user), scrubbed from errors. */
	secrets?: (context: IExecuteFunctions, itemIndex: number) => string[];
	/** A write whose repeat changes nothing (e.g. a PATCH setting values) may be retried like a read. */
	idempotent?: boolean;
}): AvinodeOperation {
	const properties = [...spec.properties, requestOptions(AVINODE_REQUEST_DEFAULTS, spec.actAs === false ? [] : [actAsOption])];
	return {
		description: shown(spec.resource, spec.operation, properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const body = spec.body?.(this, itemIndex);
			const path = spec.path(this, itemIndex);
			const opts = options(this, itemIndex);
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
			const response = await avinodeRequest.call(this, spec.platform, spec.method, path, {
				body,
				itemIndex,
				retryPolicy,
				host: spec.host,
				actAs: opts.actAsAccount as string | undefined,
				secrets: spec.secrets?.(this, itemIndex),
				idempotent: spec.idempotent,
			});
			const custom = spec.result?.(response.body, response.headers);
			return itemResults(this, itemIndex, custom ?? unwrap(response.body, true));
		},
	};
}

