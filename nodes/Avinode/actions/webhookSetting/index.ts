import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhookSetting'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a webhook setting', description: "Subscribe a URL to events" },
			{ name: 'Get Many', value: 'getAll', action: 'Get many webhook settings', description: "List your company's webhooks" },
			{ name: 'Update', value: 'update', action: 'Update a webhook setting', description: "Change or deactivate a webhook" },
		],
		default: 'create',
	},
	...create.description,
	...getAll.description,
	...update.description,
];
