import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { findTripId, tripFieldLabel, tripFields } from './tripId';

/**
 * `PUT /trips/{id}/cancel` [C: /reference/canceltrip_1]: cancels the trip and all its RFQs. The body carries
 * the trip `id`, as the documented example does.
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'cancel',
	method: 'PUT',
	idParameter: { name: 'tripId', displayName: tripFieldLabel, onNotFound: findTripId },
	path: (_context, _itemIndex, id) => `/trips/${idSegment(String(id))}/cancel`,
	properties: [
		...tripFields,
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'options',
			options: [
				{ name: 'Booked Elsewhere', value: 'BOOKED' },
				{ name: 'By Client', value: 'BY_CLIENT' },
				{ name: 'Changed', value: 'CHANGED' },
				{ name: 'Other', value: 'OTHER' },
			],
			default: 'BY_CLIENT',
		},
		{ displayName: 'Message to Seller', name: 'messageToSeller', type: 'string', typeOptions: { rows: 3 }, default: '' },
	],
	body: (context, itemIndex, id) => ({
		id: String(id),
		reason: context.getNodeParameter('reason', itemIndex) as string,
		messageToSeller: context.getNodeParameter('messageToSeller', itemIndex, '') as string,
	}),
});

export const description = operation.description;
export const itemsInParallel = operation.itemsInParallel;

export const execute = operation.execute;
