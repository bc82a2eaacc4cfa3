import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { cancel, create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['trip'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', action: 'Cancel a trip', description: "Cancel a trip and its open requests" },
			{ name: 'Create', value: 'create', action: 'Create a trip', description: "Create a trip; the answer links to the search in Avinode" },
			{ name: 'Get', value: 'get', action: 'Get a trip', description: "Retrieve a trip" },
			{ name: 'Get Many', value: 'getAll', action: 'Get many trips', description: "Search your trips" },
			{ name: 'Update', value: 'update', action: 'Update a trip', description: "Change a trip" },
		],
		default: 'get',
	},
	...cancel.description,
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
