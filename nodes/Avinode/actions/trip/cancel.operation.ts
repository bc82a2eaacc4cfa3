import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/**
 * `PUT /trips/{id}/cancel` [C: /reference/canceltrip_1]: cancels the trip and all its RFQs. The body carries
 * the trip `id`, as the documented example does.
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'cancel',
	method: 'PUT',
	path: (context, itemIndex) => `/trips/${idSegment(readId(context, 'tripId', 'Trip ID', itemIndex))}/cancel`,
	properties: [
		idField('tripId', 'Trip ID', 'atrip-12345678'),
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
	body: (context, itemIndex) => ({
		id: readId(context, 'tripId', 'Trip ID', itemIndex),
		reason: context.getNodeParameter('reason', itemIndex) as string,
		messageToSeller: context.getNodeParameter('messageToSeller', itemIndex, '') as string,
	}),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
