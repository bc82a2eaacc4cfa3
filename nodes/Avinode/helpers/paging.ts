/**
 * Listing for Avinode and Schedaero, written so Return All returns every record exactly once whatever
 * the server does:
 * - `page[number]` / `page[size]` with `meta.pagination.{batchSize, totalCount}` [C-3p: Pipedream].
 *   The page base is disputed (0-based per one Pipedream version, 1-based per another [C-3p]), so we
 *   start at 0 and compare with page 1: a 1-based server answers page 0 with an error, an empty page or
 *   page 1's records. The base found is cached per API base URL and path for the life of the process;
 * - Pages after the first ask for the size the server actually used (`batchSize`, else the count it
 *   returned): a server may return fewer than `page[size]`. With `totalCount` the pages needed are
 *   known (fetched in parallel up to the concurrency); a short page never ends the listing while
 *   `totalCount` says more exist. Without it, the end is an empty page or a page shorter than the
 *   size the server is known to use (a short first page is checked against the next one).
 * - Seek paging (`page[firstseek]` ISO 8601 time, `page[seek]` = last id of the previous page) for
 *   `GET /rfqs` [C-3p: PD-fork, /reference/list]. If the server ignores `page[seek]`, we fall back to
 *   `page[number]`.
 * Records are de-duplicated by id; a server that ignores the page parameters (same records again) is
 * stopped with a clear error, and no listing reads more than MAX_PAGES pages (the hourly quota).
 */
import type { IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { extractHttpFailure } from '../../shared/errors';
import type { ApiContext } from '../../shared/transport';
import type { AvinodeCallOptions } from '../transport';
import { avinodeRequest, connectionFor } from '../transport';
import type { AvinodePlatform } from '../transport/connection';
import type { Envelope } from './envelope';
import { visibleMeta } from './envelope';

export const MAX_PAGE_SIZE = 100;
/** No listing reads more pages than this (100,000 records at full pages): Avinode meters calls per hour [C]. */
export const MAX_PAGES = 1000;
/** Answers to page 0 that mean "this API counts pages from 1". */
const PAGE_ZERO_REFUSALS = new Set([400, 404, 422]);

export interface PagedResult {
	records: IDataObject[];
	/** Warnings and infos of any page, and our own notes about the listing. */
	notices: IDataObject[];
}

interface Page {
	index: number;
	data: IDataObject[];
	batchSize?: number;
	total?: number;
}

type PageBase = 0 | 1;

/** Page base per `${API base URL}${path}`, learned once per n8n process run. */
const pageBases = new Map<string, PageBase>();
/** Seek-paged lists whose server turned out to ignore `page[seek]` (same keys). */
const seekIgnored = new Set<string>();

/** Test hook: forget what was learned about the servers. */
export function forgetAvinodePaging(): void {
	pageBases.clear();
	seekIgnored.clear();
}

async function listingKey(context: ApiContext, platform: AvinodePlatform, path: string): Promise<string> {
	const connection = await connectionFor(context);
	return `${platform === 'avinode' ? connection.avinodeApiBaseUrl : connection.apiBaseUrl}${path}`;
}

/** What identifies a record across pages: its id, else its whole content. */
export function recordKey(record: IDataObject): string {
	return record.id !== undefined && record.id !== null ? `id:${String(record.id)}` : `json:${JSON.stringify(record)}`;
}

export function sameRecords(a: IDataObject[], b: IDataObject[]): boolean {
	return a.length > 0 && a.length === b.length && a.every((record, i) => recordKey(record) === recordKey(b[i]));
}

/** The page size the server used for a page: what it says (`batchSize`) or what it returned, never more than asked. */
export function usedPageSize(requested: number, returned: number, batchSize: number | undefined): number {
	return Math.max(1, Math.min(requested, Math.max(returned, batchSize ?? 0)));
}

/** Collects records in page order, once each. */
class RecordCollector {
	readonly records: IDataObject[] = [];

	private readonly keys = new Set<string>();

	constructor(private readonly limit: number | undefined) {}

	/** Adds a page; returns how many records were new. */
	add(data: IDataObject[]): number {
		let added = 0;
		for (const record of data) {
			if (this.full()) break;
			const key = recordKey(record);
			if (this.keys.has(key)) continue;
			this.keys.add(key);
			this.records.push(record);
			added++;
		}
		return added;
	}

	full(): boolean {
		return this.limit !== undefined && this.records.length >= this.limit;
	}
}

class Lister {
	readonly notices: IDataObject[] = [];

	pagesRead = 0;

	constructor(
		private readonly context: ApiContext,
		private readonly platform: AvinodePlatform,
		private readonly method: IHttpRequestMethods,
		private readonly path: string,
		private readonly qs: IDataObject,
		private readonly callOptions: AvinodeCallOptions,
	) {}

	async get(params: IDataObject, index = 0): Promise<Page> {
		this.pagesRead++;
		if (this.pagesRead > MAX_PAGES) throw this.error(`stopped after ${MAX_PAGES} pages to spare the hourly quota; use Limit or a narrower search`);
		const response = await avinodeRequest.call(this.context, this.platform, this.method, this.path, { ...this.callOptions, qs: { ...this.qs, ...params } });
		const body = response.body as Envelope;
		const notice = visibleMeta(body?.meta);
		if (notice) this.notices.push(notice);
		const pagination = body?.meta?.pagination;
		const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
		return { index, data: Array.isArray(body?.data) ? (body.data as IDataObject[]) : [], batchSize: number(pagination?.batchSize), total: number(pagination?.totalCount) };
	}

	async numbered(index: number, size: number): Promise<Page> {
		return await this.get({ 'page[number]': index, 'page[size]': size }, index);
	}

	error(detail: string): NodeOperationError {
		const api = this.platform === 'avinode' ? 'Avinode' : 'Schedaero';
		return new NodeOperationError(this.context.getNode(), `${api} listing of ${this.path} ${detail}`, { itemIndex: this.callOptions.itemIndex });
	}
}

function isPageZeroRefusal(error: unknown): boolean {
	const status = extractHttpFailure(error).status;
	return status !== undefined && PAGE_ZERO_REFUSALS.has(status);
}

/** Lists with `page[number]` / `page[size]`; Limit is honoured exactly and reads only the pages it needs. */
export async function fetchPages(
	this: ApiContext,
	platform: AvinodePlatform,
	path: string,
	qs: IDataObject,
	limit: number | undefined,
	concurrency: number,
	callOptions: AvinodeCallOptions = {},
	method: IHttpRequestMethods = 'GET',
): Promise<PagedResult> {
	const lister = new Lister(this, platform, method, path, qs, callOptions);
	const collector = new RecordCollector(limit);
	await listNumbered(this, lister, collector, { platform, path, limit, concurrency });
	return { records: collector.records, notices: lister.notices };
}

async function listNumbered(
	context: ApiContext,
	lister: Lister,
	collector: RecordCollector,
	spec: { platform: AvinodePlatform; path: string; limit: number | undefined; concurrency: number },
): Promise<void> {
	const requested = Math.min(MAX_PAGE_SIZE, spec.limit ?? MAX_PAGE_SIZE);
	const cacheKey = await listingKey(context, spec.platform, spec.path);
	let base: PageBase | undefined = pageBases.get(cacheKey);
	const learn = (value: PageBase) => {
		base = value;
		pageBases.set(cacheKey, value);
	};

	// The first page, learning the base when it is not known yet.
	let first: Page;
	if (base !== undefined) {
		first = await lister.numbered(base, requested);
	} else {
		let pageZero: Page | undefined;
		try {
			pageZero = await lister.numbered(0, requested);
		} catch (error) {
			// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
			if (!isPageZeroRefusal(error)) throw new NodeApiError(context.getNode(), error as JsonObject);
		}
		if (pageZero === undefined) {
			// Page 0 refused: a 1-based API, if page 1 answers (else page 1's own error is the one to show).
			first = await lister.numbered(1, requested);
			if (first.data.length === 0) return;
			learn(1);
		} else if (pageZero.data.length === 0 && pageZero.total !== 0) {
			// Empty page 0: either nothing to list, or a 1-based API; page 1 tells.
			const pageOne = await lister.numbered(1, requested);
			if (pageOne.data.length === 0) return;
			learn(1);
			first = pageOne;
		} else {
			first = pageZero;
		}
	}
	collector.add(first.data);
	if (first.data.length === 0 || collector.full()) return;
	const size = usedPageSize(requested, first.data.length, first.batchSize);
	const total = first.total;

	if (total !== undefined) {
		// totalCount known: read exactly the pages that hold the wanted records, several at a time.
		const wanted = spec.limit !== undefined ? Math.min(spec.limit, total) : total;
		const pages = new Map<number, Page>([[first.index, first]]);
		let firstIndex = first.index;
		for (;;) {
			const count = Math.ceil(wanted / size);
			if (count > MAX_PAGES) throw lister.error(`would need ${count} pages (totalCount ${total}); use Limit or a narrower search`);
			const missing = Array.from({ length: count }, (_, i) => firstIndex + i).filter((i) => !pages.has(i));
			if (missing.length === 0 || collector.full()) break;
			const window = missing.slice(0, Math.max(1, spec.concurrency));
			const fetched = await Promise.all(window.map(async (index) => await lister.numbered(index, size)));
			for (const page of fetched) pages.set(page.index, page);
			let repeatedFirst: Page | undefined;
			if (base === undefined && pages.has(0) && pages.has(1)) {
				// Page 1 repeating page 0: the API counts from 1 and read 0 as 1 (page 0's records are page 1's).
				if (sameRecords(pages.get(0)!.data, pages.get(1)!.data)) {
					learn(1);
					pages.delete(0);
					firstIndex = 1;
					repeatedFirst = pages.get(1);
				} else {
					learn(0);
				}
			}
			for (const page of fetched) {
				if (page === repeatedFirst) continue;
				const added = collector.add(page.data);
				if (added === 0 && page.data.length > 0 && !collector.full()) {
					throw lister.error(`returned the same records for page[number]=${page.index} as for an earlier page, so the server seems to ignore page[number]; stopped to avoid an endless loop`);
				}
			}
		}
		if (collector.records.length < wanted) {
			lister.notices.push({ listing: `The server reported totalCount ${total} but returned ${collector.records.length} distinct records; records may have changed while listing` });
		}
		return;
	}

	// No totalCount: page by page until an empty page or a page shorter than the size the server uses.
	// A short first page is only the end if the server said its page size is larger (batchSize).
	if (first.data.length < size) return;
	let previous = first;
	for (let index = first.index + 1; !collector.full(); index++) {
		const page = await lister.numbered(index, size);
		if (page.data.length === 0) break;
		if (base === undefined && index === 1) {
			if (sameRecords(previous.data, page.data)) {
				learn(1);
				previous = page;
				continue;
			}
			learn(0);
		}
		const added = collector.add(page.data);
		if (added === 0 && !collector.full()) {
			throw lister.error(`returned the same records for page[number]=${index} as for an earlier page, so the server seems to ignore page[number]; stopped to avoid an endless loop`);
		}
		if (page.data.length < size) break;
		previous = page;
	}
}

/**
 * One page for a picker. The token is the next page index; after a first page 0 read while the base
 * was unknown it also carries that page's first record, so the next call can tell whether page 1
 * repeats page 0 (a 1-based API reading 0 as 1) and learn the base without an extra call.
 */
export async function fetchPickerPage(
	this: ApiContext,
	platform: AvinodePlatform,
	path: string,
	qs: IDataObject,
	pageSize: number,
	token: string | undefined,
): Promise<{ records: IDataObject[]; nextToken?: string }> {
	const lister = new Lister(this, platform, 'GET', path, qs, {});
	const key = await listingKey(this, platform, path);
	const separator = (token ?? '').indexOf('|');
	const indexText = separator >= 0 ? token!.slice(0, separator) : token;
	const firstOfPageZero = separator >= 0 ? token!.slice(separator + 1) : undefined;
	let page: Page;
	if (!/^\d+$/.test(indexText ?? '')) {
		const known = pageBases.get(key);
		if (known !== undefined) {
			page = await lister.numbered(known, pageSize);
		} else {
			try {
				page = await lister.numbered(0, pageSize);
			} catch (error) {
				// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
				if (!isPageZeroRefusal(error)) throw new NodeApiError(this.getNode(), error as JsonObject);
				page = await lister.numbered(1, pageSize);
				if (page.data.length > 0) pageBases.set(key, 1);
			}
			if (page.index === 0 && page.data.length === 0 && page.total !== 0) {
				const pageOne = await lister.numbered(1, pageSize);
				if (pageOne.data.length > 0) {
					pageBases.set(key, 1);
					page = pageOne;
				}
			}
		}
	} else {
		page = await lister.numbered(Number(indexText), pageSize);
		if (firstOfPageZero !== undefined && page.index === 1) {
			const repeated = page.data.length > 0 && recordKey(page.data[0]) === firstOfPageZero;
			pageBases.set(key, repeated ? 1 : 0);
			if (repeated) page = await lister.numbered(2, pageSize);
		}
	}
	const base = pageBases.get(key) ?? 0;
	// More pages: totalCount says so (counted in the size the server used), else a full page came back.
	const used = usedPageSize(pageSize, page.data.length, page.batchSize);
	const more = page.data.length > 0 && (page.total !== undefined ? (page.index - base + 1) * used < page.total : page.data.length >= used);
	if (!more) return { records: page.data };
	const carry = page.index === 0 && !pageBases.has(key) ? `|${recordKey(page.data[0])}` : '';
	return { records: page.data, nextToken: `${page.index + 1}${carry}` };
}

/**
 * Seek paging: the first page from `page[firstseek]` (if given), each next page after the last id of
 * the previous one. Falls back to `page[number]` when the server ignores `page[seek]`.
 */
export async function fetchSeekPages(
	this: ApiContext,
	platform: AvinodePlatform,
	path: string,
	qs: IDataObject,
	limit: number | undefined,
	firstSeek: string | undefined,
	concurrency: number,
	callOptions: AvinodeCallOptions = {},
): Promise<PagedResult> {
	const collector = new RecordCollector(limit);
	const key = await listingKey(this, platform, path);
	const byNumber = async (notices: IDataObject[]) => {
		const numbered = new Lister(this, platform, 'GET', path, { ...qs, ...(firstSeek ? { 'page[firstseek]': firstSeek } : {}) }, callOptions);
		await listNumbered(this, numbered, collector, { platform, path, limit, concurrency });
		return { records: collector.records, notices: [...notices, ...numbered.notices] };
	};
	if (seekIgnored.has(key)) return await byNumber([]);
	const lister = new Lister(this, platform, 'GET', path, qs, callOptions);
	const requested = Math.min(MAX_PAGE_SIZE, limit ?? MAX_PAGE_SIZE);
	const first = await lister.get({ 'page[size]': requested, ...(firstSeek ? { 'page[firstseek]': firstSeek } : {}) });
	collector.add(first.data);
	if (first.data.length === 0 || collector.full()) return { records: collector.records, notices: lister.notices };
	const size = usedPageSize(requested, first.data.length, first.batchSize);
	const total = first.total;
	const more = (page: Page) => {
		if (page.data.length === 0 || collector.full()) return false;
		if (total !== undefined) return collector.records.length < total;
		return page.data.length >= size;
	};
	let previous = first;
	let pages = 1;
	while (more(previous)) {
		const lastId = previous.data[previous.data.length - 1]?.id;
		if (lastId === undefined || lastId === null || lastId === '') throw lister.error('cannot continue: the last record of a page has no id to seek from');
		const page = await lister.get({ 'page[size]': size, 'page[seek]': String(lastId) });
		pages++;
		if (page.data.length === 0) break;
		if (pages === 2 && sameRecords(first.data, page.data)) {
			// The server ignored page[seek] and answered the first page again: page by number instead.
			seekIgnored.add(key);
			return await byNumber(lister.notices);
		}
		const added = collector.add(page.data);
		if (added === 0 && !collector.full()) throw lister.error(`returned only records already listed after page[seek]=${String(lastId)}; stopped to avoid an endless loop`);
		previous = page;
	}
	return { records: collector.records, notices: lister.notices };
}
