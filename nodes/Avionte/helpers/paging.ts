/**
 * Avionté's two-step listing [C-code]: `GET /{plural}/ids/{page}/{pageSize}` returns a bare array of
 * ids, then `POST /{plural}/multi-query` returns up to 100 full records per call.
 *
 * Pages are 1-based [I: one client starts at 0, another at 1]; we start at 1 and de-duplicate ids,
 * so either reading is safe. Listing stops at the first empty or short page. With concurrency > 1,
 * ids pages are requested in windows (at most concurrency - 1 wasted calls past the end), and each
 * multi-query batch starts as soon as its ids are known.
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { chunk, mapWithConcurrency } from '../../shared/concurrency';
import type { ApiContext } from '../../shared/transport';
import type { RetryPolicy } from '../../shared/retry';
import { avionteRequest } from '../transport';

export const IDS_PAGE_SIZE = 100;
export const MULTI_QUERY_BATCH = 100;

export interface ListIdsOptions {
	/** Stop once this many distinct ids are known; undefined = all. */
	limit?: number;
	concurrency: number;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	pageSize?: number;
}

function toIds(body: unknown, plural: string, page: number): number[] {
	if (!Array.isArray(body)) throw new Error(`Avionté answered the ${plural} ids page ${page} with something other than a list of ids`);
	return body.map((id) => Number(id)).filter((id) => Number.isFinite(id));
}

/** Lists distinct ids in API order. */
export async function listIds(this: ApiContext, plural: string, options: ListIdsOptions): Promise<number[]> {
	const pageSize = Math.min(options.pageSize ?? IDS_PAGE_SIZE, options.limit !== undefined ? Math.max(1, options.limit) : Number.MAX_SAFE_INTEGER);
	const seen = new Set<number>();
	const ids: number[] = [];
	const window = Math.max(1, options.concurrency);
	let page = 1;
	for (;;) {
		const pages = Array.from({ length: window }, (_, i) => page + i);
		const results = await mapWithConcurrency(pages, window, async (pageNumber) => {
			const response = await avionteRequest.call(this, 'GET', `/${plural}/ids/${pageNumber}/${pageSize}`, {
				itemIndex: options.itemIndex,
				retryPolicy: options.retryPolicy,
			});
			return toIds(response.body, plural, pageNumber);
		});
		for (const pageIds of results) {
			for (const id of pageIds) {
				if (seen.has(id)) continue;
				seen.add(id);
				ids.push(id);
				if (options.limit !== undefined && ids.length >= options.limit) return ids;
			}
			if (pageIds.length < pageSize) return ids;
		}
		page += window;
	}
}

export interface FetchRecordsResult {
	records: IDataObject[];
	/** Ids the listing named but multi-query did not return (deleted meanwhile, or not visible). */
	missingIds: number[];
}

/** Fetches full records for ids in batches of 100, keeping the ids' order. */
export async function fetchRecordsByIds(this: ApiContext, plural: string, ids: number[], options: ListIdsOptions, idField = 'id'): Promise<FetchRecordsResult> {
	const batches = chunk(ids, MULTI_QUERY_BATCH);
	const answers = await mapWithConcurrency(batches, options.concurrency, async (batch) => {
		const response = await avionteRequest.call(this, 'POST', `/${plural}/multi-query`, {
			body: batch,
			// multi-query only reads, so it is safe to retry after a 504 or a dropped connection.
			idempotent: true,
			itemIndex: options.itemIndex,
			retryPolicy: options.retryPolicy,
		});
		if (!Array.isArray(response.body)) throw new Error(`Avionté answered the ${plural} multi-query with something other than a list`);
		return response.body as IDataObject[];
	});
	const byId = new Map<number, IDataObject>();
	for (const record of answers.flat()) byId.set(Number(record[idField]), record);
	const records: IDataObject[] = [];
	const missingIds: number[] = [];
	for (const id of ids) {
		const record = byId.get(id);
		if (record) records.push(record);
		else missingIds.push(id);
	}
	return { records, missingIds };
}

/** One GET per id, for collections without multi-query. A 404 means the record went away meanwhile. */
export async function fetchRecordsOneByOne(this: ApiContext, ids: number[], path: (id: number) => string, options: ListIdsOptions): Promise<FetchRecordsResult> {
	const answers = await mapWithConcurrency(ids, options.concurrency, async (id) => {
		try {
			const response = await avionteRequest.call(this, 'GET', path(id), { itemIndex: options.itemIndex, retryPolicy: options.retryPolicy });
			return response.body as IDataObject;
		} catch (error) {
			if ((error as { httpCode?: string }).httpCode === '404') return undefined;
			// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	});
	const records: IDataObject[] = [];
	const missingIds: number[] = [];
	answers.forEach((record, index) => (record ? records.push(record) : missingIds.push(ids[index])));
	return { records, missingIds };
}
