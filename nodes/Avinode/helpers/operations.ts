/**
 * Builders for Avinode and Schedaero operations (get, get many, write), shared by both nodes.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { readLimit, readRequestSettings, requestOptions, returnAllAndLimit, shownFor, simplifyField } from '../../shared/descriptions';
import { extractHttpFailure } from '../../shared/errors';
import { fromVersion, nodeVersion } from '../../shared/nodeVersion';
import type { OperationModule } from '../../shared/router';
import { itemResults } from '../../shared/router';
import type { AvinodeCallOptions } from '../transport';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../transport';
import type { AvinodePlatform } from '../transport/connection';
import { unwrap } from './envelope';
import { actAsOption, queryFromOptions, readId } from './fields';
import { fetchPages, fetchSeekPages } from './paging';

export interface AvinodeOperation extends OperationModule {
	description: INodeProperties[];
}

/**
 * Called when the API answers 404 for the id an item gave: returns the id to send instead (e.g. a
 * display id looked up), or throws an error that says what the field takes.
 */
export type IdResolver = (this: IExecuteFunctions, given: string, itemIndex: number, call: AvinodeCallOptions) => Promise<string>;

/** Sends with the id given; after a 404, once more with the id `onNotFound` finds, if it finds another. */
async function withIdFallback<T>(
	context: IExecuteFunctions,
	given: string,
	itemIndex: number,
	call: AvinodeCallOptions,
	onNotFound: IdResolver | undefined,
	send: (id: string) => Promise<T>,
): Promise<T> {
	if (!onNotFound) return await send(given);
	try {
		return await send(given);
	} catch (error) {
		// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
		if (extractHttpFailure(error).status !== 404) throw new NodeApiError(context.getNode(), error as JsonObject);
		const found = await onNotFound.call(context, given, itemIndex, call);
		if (found === given) throw new NodeApiError(context.getNode(), error as JsonObject);
		return await send(found);
	}
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
	/** The id parameter's fields per node version, when it has more than one. */
	idFields?: INodeProperties[];
	/** The id field's label in errors, when it differs by node version (else `id`'s displayName). */
	idLabel?: (context: IExecuteFunctions) => string;
	/** After a 404: the id to use instead, or an error that explains the field. */
	onNotFound?: IdResolver;
}): AvinodeOperation {
	const properties = [...(spec.idFields ?? [spec.id]), ...(spec.fields ?? []), simplifyField, requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption, ...(spec.extraOptions ?? [])])];
	return {
		description: shownFor(spec.resource, spec.operation ?? 'get', properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const given = readId(this, spec.id.name, spec.idLabel?.(this) ?? spec.id.displayName, itemIndex);
			const opts = options(this, itemIndex);
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
			const call = { itemIndex, retryPolicy, actAs: opts.actAsAccount as string | undefined };
			const response = await withIdFallback(this, given, itemIndex, call, spec.onNotFound, async (id) =>
				await avinodeRequest.call(this, spec.platform, 'GET', spec.path(id, this, itemIndex), { ...call, qs: { ...(spec.query?.(id, this, itemIndex) ?? {}), ...queryFromOptions(opts, spec.sparseType) } }),
			);
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
	/** A Simplify switch (from a node version on, so saved workflows keep their output): one flat record each. */
	simplify?: { fromVersion: number; record: (record: IDataObject) => IDataObject };
}): AvinodeOperation {
	const simplify = spec.simplify ? [{ ...simplifyField, description: 'Whether to return one flat row per record (fit for a sheet) instead of the full data', displayOptions: { show: fromVersion(spec.simplify.fromVersion) } }] : [];
	const properties = [...(spec.fields ?? []), ...returnAllAndLimit(), ...simplify, requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption, ...(spec.extraOptions ?? [])])];
	return {
		description: shownFor(spec.resource, spec.operation ?? 'getAll', properties),
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
			const simplified = spec.simplify && nodeVersion(this) >= spec.simplify.fromVersion && this.getNodeParameter('simplify', itemIndex, true) === true;
			return itemResults(this, itemIndex, simplified && spec.simplify ? records.map(spec.simplify.record) : records);
		},
	};
}

/** Creates, updates and actions: one call per item with a body built by the operation. */
export function writeOperation(spec: {
	platform: AvinodePlatform;
	resource: string;
	operation: string;
	method: IHttpRequestMethods;
	/** `id` is the value of `idParameter`, when given (after a 404, the id its `onNotFound` found). */
	path: (context: IExecuteFunctions, itemIndex: number, id?: string) => string;
	properties: INodeProperties[];
	body?: (context: IExecuteFunctions, itemIndex: number, id?: string) => IDataObject | undefined;
	/** The id parameter (name and label) handed to `path` and `body`, and what to do when the API does not find it. */
	idParameter?: { name: string; displayName: string | ((context: IExecuteFunctions) => string); onNotFound?: IdResolver };
	host?: 'platform' | 'avinode';
	actAs?: boolean;
	/** Turns the raw response into output (e.g. a 201 with only a Location header). */
	result?: (body: unknown, headers: Record<string, string | undefined>) => IDataObject | IDataObject[] | undefined;
	/** Secrets the item's request carries (e.g. a webhook password typed by the user), scrubbed from errors. */
	secrets?: (context: IExecuteFunctions, itemIndex: number) => string[];
	/** A write whose repeat changes nothing (e.g. a PATCH setting values) may be retried like a read. */
	idempotent?: boolean;
	/** Runs after a successful write with what was sent and the output (e.g. to add an execution hint). */
	afterWrite?: (context: IExecuteFunctions, itemIndex: number, sent: IDataObject | undefined, output: IDataObject | IDataObject[]) => void;
}): AvinodeOperation {
	const properties = [...spec.properties, requestOptions(AVINODE_REQUEST_DEFAULTS, spec.actAs === false ? [] : [actAsOption])];
	return {
		description: shownFor(spec.resource, spec.operation, properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const opts = options(this, itemIndex);
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
			const call = { itemIndex, retryPolicy, actAs: opts.actAsAccount as string | undefined };
			let sent: IDataObject | undefined;
			const send = async (id?: string) => {
				sent = spec.body?.(this, itemIndex, id);
				return await avinodeRequest.call(this, spec.platform, spec.method, spec.path(this, itemIndex, id), {
					...call,
					body: sent,
					host: spec.host,
					secrets: spec.secrets?.(this, itemIndex),
					idempotent: spec.idempotent,
				});
			};
			const idParameter = spec.idParameter;
			// A 404 means nothing was changed, so sending again with the id found is safe for writes too.
			const label = typeof idParameter?.displayName === 'function' ? idParameter.displayName(this) : idParameter?.displayName;
			const response = idParameter ? await withIdFallback(this, readId(this, idParameter.name, label ?? idParameter.name, itemIndex), itemIndex, call, idParameter.onNotFound, send) : await send();
			const output = spec.result?.(response.body, response.headers) ?? unwrap(response.body, true);
			spec.afterWrite?.(this, itemIndex, sent, output);
			return itemResults(this, itemIndex, output);
		},
	};
}

