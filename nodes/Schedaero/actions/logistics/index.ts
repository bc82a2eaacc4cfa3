import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';

export { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['logistics'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a logistics service', description: 'Retrieve a service on a flight leg' },
		],
		default: 'get',
	},
	...get.description,
];
