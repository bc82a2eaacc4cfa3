/**
 * The times Avionté records carry. Talents, contacts, companies and jobs have `createdDate` and
 * `lastUpdatedDate`; the documented placement fields have only `createdDate` [C-code: partner models].
 * Values come without a time zone (`2023-01-24T15:27:14.8`) [C-code]; which zone they are in is not
 * documented, so they are read as UTC, like every time without an offset in this pack, which keeps
 * comparisons between Avionté's own times exact. A company's `createdDate` can be the placeholder
 * `0001-01-01T00:00:00Z` [C-code]: a year before 1900 counts as no time.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseDateValue } from '../../shared/dates';

const EARLIEST_REAL_TIME = Date.UTC(1900, 0, 1);

/** Epoch milliseconds of an Avionté time, or undefined when there is no usable time. */
export function apiTime(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const date = parseDateValue(value);
	if (!date) return undefined;
	const time = date.getTime();
	return time >= EARLIEST_REAL_TIME ? time : undefined;
}

export function createdTime(record: IDataObject): number | undefined {
	return apiTime(record.createdDate);
}

/** When the record last changed: its update time, else its creation time (a record never updated). */
export function updatedTime(record: IDataObject): number | undefined {
	return apiTime(record.lastUpdatedDate) ?? createdTime(record);
}
