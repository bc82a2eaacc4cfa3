import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { parseJsonObject } from '../../../shared/json';
import { readSegments, segmentsFields } from '../../helpers/segments';
import { AIRCRAFT_CATEGORIES } from '../../helpers/aircraftCategories';
import { writeOperation } from '../../helpers/operations';

const properties: INodeProperties[] = [
	...segmentsFields(),
	{
		displayName: 'Aircraft Category',
		name: 'aircraftCategory',
		type: 'options',
		options: [{ name: 'Any', value: '' }, ...AIRCRAFT_CATEGORIES],
		default: '',
		description: 'The size of aircraft to ask operators for; Any leaves it open',
	},
	{
		displayName: 'Sourcing',
		name: 'sourcing',
		type: 'boolean',
		default: true,
		description: 'Whether the trip is for sourcing (searching for aircraft) in Avinode',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'External Trip ID', name: 'externalTripId', type: 'string', default: '', description: 'Your own reference for the trip' },
			{ displayName: 'Post to Trip Board', name: 'postToTripBoard', type: 'boolean', default: false, description: 'Whether to post the trip to the Avinode trip board' },
			{ displayName: 'Trip Board Message', name: 'tripBoardPostMessage', type: 'string', default: '' },
		],
	},
	{
		displayName: 'Additional Trip Properties (JSON)',
		name: 'tripJson',
		type: 'json',
		default: '{}',
		description: 'Other properties of the trip body, merged last (e.g. criteria.minimumYearOfMake)',
	},
];

/** `POST /trips` [C]. The answer's `actions.searchInAvinode` opens the search in Avinode. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'create',
	method: 'POST',
	path: () => '/trips',
	properties,
	body: (context, itemIndex) => {
		const category = String(context.getNodeParameter('aircraftCategory', itemIndex, ''));
		const extra = parseJsonObject(context.getNode(), context.getNodeParameter('tripJson', itemIndex, '{}'), 'Additional Trip Properties (JSON)', itemIndex);
		const additional = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const criteria: IDataObject = { requiredLift: category ? [{ aircraftCategory: category }] : [], ...((extra.criteria as IDataObject) ?? {}) };
		return {
			segments: readSegments(context, itemIndex),
			sourcing: context.getNodeParameter('sourcing', itemIndex, true) as boolean,
			...Object.fromEntries(Object.entries(additional).filter(([, value]) => value !== '')),
			...extra,
			criteria,
		};
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
