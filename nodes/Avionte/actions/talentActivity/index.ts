import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['talentActivity'] } },
		options: [{ name: 'Create', value: 'create', action: 'Create a talent activity', description: 'Log a note, call or task on a talent' }],
		default: 'create',
	},
	...create.description,
];
