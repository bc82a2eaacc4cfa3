import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { compact } from '../../../shared/json';
import { itemResults } from '../../../shared/router';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';

const properties: INodeProperties[] = [
	talentLocator,
	{ displayName: 'Tag', name: 'tag', type: 'string', default: '', required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Detail', name: 'detail', type: 'string', default: '' },
			{ displayName: 'Expiration Date', name: 'expirationDate', type: 'dateTime', default: '' },
		],
	},
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['addTag'] } }, properties);

export const itemsInParallel = true;

/** `POST /talent/{talentId}/talenttag` [C]; the body repeats the talent id. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const talentId = readRecordId(this, 'talentId', 'Talent', itemIndex);
	const tag = String(this.getNodeParameter('tag', itemIndex, '')).trim();
	if (!tag) throw new NodeOperationError(this.getNode(), `"Tag" of item ${itemIndex} is empty`, { itemIndex });
	const body = { tag, talentId, ...compact(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'POST', `/talent/${segment(talentId)}/talenttag`, { body, itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}
