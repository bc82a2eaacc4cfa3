import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { readRecordId } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Nomination ID',
		name: 'nominationId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '7001',
		description: 'The nomination, e.g. the NominationId of a talent_submitted event (Avionté has no list of nominations to pick from)',
	},
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['getNominationStage'] } }, properties);

export const itemsInParallel = true;

/** `GET /talent/stage/{nominationId}` [C: MC → /reference/gettalentstage]; the trigger uses it too. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const nominationId = readRecordId(this, 'nominationId', 'Nomination ID', itemIndex);
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'GET', `/talent/stage/${segment(nominationId)}`, { itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}
