import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { compact } from '../../../shared/json';
import { readRequiredString } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { unwrap } from '../../helpers/envelope';
import { webhookSettingFields } from './fields';
import { hideClientSecrets, typedClientSecret } from './output';

const required = ['displayName', 'targetURI', 'eventTypes'];

/** `POST /webhooks/settings` on the Avinode host, also for Schedaero events [C]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'webhookSetting',
	operation: 'create',
	method: 'POST',
	host: 'avinode',
	actAs: false,
	secrets: (context, itemIndex) => typedClientSecret(context, itemIndex, 'additionalFields'),
	result: (body) => hideClientSecrets(unwrap(body, true)),
	path: () => '/webhooks/settings',
	properties: [
		...webhookSettingFields.filter((field) => required.includes(field.name)).map((field) => ({ ...field, required: true })),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: webhookSettingFields.filter((field) => !required.includes(field.name) && field.name !== 'active'),
		},
	],
	body: (context, itemIndex) => {
		const eventTypes = context.getNodeParameter('eventTypes', itemIndex, []) as string[];
		if (eventTypes.length === 0) throw new NodeOperationError(context.getNode(), `"Event Type Names or IDs" of item ${itemIndex} is empty`, { itemIndex });
		const additional = compact(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject);
		return {
			displayName: readRequiredString(context, 'displayName', 'Display Name', itemIndex),
			targetURI: readRequiredString(context, 'targetURI', 'Target URI', itemIndex).trim(),
			eventTypes,
			active: true,
			...additional,
			...(additional.clientIdentifier ? { clientAuthenticationType: 'BASIC' } : {}),
		};
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
