/**
 * The record pickers' search. Avionté has no search endpoint [C: none in the catalog], so a picker
 * reads ids pages plus multi-query and filters by the text the user typed. Without text, each call
 * returns one page and a token for the next. With text, one call reads on until it has a screenful of matches,
 * the list ends, or its budget (pages, seconds) is spent, then returns the matches and a token: n8n's
 * editor asks for more only when the user scrolls to the end of a filtered list, so a call that came
 * back with a few matches must already have read far. The token carries the next page and its size,
 * as the ids paging learned them (base 0 or 1, a capped size), and after a page 0 read before the base
 * was known, that page's first id (the next call tells from it whether page 1 repeats page 0).
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { recordIdFromLink } from './locators';
import type { IdsResume } from './paging';
import { fetchRecordsByIds, IDS_PAGE_SIZE, readIdsPages } from './paging';

export interface SearchBounds {
	/** A filtered call stops reading once it has this many matches. */
	enoughMatches: number;
	/** …or after this many ids pages (100 records each). */
	maxPages: number;
	/** …or once it has read for this long. */
	maxMilliseconds: number;
}

/** 50 pages are 5,000 records in 100 calls, about 20 s at Avionté's 5 requests a second. */
export const SEARCH_BOUNDS: SearchBounds = { enoughMatches: 30, maxPages: 50, maxMilliseconds: 20_000 };

/** Labels for a page of records: one per record, or all at once when they need more calls (placements name their talent and job). */
export type Labeller = ((record: IDataObject) => string) | { labels: (context: ILoadOptionsFunctions, records: IDataObject[]) => Promise<string[]> };

export interface PickerSpec {
	plural: string;
	label: Labeller;
	idField?: string;
	/** The record kind whose links the filter may hold (a pasted link finds its record). */
	linkKind?: string;
}

function parseToken(token: string | undefined): IdsResume | undefined {
	const match = /^(\d+)(?::(\d+))?(?::(\d+))?$/.exec(token ?? '');
	return match ? { page: Number(match[1]), pageSize: Number(match[2] ?? IDS_PAGE_SIZE), repeatOf: match[3] === undefined ? undefined : Number(match[3]) } : undefined;
}

function toItem(record: IDataObject, name: string, spec: PickerSpec): INodeListSearchItems {
	const idField = spec.idField ?? 'id';
	const link = typeof record.link === 'string' && /^https?:\/\//i.test(record.link) ? record.link : undefined;
	return { name, value: String(record[idField]), ...(link ? { url: link } : {}) };
}

async function labelsOf(context: ILoadOptionsFunctions, records: IDataObject[], label: Labeller): Promise<string[]> {
	return typeof label === 'function' ? records.map(label) : await label.labels(context, records);
}

/** One picker call: a page without a filter; with one, pages until enough matches or a bound. */
export async function searchRecords(context: ILoadOptionsFunctions, spec: PickerSpec, filter: string | undefined, paginationToken: string | undefined, bounds: SearchBounds = SEARCH_BOUNDS): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const linkedId = needle && spec.linkKind ? recordIdFromLink(spec.linkKind, needle) : undefined;
	const matches = (item: INodeListSearchItems) => !needle || item.name.toLowerCase().includes(needle) || item.value === needle || item.value === linkedId;
	const resume = parseToken(paginationToken);
	const started = Date.now();
	const results: INodeListSearchItems[] = [];
	let pagesRead = 0;
	// A picker shows 100 records a page: one multi-query each.
	const pages = readIdsPages.call(context, spec.plural, { concurrency: 1, pageSize: resume?.pageSize ?? IDS_PAGE_SIZE, resume });
	for await (const page of pages) {
		pagesRead++;
		const { records } = await fetchRecordsByIds.call(context, spec.plural, page.ids, { concurrency: 1 }, spec.idField);
		const names = await labelsOf(context, records, spec.label);
		results.push(...records.map((record, index) => toItem(record, names[index], spec)).filter(matches));
		// A page that is not full is the end, or the endpoint's cap: the next read tells.
		if (!page.full) continue;
		const enough = !needle || results.length >= bounds.enoughMatches;
		if (enough || pagesRead >= bounds.maxPages || Date.now() - started >= bounds.maxMilliseconds) {
			return { results, paginationToken: `${page.page + 1}:${page.pageSize}${page.repeatOf === undefined ? '' : `:${page.repeatOf}`}` };
		}
	}
	return { results };
}
