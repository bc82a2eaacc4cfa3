import type { IDataObject, IExecuteFunctions, INodeProperties, NodeApiError } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { onlyInVersions } from '../../../shared/nodeVersion';
import { getManyOperation } from '../../helpers/operations';

/**
 * Version 1 only: `GET /trips?externalTripId=…` [I: no public page or client shows a trip list]. Kept so
 * saved workflows load and run where a server answers it; where Avinode answers 404 or 405 (no such
 * list), the error says what to use instead.
 */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'trip',
	path: () => '/trips',
	fields: [
		{
			displayName: 'Avinode offers no trip list. Use "Search by Identifier" to find a trip by its Trip ID.',
			name: 'tripListNotice',
			type: 'notice',
			default: '',
		},
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

export const MIGRATION_HINT =
	'Avinode has no trip list: version 1 of this node guessed "Trip → Get Many" (GET /trips). In this node, change Operation to "Search by Identifier" (GET /trips/searchTrips) and give the Trip ID shown in Avinode; to react to new trips and RFQs, use the Avinode Trigger.';

export const description: INodeProperties[] = operation.description.map((property) => ({
	...property,
	displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, ...onlyInVersions(1) } },
}));

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	return await operation.execute.call(this, itemIndex).catch((error: NodeApiError) => {
		const httpCode = String(error.httpCode ?? '');
		if (httpCode !== '404' && httpCode !== '405') throw error;
		throw new NodeOperationError(this.getNode(), `Trip → Get Many is not an Avinode operation (the API answered ${httpCode})`, { itemIndex, description: MIGRATION_HINT });
	});
}
