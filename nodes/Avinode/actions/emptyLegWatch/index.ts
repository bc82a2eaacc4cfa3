import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deactivate from './deactivate.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getInitialLoad from './getInitialLoad.operation';
import * as update from './update.operation';

export { create, deactivate, deleteOperation as delete, get, getAll, getInitialLoad, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['emptyLegWatch'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an empty leg watch', description: "Watch routes for empty legs" },
			{ name: 'Deactivate', value: 'deactivate', action: 'Deactivate an empty leg watch', description: 'Stop a watch by setting it inactive' },
			{ name: 'Delete', value: 'delete', action: 'Delete an empty leg watch', description: "Stop watching" },
			{ name: 'Get', value: 'get', action: 'Get an empty leg watch', description: 'Retrieve one watch' },
			{ name: 'Get Initial Load', value: 'getInitialLoad', action: 'Get the empty legs matching a new watch', description: 'Once per watch: the empty legs that match it now' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many empty leg watches', description: "List your empty leg watches" },
			{ name: 'Update', value: 'update', action: 'Update an empty leg watch', description: 'Change a watch; untouched fields keep their values' },
		],
		default: 'getAll',
	},
	...create.description,
	...deactivate.description,
	...deleteOperation.description,
	...get.description,
	...getAll.description,
	...getInitialLoad.description,
	...update.description,
];
