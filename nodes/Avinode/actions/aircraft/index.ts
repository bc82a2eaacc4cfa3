import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as search from './search.operation';

export { get, search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['aircraft'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get an aircraft', description: 'Retrieve one aircraft' },
			{ name: 'Search by Tail', value: 'search', action: 'Search aircraft by tail number', description: 'Find aircraft by their registrations' },
		],
		default: 'search',
	},
	...get.description,
	...search.description,
];
