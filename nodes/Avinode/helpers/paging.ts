/**
 * `page[number]` (0-based) and `page[size]` with `meta.pagination.totalCount` [C-3p: Pipedream].
 * Stops at totalCount or at a short page; with concurrency > 1 the pages after the first, whose
 * count totalCount tells us, are fetched in parallel. Limit is honoured exactly.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { mapWithConcurrency } from '../../shared/concurrency';
import type { ApiContext } from '../../shared/transport';
import type { AvinodeCallOptions } from '../transport';
import { avinodeRequest } from '../transport';
import type { AvinodePlatform } from '../transport/connection';
import type { Envelope } from './envelope';
import { visibleMeta } from './envelope';

export const MAX_PAGE_SIZE = 100;

export interface PagedResult {
	records: IDataObject[];
	/** Warnings and infos of any page. */
	notices: IDataObject[];
}

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
	const pageSize = Math.min(MAX_PAGE_SIZE, limit ?? MAX_PAGE_SIZE);
	const notices: IDataObject[] = [];
	const getPage = async (pageNumber: number) => {
		const response = await avinodeRequest.call(this, platform, method, path, {
			...callOptions,
			qs: { ...qs, 'page[number]': pageNumber, 'page[size]': pageSize },
		});
		const body = response.body as Envelope;
		const notice = visibleMeta(body?.meta);
		if (notice) notices.push(notice);
		return { data: Array.isArray(body?.data) ? (body.data as IDataObject[]) : [], total: body?.meta?.pagination?.totalCount };
	};
	const first = await getPage(0);
	const records = [...first.data];
	const enough = () => limit !== undefined && records.length >= limit;
	if (first.data.length < pageSize || enough()) return { records: limit !== undefined ? records.slice(0, limit) : records, notices };
	if (first.total !== undefined && concurrency > 1) {
		const wanted = limit !== undefined ? Math.min(limit, first.total) : first.total;
		const pageNumbers = Array.from({ length: Math.max(0, Math.ceil(wanted / pageSize) - 1) }, (_, i) => i + 1);
		const pages = await mapWithConcurrency(pageNumbers, concurrency, getPage);
		for (const page of pages) records.push(...page.data);
		return { records: limit !== undefined ? records.slice(0, limit) : records, notices };
	}
	for (let pageNumber = 1; ; pageNumber++) {
		if (first.total !== undefined && records.length >= first.total) break;
		const page = await getPage(pageNumber);
		records.push(...page.data);
		if (page.data.length < pageSize || enough()) break;
	}
	return { records: limit !== undefined ? records.slice(0, limit) : records, notices };
}
