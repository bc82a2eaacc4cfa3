import type { INodeProperties } from 'n8n-workflow';

import * as call from './call.operation';

export { call };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApiCall'] } },
		options: [
			{ name: 'Make an API Call', value: 'call', action: 'Make an API call', description: 'Call any Schedaero endpoint with the credential' },
		],
		default: 'call',
	},
	...call.description,
];
