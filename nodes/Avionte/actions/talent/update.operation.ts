import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { parseJsonObject } from '../../../shared/json';
import { itemResults } from '../../../shared/router';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';
import { additionalJsonField, talentBodyFromFields, talentOptionalFields, withoutStaleStatus } from './fields';

const identityFields: INodeProperties[] = [
	{ displayName: 'Email Address', name: 'emailAddress', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
];

const properties: INodeProperties[] = [
	talentLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ([...identityFields, ...talentOptionalFields] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	additionalJsonField,
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['update'] } }, properties);

export const itemsInParallel = true;

/**
 * PUT replaces the talent [I: the reference does not say whether omitted properties are cleared], so
 * we read the current record and send it back with the changes: fields the user did not touch keep
 * their values.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const talentId = readRecordId(this, 'talentId', 'Talent', itemIndex);
	const changes: IDataObject = {
		...talentBodyFromFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
		...parseJsonObject(this.getNode(), this.getNodeParameter('additionalJson', itemIndex, '{}'), 'Additional Fields (JSON)', itemIndex),
	};
	if (Object.keys(changes).length === 0) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex} has no fields to update: add at least one Update Field`, { itemIndex });
	}
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const current = await avionteRequest.call(this, 'GET', `/talent/${segment(talentId)}`, { itemIndex, retryPolicy });
	const body = withoutStaleStatus({ ...(current.body as IDataObject), ...changes, id: talentId }, changes);
	const response = await avionteRequest.call(this, 'PUT', `/talent/${segment(talentId)}`, { body, itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}
