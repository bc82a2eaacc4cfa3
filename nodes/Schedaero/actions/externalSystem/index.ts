import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';

export { create, get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['externalSystem'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an external system', description: 'Register your system for external identifiers' },
			{ name: 'Get', value: 'get', action: 'Get an external system', description: 'Retrieve an external system' },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
];
