import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { parseJsonObject } from '../../../shared/json';
import { actAsOption } from '../../helpers/fields';
import { emptyLegWatchLocator } from '../../helpers/locators';
import { AVINODE_REQUEST_DEFAULTS } from '../../transport';
import { watchedSegmentsFrom, watchedSegmentsOption, watchOptions } from './fields';
import { readWatch, writeWatch } from './watchWrite';

const properties: INodeProperties[] = [
	emptyLegWatchLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the watch reports matching empty legs' },
			{ displayName: 'Days Out', name: 'daysOut', type: 'number', default: 30, description: 'Rolling window of days ahead to watch' },
			{ displayName: 'Priced Only', name: 'priced', type: 'boolean', default: false, description: 'Whether to match only priced empty legs' },
			{ displayName: 'Unique Name', name: 'uniqueName', type: 'string', default: '' },
			{ displayName: 'Verified Only', name: 'verified', type: 'boolean', default: false, description: 'Whether to match only verified empty legs' },
			watchedSegmentsOption,
		],
	},
	{ displayName: 'Additional Watch Properties (JSON)', name: 'watchJson', type: 'json', default: '{}', description: 'E.g. {"lifts": [{"aircraftCategory": "Light jet"}]}; merged last.' },
	requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['emptyLegWatch'], operation: ['update'] } }, properties);
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'PUT' };

export const itemsInParallel = true;

/** Changes fields of a watch; untouched fields keep their values (read first, then the whole watch is put). */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const fields = watchOptions(this, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, itemIndex);
	const changes: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'watchedSegments') changes.watchedSegments = watchedSegmentsFrom(this, value, itemIndex);
		else if (key === 'uniqueName') {
			const name = String(value ?? '').trim();
			if (!name) throw new NodeOperationError(this.getNode(), `"Unique Name" of item ${itemIndex} is empty`, { itemIndex });
			changes.uniqueName = name;
		} else if (value !== '' && value !== undefined && value !== null) changes[key] = value;
	}
	Object.assign(changes, parseJsonObject(this.getNode(), this.getNodeParameter('watchJson', itemIndex, '{}'), 'Additional Watch Properties (JSON)', itemIndex));
	if (Object.keys(changes).length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex} has no fields to update: add at least one Update Field`, { itemIndex });
	const { watchId, watch } = await readWatch(this, itemIndex);
	return await writeWatch(this, itemIndex, watchId, watch, changes);
}
