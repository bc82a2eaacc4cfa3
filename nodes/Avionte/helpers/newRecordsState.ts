/**
 * What "New Records" mode remembers, for the one resource it was saved for: the highest id seen and
 * the ids page where its last scan ended.
 *
 * Where a poll starts from:
 * - state saved for this resource: where it ended;
 * - state saved before it named its resource: taken as this resource's (the resource the trigger is
 *   set to is the one it was made with, unless it was switched earlier; the state cannot tell);
 * - "New or Updated Records" polled since (its state is present): from the highest id that mode read,
 *   if it watched this resource, as it reported every record up to that id; else afresh;
 * - state saved for another resource, or none: afresh (the first poll notes the highest id and
 *   reports nothing).
 */
import type { IDataObject } from 'n8n-workflow';

import { readChangeState } from './changeTracking';

export interface NewRecordsStart {
	/** Highest id already reported (or noted); undefined: start afresh. */
	highWaterMark?: number;
	/** First ids page that may still hold newer ids, and the page size it counts in. */
	resume?: { page: number; pageSize: number };
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Where this poll starts, from the node's static data. `now` is n8n's clock (epoch ms). */
export function newRecordsStart(staticData: IDataObject, resource: string, legacyPageSize: number, now: number): NewRecordsStart {
	if (staticData.changes !== undefined) {
		const handedOver = readChangeState(staticData.changes, resource, now)?.highestId;
		return finite(handedOver) ? { highWaterMark: handedOver } : {};
	}
	if (staticData.resource !== undefined && staticData.resource !== resource) return {};
	const highWaterMark = finite(staticData.highWaterMark) ? staticData.highWaterMark : undefined;
	const page = staticData.resumePage;
	const pageSize = finite(staticData.resumePageSize) ? staticData.resumePageSize : legacyPageSize;
	return { highWaterMark, resume: finite(page) ? { page, pageSize } : undefined };
}

/** Saves where this poll ended, for `resource`; the other mode's state is dropped (see above). */
export function saveNewRecordsState(staticData: IDataObject, resource: string, highWaterMark: number, resume: { page: number; pageSize: number } | undefined): void {
	delete staticData.changes;
	staticData.resource = resource;
	staticData.highWaterMark = highWaterMark;
	if (resume) {
		staticData.resumePage = resume.page;
		staticData.resumePageSize = resume.pageSize;
	} else {
		delete staticData.resumePage;
		delete staticData.resumePageSize;
	}
}
