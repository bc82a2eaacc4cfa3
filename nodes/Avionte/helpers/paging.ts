/**
 * Avionté's two-step listing [C-code]: `GET /{plural}/ids/{page}/{pageSize}` returns a bare array of
 * ids, then `POST /{plural}/multi-query` returns up to 100 full records per call.
 *
 * Every ids page costs one call whatever its size, so listings ask for large pages: 500 ids, the size
 * partner code lists with [C-code: NB] (the FAQ's "typical limit is 100" is about records), and 100,
 * what every other partner client asks, if the endpoint refuses 500 (400, 404 or 422 to a size it
 * never served). A refused size is not asked again of that endpoint, nor first of the tenant's other
 * endpoints. A bulk endpoint may also cap its
 * pages below what we ask [C: FAQ "may impose lower limits"]: a short page at a size the endpoint is
 * not known to honour is checked against the next page; empty means the end, ids mean the endpoint
 * caps its pages at what it returned (we then ask for that size). The next page is asked at the size
 * the short page had, so it follows on whether the endpoint counts its offsets in the size it serves or
 * in the size asked (the docs do not say). End of list = an empty page, or a short page at a size the endpoint is known
 * to honour. A reading with a Limit asks for the smallest page size that still reads the Limit in the
 * fewest pages, so it reads no page it cannot use.
 *
 * No page says whether `page` counts from 0 or 1 [I: one partner client starts at 1, three at 0]. The
 * first listing of a tenant reads page 0 and page 1 together (page 0 alone when it is all the reader
 * needs, or one request at a time): a 0-based API answers page 0 with its first page, a 1-based one
 * with an error, an empty page or page 1's ids. Page 0's ids are handed over at once (they are the
 * first page either way), and page 1 tells the base: the same ids again mean 1-based (that repeat is
 * the one call the base costs). A reader that needs only page 0 never pays for the base. What was learned is cached per API base URL
 * and tenant for the process, so later listings start at the right page with no extra call.
 *
 * Ids are de-duplicated; a page of only known ids stops the listing with an error (an API that
 * ignores the page number would otherwise loop forever). Without a per-second limit, ids pages are
 * read in windows as wide as the concurrency (never wider than a Limit still needs); under one, every
 * page read past the end is a call the limit counts, so pages are read one at a time, and records are
 * fetched while the next ids page is read (`readRecordBatches`).
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk, mapWithConcurrency, RequestSlots } from '../../shared/concurrency';
import { extractHttpFailure } from '../../shared/errors';
import type { ApiContext } from '../../shared/transport';
import { credentialsFor } from '../../shared/transport';
import type { RetryPolicy } from '../../shared/retry';
import { runRatePerSecond } from '../../shared/throttle';
import { AVIONTE_DEFAULT_RATE_PER_SECOND, avionteRequest } from '../transport';
import { avionteApiBaseUrl } from '../transport/connection';

/** Ids page sizes a listing asks for, largest first; it steps down when an endpoint refuses one. */
export const IDS_PAGE_SIZES: readonly number[] = [500, 100];
/** The smallest of them: what every partner client asks, never taken for a refused size; a picker's page. */
export const IDS_PAGE_SIZE = 100;
export const MULTI_QUERY_BATCH = 100;
/** A listing never reads more ids pages than this. */
export const MAX_IDS_PAGES = 10_000;
/** Answers to page 0 that mean "this API counts pages from 1", and to a page size the endpoint does not take. */
const REFUSALS = new Set([400, 404, 422]);

export interface ListIdsOptions {
	/** Stop once this many distinct ids are known; undefined = all. */
	limit?: number;
	concurrency: number;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** Ids asked per page; default: the largest size the endpoint takes (for a Limit, no larger than it needs). */
	pageSize?: number;
}

/** Where an earlier reading stopped: a page, the size it counts in, and what its page 0 held. */
export interface IdsResume {
	page: number;
	pageSize: number;
	/**
	 * The first id of page 0, when page 0 was handed over before the API's page base was known: if
	 * `page` (1) starts with it, it is page 0 again (the API counts from 1) and the reading goes on
	 * at the next page.
	 */
	repeatOf?: number;
}

export interface ScanIdsOptions extends ListIdsOptions {
	/** Continue a scan at this page, if it was read at this page size; otherwise start at the first page. */
	resume?: IdsResume;
}

export interface IdsScan {
	ids: number[];
	/** The page size of the last full page (else of the last page): below the asked size when the endpoint caps it. */
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
	/** Largest page size this endpoint answered (with any number of ids). */
	accepted: number;
	/** Smallest page size this endpoint refused. */
	refused?: number;
}

interface TenantPaging {
	base?: PageBase;
	/** Smallest page size any endpoint of the tenant refused: not asked first of the others. */
	refused?: number;
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

function endpointPaging(tenant: TenantPaging, plural: string): EndpointPaging {
	let endpoint = tenant.endpoints.get(plural);
	if (!endpoint) {
		endpoint = { honoured: 0, accepted: 0 };
		tenant.endpoints.set(plural, endpoint);
	}
	return endpoint;
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

/**
 * The page size for a reading that uses at most `limit` ids: the fewest pages `largest` allows, each
 * no larger than needed (Limit 150 → one page of 150; 600 at most 500 → two pages of 300).
 */
export function pageSizeForLimit(limit: number | undefined, largest: number): number {
	if (limit === undefined) return largest;
	const wanted = Math.max(1, Math.floor(limit));
	return Math.ceil(wanted / Math.ceil(wanted / largest));
}

/** The size to ask after `size` was refused: the next smaller step; undefined below the smallest. */
export function smallerPageSize(size: number): number | undefined {
	return IDS_PAGE_SIZES.find((step) => step < size);
}

/** The largest page size worth asking of an endpoint: below any size it (or, unless it took that size, its tenant) refused, at most its cap. */
function largestPageSize(tenant: TenantPaging, endpoint: EndpointPaging): number {
	const refused = endpoint.refused ?? (tenant.refused !== undefined && tenant.refused > endpoint.accepted ? tenant.refused : undefined);
	const step = refused === undefined ? IDS_PAGE_SIZES[0] : (smallerPageSize(refused) ?? IDS_PAGE_SIZE);
	return Math.min(step, endpoint.cap ?? Number.MAX_SAFE_INTEGER);
}

/**
 * Ids pages read at once. Without a per-second limit a window of pages costs one round trip; under
 * one, a page read past the end is a call the limit counts, so pages go one at a time (records are
 * fetched meanwhile: `readRecordBatches`).
 */
function readAheadWidth(context: ApiContext, concurrency: number): number {
	const ratePerSecond = runRatePerSecond(context) ?? AVIONTE_DEFAULT_RATE_PER_SECOND;
	return ratePerSecond > 0 ? 1 : Math.max(1, Math.floor(concurrency));
}

export interface ReadIdsPagesOptions {
	/** The most ids pages read at once (only without a per-second limit: see `readAheadWidth`). */
	concurrency: number;
	itemIndex?: number;
	retryPolicy?: Partial<RetryPolicy>;
	/** Ids asked per page; default: the largest size the endpoint takes. What the endpoint taught us lowers it. */
	pageSize?: number;
	/** The most ids the reader will use; sizes the pages and bounds the windows. Undefined = all. */
	limit?: number;
	/** Continue at this page, if it was read at this page size; otherwise start at the first page. */
	resume?: IdsResume;
	/** Runs each ids page request (e.g. in slots shared with the record fetches). */
	inSlot?: <T>(request: () => Promise<T>) => Promise<T>;
}

export interface IdsPage {
	/** The server's page number. */
	page: number;
	/** The ids of this page no earlier page of the same reading listed, in API order. */
	ids: number[];
	/** The page size this page counts in (what the endpoint served: the asked size, or its cap). */
	pageSize: number;
	/** Whether the page came back with as many ids as asked (more pages may follow). */
	full: boolean;
	/** Page 0 read while the API's page base was unknown: its first id, for a reading resumed at page 1 (see `IdsResume`). */
	repeatOf?: number;
}

/** One ids page as the server answered it: its ids, or the refusal (400, 404, 422) as thrown. */
interface PageAnswer {
	page: number;
	size: number;
	ids?: number[];
	refusal?: unknown;
}

/** Ends a reading at one page size: the endpoint refused that size (the reading starts over, smaller). */
interface SizeRefused {
	refusedSize: number;
	refusal: unknown;
}

/**
 * Reads ids pages in order, from the first page (or a resume point) to the end. Nothing is read
 * before the reader asks for it, beyond a window of pages read at once (see `readAheadWidth`) that a
 * Limit bounds: a reader that stops iterating ends the reading.
 */
export async function* readIdsPages(this: ApiContext, plural: string, options: ReadIdsPagesOptions): AsyncGenerator<IdsPage, void, undefined> {
	const tenant = await tenantPaging(this);
	const endpoint = endpointPaging(tenant, plural);
	const width = readAheadWidth(this, options.concurrency);
	const inSlot = options.inSlot ?? (async <T>(request: () => Promise<T>) => await request());
	const seen = new Set<number>();
	let pagesRead = 0;

	const read = async (page: number, size: number): Promise<PageAnswer> => {
		if (++pagesRead > MAX_IDS_PAGES) {
			throw new NodeOperationError(this.getNode(), `Avionté listing of ${plural} stopped after ${MAX_IDS_PAGES} ids pages`, { itemIndex: options.itemIndex });
		}
		let body: unknown;
		try {
			body = (await inSlot(async () => await avionteRequest.call(this, 'GET', `/${plural}/ids/${page}/${size}`, { itemIndex: options.itemIndex, retryPolicy: options.retryPolicy }))).body;
		} catch (error) {
			const status = extractHttpFailure(error).status;
			if (status !== undefined && REFUSALS.has(status)) return { page, size, refusal: error };
			// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
		endpoint.accepted = Math.max(endpoint.accepted, size);
		return { page, size, ids: toIds(body, plural, page) };
	};
	const readWindow = async (first: number, count: number, size: number) => await mapWithConcurrency(Array.from({ length: count }, (_, i) => first + i), count, async (page) => await read(page, size));
	const fail = (refusal: unknown): never => {
		throw new NodeApiError(this.getNode(), refusal as JsonObject);
	};
	/** A refusal of a size above the smallest that this endpoint never served, before anything was handed over. */
	const sizeMayBeRefused = (size: number) => size > IDS_PAGE_SIZE && size > endpoint.accepted && seen.size === 0;
	const remaining = () => (options.limit === undefined ? undefined : Math.max(1, options.limit - seen.size));
	const fresh = (pageIds: number[]): number[] => {
		const added: number[] = [];
		for (const id of pageIds) {
			if (seen.has(id)) continue;
			seen.add(id);
			added.push(id);
		}
		return added;
	};

	/** Reads at one page size (lowered only by a cap the pages reveal); returns why it stopped early, if it did. */
	async function* readAtSize(this: ApiContext, firstSize: number, resume: IdsResume | undefined): AsyncGenerator<IdsPage, SizeRefused | undefined, undefined> {
		let size = firstSize;
		let next: number;
		/** Where a resumed reading checks whether its page repeats the page 0 read before. */
		let repeatCheck: { page: number; firstId: number } | undefined;
		if (resume && resume.pageSize === size && resume.page >= 0) {
			// A page index read before is the server's own index, whatever the base.
			next = resume.page;
			if (resume.repeatOf !== undefined) repeatCheck = { page: resume.page, firstId: resume.repeatOf };
		} else {
			next = tenant.base ?? 0;
		}
		let baseUnknown = tenant.base === undefined && next === 0;
		/** Page 0 of this reading, to compare with page 1. */
		let pageZero: PageAnswer | undefined;
		/** The length of a short page at a size not known to be honoured, until the next page tells whether it ended the list. */
		let shortPage: number | undefined;
		let pending: PageAnswer[] = [];
		for (;;) {
			if (pending.length === 0) {
				const served = Math.min(size, endpoint.cap ?? size);
				let count = shortPage !== undefined ? 1 : pagesToRequest(width, served, remaining());
				// Page 1 tells the base and is read anyway unless page 0 is all the reader needs: same wave.
				if (baseUnknown && next === 0 && (remaining() ?? Number.MAX_SAFE_INTEGER) > served) count = Math.max(count, Math.min(2, Math.floor(options.concurrency)));
				pending = await readWindow(next, count, size);
			}
			const answer = pending.shift()!;
			const page = next++;
			let repeatOf: number | undefined;
			if (page === 0) {
				pageZero = answer;
				if (baseUnknown) {
					// Refused or empty: a 1-based API, an empty list, or (refused) a size it does not take; page 1 tells.
					if (answer.refusal !== undefined || answer.ids!.length === 0) continue;
					// Ids: the first page whatever the base (a 1-based API reads page 0 as page 1).
					repeatOf = answer.ids![0];
				}
			} else if (page === 1 && pageZero !== undefined) {
				const zeroIds = pageZero.ids ?? [];
				if (zeroIds.length > 0) {
					if (answer.refusal !== undefined) fail(answer.refusal);
					// Page 1 repeats page 0: the API counts from 1 (also if it was taken for 0-based), and page 0 was its first page.
					const repeats = sameIds(zeroIds, answer.ids!);
					tenant.base = repeats ? 1 : (tenant.base ?? 0);
					baseUnknown = false;
					if (repeats) continue;
				} else if (baseUnknown) {
					baseUnknown = false;
					if (answer.refusal !== undefined) {
						// Pages 0 and 1 both refused: it is the size, not the page.
						if (pageZero.refusal !== undefined && sizeMayBeRefused(size)) return { refusedSize: size, refusal: answer.refusal };
						fail(answer.refusal);
					}
					if (answer.ids!.length === 0) return undefined; // nothing to list; the base stays unknown
					tenant.base = 1;
				}
			} else if (repeatCheck !== undefined && page === repeatCheck.page && answer.ids !== undefined) {
				// Resumed after a page 0 read while the base was unknown: this page may repeat it.
				const repeats = answer.ids.length > 0 && answer.ids[0] === repeatCheck.firstId;
				tenant.base = repeats ? 1 : 0;
				if (repeats) continue;
			}
			if (answer.refusal !== undefined) {
				if (sizeMayBeRefused(answer.size)) return { refusedSize: answer.size, refusal: answer.refusal };
				fail(answer.refusal);
			}
			const pageIds = answer.ids!;
			if (shortPage !== undefined) {
				if (pageIds.length === 0) return undefined;
				// The short page was not the end: the endpoint caps its pages at what it returned.
				endpoint.cap = shortPage;
				endpoint.honoured = shortPage;
				size = Math.min(size, shortPage);
				shortPage = undefined;
			}
			if (pageIds.length === 0) return undefined;
			const served = Math.min(answer.size, endpoint.cap ?? answer.size);
			const ids = fresh(pageIds);
			if (pageIds.length >= served) {
				if (ids.length === 0) {
					throw new NodeOperationError(this.getNode(), `Avionté returned only ${plural} ids it had already listed for page ${page}, so it seems to ignore the page number; stopped listing to avoid an endless loop`, { itemIndex: options.itemIndex });
				}
				endpoint.honoured = Math.max(endpoint.honoured, served);
				yield { page, ids, pageSize: served, full: true, repeatOf };
				continue;
			}
			yield { page, ids, pageSize: served, full: false, repeatOf };
			// A short page: the end, unless the endpoint is not known to honour this size and the next page has ids.
			if (served <= endpoint.honoured) return undefined;
			shortPage = pageIds.length;
			// The next page is asked at the short page's size: a capped endpoint may count its offsets in the size
			// it serves or in the size asked, and only at the served size do both mean the ids right after these.
			// Pages already read ahead at the larger size are dropped.
			size = shortPage;
			pending = [];
		}
	}

	const largest = largestPageSize(tenant, endpoint);
	let size = Math.max(1, Math.min(options.pageSize ?? options.resume?.pageSize ?? pageSizeForLimit(options.limit, largest), largest));
	let resume = options.resume;
	for (;;) {
		const stopped = yield* readAtSize.call(this, size, resume);
		if (stopped === undefined) return;
		// The endpoint does not take this page size: ask the next smaller one from the start (nothing was handed over yet).
		const { refusedSize } = stopped;
		endpoint.refused = Math.min(endpoint.refused ?? refusedSize, refusedSize);
		tenant.refused = Math.min(tenant.refused ?? refusedSize, refusedSize);
		size = Math.min(size, smallerPageSize(refusedSize) ?? fail(stopped.refusal));
		resume = undefined;
	}
}

/** Reads ids pages from the first page (or a resume point) to the end or the limit. */
export async function scanIds(this: ApiContext, plural: string, options: ScanIdsOptions): Promise<IdsScan> {
	const limit = options.limit;
	const ids: number[] = [];
	let pageSize = options.pageSize ?? options.resume?.pageSize ?? IDS_PAGE_SIZE;
	let lastFullPage: number | undefined;
	const pages = readIdsPages.call(this, plural, {
		concurrency: options.concurrency,
		itemIndex: options.itemIndex,
		retryPolicy: options.retryPolicy,
		pageSize: options.pageSize,
		limit,
		resume: options.resume,
	});
	for await (const page of pages) {
		if (lastFullPage === undefined || page.full) pageSize = page.pageSize;
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
	 * Whether the reader may stop early (it filters and counts matches): then each ids page is read,
	 * and each multi-query of it sent, only when the reader asks for more. Otherwise records are
	 * fetched while the next ids page is read.
	 */
	mayStopEarly?: boolean;
}

const NO_RECORDS: FetchRecordsResult = { records: [], missingIds: [] };

/**
 * Streams full records in ids order, one multi-query batch (up to 100) at a time. A reader that may
 * stop early gets each batch of an ids page fetched when it asks for it. Otherwise every full batch
 * of 100 ids is fetched as soon as the ids pages have named it, while the next ids page is read, at
 * most `concurrency` requests in flight in all, the ids pages first; batches not yet handed over wait
 * in memory.
 */
export async function* readRecordBatches(this: ApiContext, plural: string, options: ReadRecordsOptions): AsyncGenerator<FetchRecordsResult, void, undefined> {
	const fetchBatch = async (batch: number[]) => await fetchRecordsByIds.call(this, plural, batch, { ...options, concurrency: 1 }, options.idField);
	const pageOptions = { concurrency: options.concurrency, itemIndex: options.itemIndex, retryPolicy: options.retryPolicy, pageSize: options.pageSize };
	if (options.mayStopEarly) {
		for await (const page of readIdsPages.call(this, plural, { ...pageOptions, concurrency: 1 })) {
			for (const batch of chunk(page.ids, MULTI_QUERY_BATCH)) yield await fetchBatch(batch);
		}
		return;
	}
	const limit = options.limit;
	const slots = new RequestSlots(options.concurrency);
	const fetches: Array<Promise<FetchRecordsResult>> = [];
	const state: { done: boolean; stop: boolean; wake?: () => void } = { done: false, stop: false };
	const wake = () => {
		const resume = state.wake;
		state.wake = undefined;
		resume?.();
	};
	const listing = (async () => {
		let listed = 0;
		let failed = true;
		try {
			const pages = readIdsPages.call(this, plural, { ...pageOptions, limit, inSlot: async (request) => await slots.run(request, true) });
			const send = (batch: number[]) => {
				// A batch still waiting for a slot when the reading stopped is not sent.
				const fetch = slots.run(async () => (state.stop ? NO_RECORDS : await fetchBatch(batch)));
				// Awaited in order below; this only keeps a failure from counting as unhandled meanwhile.
				fetch.catch(() => undefined);
				fetches.push(fetch);
				wake();
			};
			// Ids wait until a full batch is known (pages capped below 100 still make full multi-queries).
			let unsent: number[] = [];
			for await (const page of pages) {
				const ids = limit === undefined ? page.ids : page.ids.slice(0, limit - listed);
				listed += ids.length;
				unsent = unsent.concat(ids);
				while (unsent.length >= MULTI_QUERY_BATCH) send(unsent.splice(0, MULTI_QUERY_BATCH));
				if (state.stop || (limit !== undefined && listed >= limit)) break;
			}
			if (unsent.length > 0 && !state.stop) send(unsent);
			failed = false;
		} finally {
			// A failed listing sends none of the batches still waiting; its error is raised below.
			if (failed) state.stop = true;
			state.done = true;
			wake();
		}
	})();
	listing.catch(() => undefined);
	try {
		for (;;) {
			const fetch = fetches.shift();
			if (fetch) {
				yield await fetch;
				continue;
			}
			if (state.done) break;
			await new Promise<void>((resolve) => (state.wake = resolve));
		}
		await listing;
	} finally {
		state.stop = true;
	}
}

/** Every record of a listing (or its first `limit` ids' records), in ids order. */
export async function listRecords(this: ApiContext, plural: string, options: ReadRecordsOptions): Promise<FetchRecordsResult> {
	const records: IDataObject[] = [];
	const missingIds: number[] = [];
	for await (const batch of readRecordBatches.call(this, plural, { ...options, mayStopEarly: false })) {
		for (const record of batch.records) records.push(record);
		for (const id of batch.missingIds) missingIds.push(id);
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
