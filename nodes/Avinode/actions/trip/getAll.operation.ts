import type { IDataObject } from 'n8n-workflow';

import { getManyOperation } from '../../helpers/operations';

/** `GET /trips` [I: listed as "Search trips"; query parameters not captured, externalTripId is our best guess]. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'trip',
	path: () => '/trips',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [{ displayName: 'External Trip ID', name: 'externalTripId', type: 'string', default: '' }],
		},
	],
	query: (context, itemIndex) => {
		const filters = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
	},
});

export const description = operation.description;
export const execute = operation.execute;
