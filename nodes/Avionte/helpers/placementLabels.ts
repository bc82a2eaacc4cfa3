/**
 * What the placement picker shows. A placement holds only the IDs of its talent and job, so the
 * picker reads the talents and jobs of a page in two batched calls and names them: a user picks
 * "Jane Doe · Forklift Operator at Lovelace Industries", not "talent 100001, job 300001".
 */
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { fetchRecordsByIds } from './paging';

/** The date part of an Avionté date-time ("2024-05-01T00:00:00" → "2024-05-01"). */
function dayOf(value: unknown): string | undefined {
	const match = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
	return match ? match[0] : undefined;
}

/** One placement's label from its talent's and job's names, falling back to their IDs. */
export function placementLabel(placement: IDataObject, talentName: string | undefined, jobName: string | undefined): string {
	const talent = talentName || `talent ${String(placement.talentId)}`;
	const job = jobName || `job ${String(placement.jobId)}`;
	const start = dayOf(placement.startDate);
	const end = dayOf(placement.endDate);
	const period = start ? ` · ${end ? `${start} to ${end}` : `from ${start}`}` : '';
	return `${talent} · ${job}${period} · ${String(placement.id)}`;
}

function talentName(record: IDataObject): string {
	return `${String(record.firstName ?? '')} ${String(record.lastName ?? '')}`.trim();
}

function jobName(record: IDataObject): string {
	const title = String(record.title ?? '').trim();
	return record.companyName ? `${title} at ${String(record.companyName)}` : title;
}

async function namesById(context: ILoadOptionsFunctions, plural: string, ids: unknown[], name: (record: IDataObject) => string): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.map(Number).filter((id) => Number.isInteger(id) && id > 0))];
	if (wanted.length === 0) return new Map();
	try {
		const { records } = await fetchRecordsByIds.call(context, plural, wanted, { concurrency: 1 });
		return new Map(records.map((record) => [String(record.id), name(record)]));
	} catch {
		// Names are a courtesy: without them the picker still lists the placements by their IDs.
		return new Map();
	}
}

/** Labels for a page of placements, in their order (two calls: the talents, then the jobs). */
export async function placementLabels(context: ILoadOptionsFunctions, placements: IDataObject[]): Promise<string[]> {
	const talents = await namesById(context, 'talents', placements.map((p) => p.talentId), talentName);
	const jobs = await namesById(context, 'jobs', placements.map((p) => p.jobId), jobName);
	return placements.map((placement) => placementLabel(placement, talents.get(String(placement.talentId)), jobs.get(String(placement.jobId))));
}
