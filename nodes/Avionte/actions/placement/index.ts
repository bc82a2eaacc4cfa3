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
		displayOptions: { show: { resource: ['placement'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a placement', description: 'Retrieve one placement (assignment) by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many placements', description: 'List placements (assignments), 100 per API call' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
