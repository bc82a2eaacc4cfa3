import { parseJsonObject } from '../../../shared/json';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { findTripId, tripFieldLabel, tripFields } from './tripId';

/**
 * `PUT /trips/{id}` [C-3p: PD-fork `updateTrip` → /reference/updatetripbynumericid]. The body carries the
 * trip `id` as the documented example does, then the changed properties.
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'update',
	method: 'PUT',
	idParameter: { name: 'tripId', displayName: tripFieldLabel, onNotFound: findTripId },
	path: (_context, _itemIndex, id) => `/trips/${idSegment(String(id))}`,
	properties: [
		...tripFields,
		{ displayName: 'Update Fields (JSON)', name: 'updateJson', type: 'json', default: '{}', required: true, description: 'Trip properties to change, e.g. {"segments": [...]}' },
	],
	body: (context, itemIndex, id) => ({
		...parseJsonObject(context.getNode(), context.getNodeParameter('updateJson', itemIndex, '{}'), 'Update Fields (JSON)', itemIndex),
		id: String(id),
	}),
});

export const description = operation.description;
export const itemsInParallel = operation.itemsInParallel;

export const execute = operation.execute;
