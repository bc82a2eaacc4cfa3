import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['passenger'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a passenger', description: 'Retrieve a passenger on a flight' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many passengers', description: 'List passengers' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
