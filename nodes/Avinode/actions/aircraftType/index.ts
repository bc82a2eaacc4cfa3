import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['aircraftType'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many aircraft types', description: "List aircraft types" },
		],
		default: 'getAll',
	},
	...getAll.description,
];
