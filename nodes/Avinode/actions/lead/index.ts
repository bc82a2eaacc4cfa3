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
		displayOptions: { show: { resource: ['lead'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a client lead', description: "Send a client lead to an operator" },
			{ name: 'Get', value: 'get', action: 'Get a client lead', description: "Retrieve a client lead" },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
];
