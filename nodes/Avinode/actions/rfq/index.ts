import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { cancel, create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['rfq'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', action: 'Cancel an RFQ', description: "Cancel a request for quote" },
			{ name: 'Create', value: 'create', action: 'Create an RFQ', description: 'Send a request for quote to operators' },
			{ name: 'Get', value: 'get', action: 'Get an RFQ', description: "Retrieve a request for quote" },
			{ name: 'Get Many', value: 'getAll', action: 'Get many requests for quote', description: "List requests for quote sent to your company" },
		],
		default: 'get',
	},
	...cancel.description,
	...create.description,
	...get.description,
	...getAll.description,
];
