import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['search'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an availability search', description: "Search availability (end-client apps only)" },
		],
		default: 'create',
	},
	...create.description,
];
