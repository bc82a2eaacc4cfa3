import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fetchRecordsByIds, IDS_PAGE_SIZE, scanIds } from './helpers/paging';

interface PollState extends IDataObject {
	/** Highest id already emitted (or seen at the first poll). */
	highWaterMark?: number;
	/** First ids page that may still hold newer ids. */
	resumePage?: number;
	/** The page size resumePage counts in (absent in state saved before it was recorded: 100). */
	resumePageSize?: number;
}

const PLURALS: Record<string, string> = { talent: 'talents', job: 'jobs', placement: 'placements' };

/**
 * New talents, jobs or placements for tenants without webhooks. The ids endpoints have no
 * modified-since filter [C], so "new" means an id above the highest one seen. We assume the ids come
 * in ascending order [I: true in every sample found] and resume scanning at the page where the last
 * scan ended; "Full Scan" re-reads every page each poll if that assumption fails for a tenant.
 * Avionté bills API usage [C], so poll sparingly.
 */
export class AvionteNewRecordTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avionté New Record Trigger',
		name: 'avionteNewRecordTrigger',
		icon: { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"new " + $parameter["resource"]}}',
		description: 'Starts the workflow for each new talent, job or placement (polling, for tenants without webhooks)',
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
					{ name: 'Job', value: 'job' },
					{ name: 'Placement', value: 'placement' },
					{ name: 'Talent', value: 'talent' },
				],
				default: 'talent',
			},
			{
				displayName: 'Full Scan',
				name: 'fullScan',
				type: 'boolean',
				default: false,
				description: 'Whether to read every ID page on each poll instead of resuming where the last scan ended (costs more API calls)',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const plural = PLURALS[this.getNodeParameter('resource', 'talent') as string];
		const state = this.getWorkflowStaticData('node') as PollState;
		const manual = this.getMode() === 'manual';
		const fullScan = this.getNodeParameter('fullScan', false) as boolean;
		// Resume where the last scan ended; a full scan starts at the API's first page (0 or 1, learned once).
		const resume = fullScan || state.resumePage === undefined ? undefined : { page: state.resumePage, pageSize: state.resumePageSize ?? IDS_PAGE_SIZE };
		const scan = await scanIds.call(this, plural, { concurrency: 1, resume });
		const mark = state.highWaterMark;
		const fresh = mark === undefined ? scan.ids : scan.ids.filter((id) => id > mark);
		const highest = scan.ids.reduce((max, id) => Math.max(max, id), mark ?? 0);
		if (scan.lastFullPage !== undefined) {
			state.resumePage = scan.lastFullPage;
			state.resumePageSize = scan.pageSize;
		}
		if (mark === undefined && !manual) {
			// First activation: remember where we are instead of replaying the whole history.
			state.highWaterMark = highest;
			return null;
		}
		const wanted = manual && mark === undefined ? fresh.slice(-1) : [...new Set(fresh)];
		if (wanted.length === 0) return null;
		const { records } = await fetchRecordsByIds.call(this, plural, wanted, { concurrency: 1 });
		if (!manual) state.highWaterMark = highest;
		return [this.helpers.returnJsonArray(records)];
	}
}
