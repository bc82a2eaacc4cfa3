import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getWebApplicants from './getWebApplicants.operation';

export { get, getAll, getWebApplicants };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['job'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a job', description: 'Retrieve one job order by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many jobs', description: 'List job orders, 100 per API call' },
			{ name: 'Get Web Applicants', value: 'getWebApplicants', action: 'Get web applicants of a job', description: 'List people who applied to a job online' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...getWebApplicants.description,
];
