import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonObject } from '../../../shared/json';
import { readRequiredString } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { watchedSegment, watchOptions } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'Unique Name', name: 'uniqueName', type: 'string', default: '', required: true },
	{
		displayName: 'Watched Segments',
		name: 'watchedSegments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Segment',
		default: {},
		required: true,
		options: [
			{
				name: 'segment',
				displayName: 'Segment',
				values: [
					{ displayName: 'From (Airport ICAO or Country Code)', name: 'start', type: 'string', default: '', placeholder: 'KTEB or US' },
					{ displayName: 'To (Airport ICAO or Country Code)', name: 'end', type: 'string', default: '', placeholder: 'KPBI or FR' },
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Days Out', name: 'daysOut', type: 'number', default: 30, description: 'Rolling window of days ahead to watch' },
			{ displayName: 'Priced Only', name: 'priced', type: 'boolean', default: false, description: 'Whether to match only priced empty legs' },
			{ displayName: 'Verified Only', name: 'verified', type: 'boolean', default: false, description: 'Whether to match only verified empty legs' },
		],
	},
	{ displayName: 'Additional Watch Properties (JSON)', name: 'watchJson', type: 'json', default: '{}', description: 'E.g. {"lifts": [{"aircraftCategory": "Light jet"}]}.' },
];

/** Create a watch [C: operation and body]; path `POST /emptylegs/watches` [I]. Matches arrive as EmptyLegs webhooks. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLegWatch',
	operation: 'create',
	method: 'POST',
	path: () => '/emptylegs/watches',
	properties,
	body: (context, itemIndex) => {
		const segments = ((context.getNodeParameter('watchedSegments', itemIndex, {}) as IDataObject).segment as IDataObject[] | undefined) ?? [];
		if (segments.length === 0) throw new NodeOperationError(context.getNode(), `"Watched Segments" of item ${itemIndex} is empty`, { itemIndex });
		return {
			uniqueName: readRequiredString(context, 'uniqueName', 'Unique Name', itemIndex),
			active: true,
			watchedSegments: segments.map((segment, index) => watchedSegment(context, segment, index, itemIndex)),
			...watchOptions(context, context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject, itemIndex),
			...parseJsonObject(context.getNode(), context.getNodeParameter('watchJson', itemIndex, '{}'), 'Additional Watch Properties (JSON)', itemIndex),
		};
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
