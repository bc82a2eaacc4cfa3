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
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a user', description: 'Retrieve one Avionté user (recruiter) by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many users', description: 'List Avionté users (recruiters and staff)' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
