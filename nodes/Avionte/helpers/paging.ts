/**
 * Avionté's two-step listing [C-code]: `GET /{plural}/ids/{page}/{pageSize}` returns a bare array of
 * ids, then `POST /{plural}/multi-query` returns up to 100 full records per call.
 *
 * No page says whether `page` counts from 0 or 1 [I: one partner client starts at 1, three at 0], and
 * a bulk endpoint may cap the page size below what we ask [C: FAQ "may impose lower limits"]. So the
 * first listing of a tenant reads pages 0 and 1 and learns the base: a 1-based API answers page 0 with
 * an error, an empty page or page 1's ids. A short page whose size the endpoint is not known to honour
 * is checked against the next page: empty means the end, ids mean the endpoint caps its pages at what
 * it returned (we then ask for that size). We assume a capped endpoint pages with the size it uses.
 * What was learned is cached per API base URL and tenant for the process, so later listings start at
 * the right page with no extra call. End of list = an empty page, or a short page at a size the
 * endpoint is known to honour. Ids are de-duplicated; a page of only known ids stops the listing with
 * an error (an API that ignores the page number would otherwise loop forever). With concurrency > 1,
 * ids pages are read in windows, never wider than what Limit still needs. `readIdsPages` hands the
 * pages over one by one, so a reader that filters records (`readRecordBatches`) stops the listing as
 * soon as it has what it needs.
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk, mapWithConcurrency } from '../../shared/concurrency';
import { extractHttpFailure } from '../../shared/errors';
import type { ApiContext } from '../../shared/transport';
import { credentialsFor } from '../../shared/transport';
import type { RetryPolicy } from '../../shared/retry';
import { avionteRequest } from '../transport';
import { avionteApiBaseUrl } from '../transport/connection';

export const IDS_PAGE_SIZE = 100;
export const MULTI_QUERY_BATCH = 100;
/** A listing never reads more ids pages than this (a million ids at full pages). */
export const MAX_IDS_PAGES = 10_000;
/** Answers to page 0 that mean "this API counts pages from 1". */
const PAGE_ZERO_REFUSALS = new Set([400, 404, 422]);

export interface ListIdsOptions {
	/** Stop once this many distinct ids are known; undefined = all. */
	limit?: number;
	concurrency: number;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	pageSize?: number;
}

export interface ScanIdsOptions extends ListIdsOptions {
	/** Continue a scan at this page, if it was read at this page size; otherwise start at the first page. */
	resume?: { page: number; pageSize: number };
}

export interface IdsScan {
	ids: number[];
	/** The page size the scan ended with (below the asked size when the endpoint caps it). */
	pageSize: number;
	/** The last page that came back full, if any (a later scan may resume there). */
	lastFullPage?: number;
	/** The next page to read, or undefined when the scan reached the end of the list. */
	nextPage?: number;
}

type PageBase = 0 | 1;

interface EndpointPaging {
	/** Largest page size this endpoint returned in full. */
	honoured: number;
	/** The most ids per page the endpoint returns, when it returned fewer than asked. */
	cap?: number;
}

interface TenantPaging {
	base?: PageBase;
	endpoints: Map<string, EndpointPaging>;
}

/** What each tenant's API taught us, per `${API base URL}|${tenant}`, for the life of the n8n process run. */
const learned = new Map<string, TenantPaging>();

/** Test hook: forget what was learned about the servers. */
export function forgetAviontePaging(): void {
	learned.clear();
}

async function tenantPaging(context: ApiContext): Promise<TenantPaging> {
	const data = (await credentialsFor(context, 'avionteApi')).data ?? {};
	const key = `${avionteApiBaseUrl(data)}|${String(data.frontOfficeTenantId ?? '')}|${String(data.tenant ?? '')}`;
	let paging = learned.get(key);
	if (!paging) {
		paging = { endpoints: new Map() };
		learned.set(key, paging);
	}
	return paging;
}

function toIds(body: unknown, plural: string, page: number): number[] {
	if (!Array.isArray(body)) throw new Error(`Avionté answered the ${plural} ids page ${page} with something other than a list of ids`);
	return body.map((id) => Number(id)).filter((id) => Number.isFinite(id));
}

export function sameIds(a: number[], b: number[]): boolean {
	return a.length > 0 && a.length === b.length && a.every((id, i) => id === b[i]);
}

/** How many pages to request at once: the concurrency, but no more than Limit still needs. */
export function pagesToRequest(concurrency: number, pageSize: number, remaining: number | undefined): number {
	const needed = remaining === undefined ? Number.MAX_SAFE_INTEGER : Math.ceil(Math.max(1, remaining) / pageSize);
	return Math.max(1, Math.min(Math.max(1, Math.floor(concurrency)), needed));
}

export interface ReadIdsPagesOptions {
	concurrency: number;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** Ids asked per page (default 100); a page-size cap the endpoint taught us lowers it. */
	pageSize?: number;
	/** Continue at this page, if it was read at this page size; otherwise start at the first page. */
	resume?: { page: number; pageSize: number };
	/**
	 * How many more ids the reader can surely use; undefined = all of them. Pages are read ahead, up
	 * to the concurrency, only as far as this reaches, so a reader that stops never caused a page read
	 * it could not use. A reader that filters what it gets answers 1: it cannot know more.
	 */
	idsWanted?: () => number | undefined;
}

export interface IdsPage {
	/** The server's page number. */
	page: number;
	/** The ids of this page no earlier page of the same reading listed, in API order. */
	ids: number[];
	/** The page size asked for this page. */
	pageSize: number;
	/** Whether the page came back with as many ids as asked (more pages may follow). */
	full: boolean;
}

/**
 * Reads ids pages one by one, in order, from the first page (or a resume point) to the end. Nothing
 * is read before the reader asks for it (beyond the read-ahead `idsWanted` allows): a reader that
 * stops iterating ends the reading.
 */
export async function* readIdsPages(this: ApiContext, plural: string, options: ReadIdsPagesOptions): AsyncGenerator<IdsPage, void, undefined> {
	const tenant = await tenantPaging(this);
	const endpoint = tenant.endpoints.get(plural) ?? { honoured: 0 };
	tenant.endpoints.set(plural, endpoint);
	const idsWanted = options.idsWanted ?? (() => undefined);
	let size = Math.max(1, Math.min(options.pageSize ?? IDS_PAGE_SIZE, endpoint.cap ?? Number.MAX_SAFE_INTEGER));
	const seen = new Set<number>();
	let pagesRead = 0;
	const read = async (page: number, pageSize: number): Promise<number[]> => {
		if (++pagesRead > MAX_IDS_PAGES) {
			throw new NodeOperationError(this.getNode(), `Avionté listing of ${plural} stopped after ${MAX_IDS_PAGES} ids pages`, { itemIndex: options.itemIndex });
		}
		const response = await avionteRequest.call(this, 'GET', `/${plural}/ids/${page}/${pageSize}`, { itemIndex: options.itemIndex, retryPolicy: options.retryPolicy });
		return toIds(response.body, plural, page);
	};
	const readPages = async (first: number, count: number) => await mapWithConcurrency(Array.from({ length: count }, (_, i) => first + i), count, async (page) => await read(page, size));
	const fresh = (pageIds: number[]): number[] => {
		const added: number[] = [];
		for (const id of pageIds) {
			if (seen.has(id)) continue;
			seen.add(id);
			added.push(id);
		}
		return added;
	};

	// The first page(s), learning the base on the first listing of the tenant.
	let index: number;
	let pending: number[][];
	const resume = options.resume;
	if (resume && resume.pageSize === size && resume.page >= 0) {
		// A page index read before is the server's own index, whatever the base.
		index = resume.page;
		pending = [];
	} else if (tenant.base !== undefined) {
		index = tenant.base;
		pending = [];
	} else {
		const readPageZero = async () => {
			try {
				return await read(0, size);
			} catch (error) {
				const status = extractHttpFailure(error).status;
				if (status !== undefined && PAGE_ZERO_REFUSALS.has(status)) return undefined;
				// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}
		};
		// Page 0 beside pages 1.. in one wave: pages from 1 on are the server's pages whatever its base.
		let pageZero: number[] | undefined;
		let fromOne: number[][];
		if (options.concurrency > 1) {
			const width = pagesToRequest(options.concurrency - 1, size, idsWanted());
			[pageZero, fromOne] = await Promise.all([readPageZero(), readPages(1, width)]);
		} else {
			pageZero = await readPageZero();
			fromOne = [await read(1, size)];
		}
		const pageOne = fromOne[0];
		if ((pageZero === undefined || pageZero.length === 0) && pageOne.length === 0) {
			return; // nothing to list; the base stays unknown
		} else if (pageZero === undefined || pageZero.length === 0 || sameIds(pageZero, pageOne)) {
			tenant.base = 1;
			index = 1;
			pending = fromOne;
		} else {
			tenant.base = 0;
			index = 0;
			pending = [pageZero, ...fromOne];
		}
	}

	for (;;) {
		if (pending.length === 0) pending = await readPages(index, pagesToRequest(options.concurrency, size, idsWanted()));
		const page = index++;
		const pageIds = pending.shift()!;
		if (pageIds.length === 0) return;
		const ids = fresh(pageIds);
		if (pageIds.length >= size) {
			if (ids.length === 0) {
				throw new NodeOperationError(this.getNode(), `Avionté returned only ${plural} ids it had already listed for page ${page}, so it seems to ignore the page number; stopped listing to avoid an endless loop`, { itemIndex: options.itemIndex });
			}
			endpoint.honoured = Math.max(endpoint.honoured, size);
			yield { page, ids, pageSize: size, full: true };
			continue;
		}
		yield { page, ids, pageSize: size, full: false };
		// A short page: the end, unless the endpoint is not known to honour this size and the next page has ids.
		if (size <= endpoint.honoured) return;
		if (pending.length === 0) pending = await readPages(index, 1);
		if (pending[0].length === 0) return;
		size = pageIds.length;
		endpoint.cap = size;
		endpoint.honoured = size;
	}
}

/** Reads ids pages from the first page (or a resume point) to the end or the limit. */
export async function scanIds(this: ApiContext, plural: string, options: ScanIdsOptions): Promise<IdsScan> {
	const limit = options.limit;
	const ids: number[] = [];
	let pageSize = Math.max(1, Math.min(options.pageSize ?? IDS_PAGE_SIZE, limit ?? Number.MAX_SAFE_INTEGER));
	let lastFullPage: number | undefined;
	const pages = readIdsPages.call(this, plural, {
		...options,
		pageSize,
		idsWanted: () => (limit === undefined ? undefined : limit - ids.length),
	});
	for await (const page of pages) {
		pageSize = page.pageSize;
		if (page.full) lastFullPage = page.page;
		for (const id of page.ids) {
			ids.push(id);
			if (limit !== undefined && ids.length >= limit) return { ids, pageSize, lastFullPage, nextPage: page.page + 1 };
		}
	}
	return { ids, pageSize, lastFullPage };
}

/** Lists distinct ids in API order. */
export async function listIds(this: ApiContext, plural: string, options: ListIdsOptions): Promise<number[]> {
	return (await scanIds.call(this, plural, options)).ids;
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

export interface ReadRecordsOptions extends ListIdsOptions {
	idField?: string;
	/**
	 * Whether the reader may stop early (it filters and counts matches): then each ids page is read
	 * and fetched only when the reader asks for more. Otherwise pages are read ahead, up to the
	 * concurrency, and fetched together.
	 */
	mayStopEarly?: boolean;
}

/**
 * Streams full records as their ids pages arrive: an ids page, then multi-query for its ids, then the
 * next page once the reader asks for it. Records come in ids order; memory holds one wave of pages.
 */
export async function* readRecordBatches(this: ApiContext, plural: string, options: ReadRecordsOptions): AsyncGenerator<FetchRecordsResult, void, undefined> {
	const pagesPerWave = options.mayStopEarly ? 1 : Math.max(1, Math.floor(options.concurrency));
	const pages = readIdsPages.call(this, plural, {
		concurrency: options.concurrency,
		itemIndex: options.itemIndex,
		retryPolicy: options.retryPolicy,
		pageSize: options.pageSize,
		idsWanted: options.mayStopEarly ? () => 1 : undefined,
	});
	let wave: number[] = [];
	let pagesInWave = 0;
	for await (const page of pages) {
		wave.push(...page.ids);
		if (++pagesInWave < pagesPerWave) continue;
		const ids = wave;
		wave = [];
		pagesInWave = 0;
		if (ids.length > 0) yield await fetchRecordsByIds.call(this, plural, ids, options, options.idField);
	}
	if (wave.length > 0) yield await fetchRecordsByIds.call(this, plural, wave, options, options.idField);
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
