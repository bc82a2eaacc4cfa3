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
		displayOptions: { show: { resource: ['department'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a department', description: 'Retrieve one company department by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many departments', description: 'List company departments' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
