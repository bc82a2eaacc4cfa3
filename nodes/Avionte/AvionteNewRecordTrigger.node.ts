import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ChangeState } from './helpers/changeTracking';
import { isDatedAhead, keepTracked, nextWindow, readChangeState, recordVersion } from './helpers/changeTracking';
import { newRecordsStart, saveNewRecordsState } from './helpers/newRecordsState';
import { fetchRecordsByIds, IDS_PAGE_SIZE, readRecordBatches, scanIds } from './helpers/paging';
import { createdTime } from './helpers/recordTimes';
import { AVIONTE_REQUEST_DEFAULTS } from './transport';

const PLURALS: Record<string, string> = { company: 'companies', contact: 'contacts', job: 'jobs', placement: 'placements', talent: 'talents' };

/**
 * New (or new and changed) talents, jobs, placements, contacts or companies for tenants without
 * webhooks. The ids endpoints have no modified-since filter [C].
 *
 * "New Records": "new" means an id above the highest one seen. We assume the ids come in ascending
 * order [I: true in every sample found] and resume scanning at the page where the last scan ended;
 * "Full Scan" re-reads every page each poll if that assumption fails for a tenant. The mark belongs
 * to one resource; switched back from "New or Updated Records", the mode carries on from the highest
 * id that mode read (helpers/newRecordsState.ts).
 * "New or Updated Records": every poll reads every record and reports the versions it has not
 * reported yet (helpers/changeTracking.ts); switched to it, or to another resource, its first poll
 * notes where things stand.
 * Avionté bills API usage [C], so poll sparingly.
 */
export class AvionteNewRecordTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avionté New Record Trigger',
		name: 'avionteNewRecordTrigger',
		icon: { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["watchFor"] === "newOrUpdatedRecords" ? "new or updated " : "new ") + $parameter["resource"]}}',
		description: 'Starts the workflow for each new (or new and changed) talent, job, placement, contact or company (polling, for tenants without webhooks)',
		defaults: { name: 'Avionté New Record Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'avionteApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Job', value: 'job' },
					{ name: 'Placement', value: 'placement' },
					{ name: 'Talent', value: 'talent' },
				],
				default: 'talent',
			},
			{
				displayName: 'Watch For',
				name: 'watchFor',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New Records', value: 'newRecords', description: 'Records created since the last poll, read from the newest pages only' },
					{
						name: 'New or Updated Records',
						value: 'newOrUpdatedRecords',
						description: 'Records created or changed since the last poll, each version once; reads every record on each poll',
					},
				],
				default: 'newRecords',
			},
			{
				displayName:
					'Each check reads all your records of this kind: about 25 seconds and 122 API calls per 10,000. For most syncs, poll every hour or once a night (Every Minute reads every record every minute). The first check after publishing only takes stock; changes are reported from the next one, each marked _change: created or updated.',
				name: 'changesNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { watchFor: ['newOrUpdatedRecords'] } },
			},
			{
				displayName: 'Placements carry no update time, so a placement is reported when it is new, not when it changes',
				name: 'placementChangesNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { watchFor: ['newOrUpdatedRecords'], resource: ['placement'] } },
			},
			{
				displayName: 'Full Scan',
				name: 'fullScan',
				type: 'boolean',
				default: false,
				description: 'Whether to read every ID page on each poll instead of resuming where the last scan ended (costs more API calls)',
				displayOptions: { show: { watchFor: ['newRecords'] } },
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const resource = this.getNodeParameter('resource', 'talent') as string;
		if ((this.getNodeParameter('watchFor', 'newRecords') as string) === 'newOrUpdatedRecords') return await pollChanges.call(this, resource);
		return await pollNewRecords.call(this, resource);
	}
}

async function pollNewRecords(this: IPollFunctions, resource: string): Promise<INodeExecutionData[][] | null> {
	const plural = PLURALS[resource];
	const staticData = this.getWorkflowStaticData('node');
	const manual = this.getMode() === 'manual';
	const fullScan = this.getNodeParameter('fullScan', false) as boolean;
	const start = newRecordsStart(staticData, resource, IDS_PAGE_SIZE, Date.now());
	// Resume where the last scan ended; a full scan starts at the API's first page (0 or 1, learned once).
	const scan = await scanIds.call(this, plural, { concurrency: 1, resume: fullScan ? undefined : start.resume });
	const mark = start.highWaterMark;
	const fresh = mark === undefined ? scan.ids : scan.ids.filter((id) => id > mark);
	const highest = scan.ids.reduce((max, id) => Math.max(max, id), mark ?? 0);
	const resume = scan.lastFullPage !== undefined ? { page: scan.lastFullPage, pageSize: scan.pageSize } : start.resume;
	if (mark === undefined && !manual) {
		// First activation (or a resource of its own): remember where we are instead of replaying the whole history.
		saveNewRecordsState(staticData, resource, highest, resume);
		return null;
	}
	const wanted = manual && mark === undefined ? fresh.slice(-1) : [...new Set(fresh)];
	const { records } = wanted.length > 0 ? await fetchRecordsByIds.call(this, plural, wanted, { concurrency: 1 }) : { records: [] };
	if (!manual) saveNewRecordsState(staticData, resource, highest, resume);
	return records.length > 0 ? [this.helpers.returnJsonArray(records)] : null;
}

/** A time before any record's (kept finite, so it survives JSON). */
const NO_TIME = -Number.MAX_VALUE;

interface Change {
	record: IDataObject;
	time: number;
}

/**
 * Reads every record and reports the versions not reported yet, oldest first. The first poll after
 * activation reports nothing and remembers what exists. A manual test ("Fetch Test Event") changes
 * nothing saved: it shows the versions the next poll would report, or else the latest changed record.
 */
async function pollChanges(this: IPollFunctions, resource: string): Promise<INodeExecutionData[][] | null> {
	const staticData = this.getWorkflowStaticData('node');
	const manual = this.getMode() === 'manual';
	const started = Date.now();
	const previous = readChangeState(staticData.changes, resource, started);
	const reported: Record<string, string> = { ...(previous?.reported ?? {}) };
	const changes: Change[] = [];
	let latest = previous?.latest;
	let newest: Change | undefined;
	let highestId = previous?.highestId;
	/** New since the last poll: an id above the highest it read (ids grow), else (older state) created inside its window. */
	const changeOf = (record: IDataObject): 'created' | 'updated' => {
		if (previous?.highestId !== undefined) return Number(record.id) > previous.highestId ? 'created' : 'updated';
		const created = createdTime(record);
		return created !== undefined && previous !== undefined && created >= previous.since ? 'created' : 'updated';
	};
	const datedAhead: string[] = [];
	const batches = readRecordBatches.call(this, PLURALS[resource], { concurrency: AVIONTE_REQUEST_DEFAULTS.concurrency });
	for await (const batch of batches) {
		for (const record of batch.records) {
			const numericId = Number(record.id);
			if (Number.isFinite(numericId) && (highestId === undefined || numericId > highestId)) highestId = numericId;
			const version = recordVersion(record);
			if (!version) continue;
			const id = String(record.id);
			const ahead = isDatedAhead(version.time, started);
			if (!ahead) {
				if (latest === undefined || version.time > latest) latest = version.time;
				if (!newest || version.time >= newest.time) newest = { record, time: version.time };
			}
			if (previous && (version.time < previous.since || reported[id] === version.fingerprint)) continue;
			if (ahead) datedAhead.push(id);
			reported[id] = version.fingerprint;
			if (previous) changes.push({ record: { ...record, _change: changeOf(record) }, time: version.time });
		}
	}
	changes.sort((a, b) => a.time - b.time || Number(a.record.id) - Number(b.record.id));
	if (manual) {
		const shown = changes.length > 0 ? changes : newest ? [newest] : [];
		return shown.length > 0 ? [this.helpers.returnJsonArray(shown.map((change) => change.record))] : null;
	}
	if (datedAhead.length > 0) {
		this.logger.warn(
			`Avionté New Record Trigger "${this.getNode().name}": ${PLURALS[resource]} ${datedAhead.slice(0, 5).join(', ')}${datedAhead.length > 5 ? ` and ${datedAhead.length - 5} more` : ''} carry an update time more than a day ahead; they are reported once and do not move the time window`,
		);
	}
	// With no record yet, every record the next poll finds is new.
	const window = latest === undefined ? { floor: NO_TIME, since: NO_TIME } : nextWindow(previous, latest, Date.now() - started);
	const state: ChangeState = { resource, latest: latest ?? NO_TIME, ...window, reported: keepTracked(reported, window.since) };
	if (highestId !== undefined) state.highestId = highestId;
	staticData.changes = state;
	return changes.length > 0 ? [this.helpers.returnJsonArray(changes.map((change) => change.record))] : null;
}
