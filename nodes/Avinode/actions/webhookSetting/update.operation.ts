import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { compact } from '../../../shared/json';
import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { unwrap } from '../../helpers/envelope';
import { webhookSettingFields } from './fields';
import { hideClientSecrets, typedClientSecret } from './output';

/** `PUT /webhooks/settings/{id}` [C]: there is no DELETE; set Active to false to stop deliveries. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'webhookSetting',
	operation: 'update',
	method: 'PUT',
	host: 'avinode',
	actAs: false,
	secrets: (context, itemIndex) => typedClientSecret(context, itemIndex, 'updateFields'),
	result: (body) => hideClientSecrets(unwrap(body, true)),
	path: (context, itemIndex) => `/webhooks/settings/${idSegment(readId(context, 'webhookSettingId', 'Webhook Setting ID', itemIndex))}`,
	properties: [
		idField('webhookSettingId', 'Webhook Setting ID', 'webhooksetting-1'),
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: webhookSettingFields },
	],
	body: (context, itemIndex) => {
		const fields = compact(context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (Object.keys(fields).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return fields;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
