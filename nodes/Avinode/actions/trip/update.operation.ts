import { parseJsonObject } from '../../../shared/json';
import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/**
 * `PUT /trips/{id}` [C-3p: PD-fork `updateTrip` → /reference/updatetripbynumericid]. The body carries the
 * trip `id` as the documented example does, then the changed properties.
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'update',
	method: 'PUT',
	path: (context, itemIndex) => `/trips/${idSegment(readId(context, 'tripId', 'Trip ID', itemIndex))}`,
	properties: [
		idField('tripId', 'Trip ID', 'atrip-12345678'),
		{ displayName: 'Update Fields (JSON)', name: 'updateJson', type: 'json', default: '{}', required: true, description: 'Trip properties to change, e.g. {"segments": [...]}' },
	],
	body: (context, itemIndex) => ({
		...parseJsonObject(context.getNode(), context.getNodeParameter('updateJson', itemIndex, '{}'), 'Update Fields (JSON)', itemIndex),
		id: readId(context, 'tripId', 'Trip ID', itemIndex),
	}),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
