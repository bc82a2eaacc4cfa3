import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, deleteOperation as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emptyLeg'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an empty leg', description: "Publish an empty leg" },
			{ name: 'Delete', value: 'delete', action: 'Delete an empty leg', description: "Remove an empty leg" },
			{ name: 'Get', value: 'get', action: 'Get an empty leg', description: "Retrieve an empty leg" },
			{ name: 'Get Many', value: 'getAll', action: 'Get many empty legs', description: "List empty legs" },
			{ name: 'Update', value: 'update', action: 'Update an empty leg', description: "Change an empty leg" },
		],
		default: 'get',
	},
	...create.description,
	...deleteOperation.description,
	...get.description,
	...getAll.description,
	...update.description,
];
