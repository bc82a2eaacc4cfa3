import type { IExecuteFunctions, INodeProperties, IDataObject } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { jobLocator, readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../../transport';

const properties: INodeProperties[] = [
	talentLocator,
	jobLocator,
	{
		displayName: 'Stage Type',
		name: 'stageType',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Pipelined',
		description: 'Pipeline stage as configured in the tenant (stage names are free text per tenant)',
	},
	{ displayName: 'Job Activity Name', name: 'jobActivityName', type: 'string', default: '', required: true, placeholder: 'Submitted by n8n' },
	{ displayName: 'Staged Date', name: 'stagedDate', type: 'dateTime', default: '', description: 'When the talent entered the stage; empty means now' },
	{ displayName: 'Job Activity Date', name: 'jobActivityDate', type: 'dateTime', default: '', description: 'Date of the job activity; empty means now' },
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['addToPipelineStage'] } }, properties);

export const itemsInParallel = true;

/** `POST /pipeline/talent-stage/add` [C]; allowed stageType values are tenant-specific [I]. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const now = new Date().toISOString();
	const body: IDataObject = {
		talentId: readRecordId(this, 'talentId', 'Talent', itemIndex),
		jobId: readRecordId(this, 'jobId', 'Job', itemIndex),
		stageType: String(this.getNodeParameter('stageType', itemIndex, '')).trim(),
		jobActivityName: String(this.getNodeParameter('jobActivityName', itemIndex, '')).trim(),
		stagedDate: String(this.getNodeParameter('stagedDate', itemIndex, '') || now),
		jobActivityDate: String(this.getNodeParameter('jobActivityDate', itemIndex, '') || now),
	};
	for (const [field, label] of [['stageType', 'Stage Type'], ['jobActivityName', 'Job Activity Name']]) {
		if (!body[field]) throw new NodeOperationError(this.getNode(), `"${label}" of item ${itemIndex} is empty`, { itemIndex });
	}
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'POST', '/pipeline/talent-stage/add', { body, itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}
