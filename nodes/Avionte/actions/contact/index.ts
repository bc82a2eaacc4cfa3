import type { INodeProperties } from 'n8n-workflow';

import * as createActivity from './createActivity.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { createActivity, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{ name: 'Create Activity', value: 'createActivity', action: 'Create an activity for a contact', description: 'Log a visit, call or note on a client contact' },
			{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Retrieve one client contact by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List client contacts, 100 per API call' },
		],
		default: 'get',
	},
	...createActivity.description,
	...get.description,
	...getAll.description,
];
