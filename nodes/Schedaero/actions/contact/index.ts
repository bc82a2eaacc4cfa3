import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deactivateExternalIdentity from './deactivateExternalIdentity.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as setExternalIdentity from './setExternalIdentity.operation';
import * as update from './update.operation';

export { create, get, getAll, update };
// Added with issue 13.
export { deactivateExternalIdentity, setExternalIdentity };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a contact', description: 'Create a person or company contact' },
			{ name: 'Deactivate External Identity', value: 'deactivateExternalIdentity', action: 'Deactivate the external identity of a contact', description: "Unlink a person contact from your system's record" },
			{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Retrieve a person or company contact' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List person or company contacts' },
			{ name: 'Set External Identity', value: 'setExternalIdentity', action: 'Set the external identity of a contact', description: "Link a person contact to its record in your system (e.g. CRM)" },
			{ name: 'Update', value: 'update', action: 'Update a contact', description: 'Change a person or company contact' },
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...deactivateExternalIdentity.description,
	...setExternalIdentity.description,
];
