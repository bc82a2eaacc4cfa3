import type { INodeProperties } from 'n8n-workflow';

import * as search from './search.operation';

export { search };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['airport'] } },
		options: [
			{ name: 'Search', value: 'search', action: 'Search airports', description: "Find airports by code, name or city" },
		],
		default: 'search',
	},
	...search.description,
];
