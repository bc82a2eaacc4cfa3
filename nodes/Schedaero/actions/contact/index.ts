import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fromVersion, onlyInVersions } from '../../../shared/nodeVersion';
import * as create from './create.operation';
import * as deactivateExternalIdentity from './deactivateExternalIdentity.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as setExternalIdentity from './setExternalIdentity.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { create, deactivateExternalIdentity, get, getAll, setExternalIdentity, update, upsert };

const create_: INodePropertyOptions = { name: 'Create', value: 'create', action: 'Create a contact', description: 'Create a person or company contact' };
const upsert_: INodePropertyOptions = {
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
};
const others: INodePropertyOptions[] = [
	{ name: 'Deactivate External Identity', value: 'deactivateExternalIdentity', action: 'Deactivate the external identity of a contact', description: "Unlink a person contact from your system's record" },
	{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Retrieve a person or company contact' },
	{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List person or company contacts' },
	{ name: 'Set External Identity', value: 'setExternalIdentity', action: 'Set the external identity of a contact', description: 'Link a person contact to its record in your system (e.g. CRM)' },
	{ name: 'Update', value: 'update', action: 'Update a contact', description: 'Change a person or company contact' },
];

function operationField(show: NonNullable<INodeProperties['displayOptions']>['show'], options: INodePropertyOptions[]): INodeProperties {
	return { displayName: 'Operation', name: 'operation', type: 'options', noDataExpression: true, displayOptions: { show: { resource: ['contact'], ...show } }, options, default: 'get' };
}

export const description: INodeProperties[] = [
	operationField(fromVersion(2), [create_, upsert_, ...others]),
	operationField(onlyInVersions(1), [create_, ...others]),
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...upsert.description,
	...deactivateExternalIdentity.description,
	...setExternalIdentity.description,
];
