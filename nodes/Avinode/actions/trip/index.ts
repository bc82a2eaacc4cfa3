import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fromVersion, onlyInVersions } from '../../../shared/nodeVersion';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export { cancel, create, get, getAll, search, update };

const common: INodePropertyOptions[] = [
	{ name: 'Cancel', value: 'cancel', action: 'Cancel a trip', description: 'Cancel a trip and all its RFQs' },
	{ name: 'Create', value: 'create', action: 'Create a trip', description: 'Create a trip; the answer links to the search in Avinode' },
	{ name: 'Get', value: 'get', action: 'Get a trip', description: 'Retrieve a trip by its resource ID' },
];
const searchOption: INodePropertyOptions = { name: 'Search by Identifier', value: 'search', action: 'Search trips by identifier', description: 'Find a trip by the Trip ID shown in Avinode (e.g. S6800FB)' };
const updateOption: INodePropertyOptions = { name: 'Update', value: 'update', action: 'Update a trip', description: 'Change a trip' };
/** Version 1 only: Avinode documents no trip list; kept so saved workflows load and explain what to change. */
const getManyOption: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many trips',
	description: 'Version 1 only: Avinode offers no trip list. Use Search by Identifier.',
};

function operationField(show: NonNullable<INodeProperties['displayOptions']>['show'], options: INodePropertyOptions[]): INodeProperties {
	return { displayName: 'Operation', name: 'operation', type: 'options', noDataExpression: true, displayOptions: { show: { resource: ['trip'], ...show } }, options, default: 'get' };
}

export const description: INodeProperties[] = [
	operationField(onlyInVersions(1), [...common, getManyOption, searchOption, updateOption]),
	operationField(fromVersion(1.1), [...common, searchOption, updateOption]),
	...cancel.description,
	...create.description,
	...get.description,
	...getAll.description,
	...search.description,
	...update.description,
];
