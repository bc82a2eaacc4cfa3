import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as getAll from './getAll.operation';

export { create, deleteOperation as delete, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emptyLegWatch'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an empty leg watch', description: "Watch routes for empty legs" },
			{ name: 'Delete', value: 'delete', action: 'Delete an empty leg watch', description: "Stop watching" },
			{ name: 'Get Many', value: 'getAll', action: 'Get many empty leg watches', description: "List your empty leg watches" },
		],
		default: 'getAll',
	},
	...create.description,
	...deleteOperation.description,
	...getAll.description,
];
