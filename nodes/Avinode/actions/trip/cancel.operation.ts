import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** Cancel a trip [C: operation exists]; path `PUT /trips/{id}/cancel` and reason values [I]. */
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
		reason: context.getNodeParameter('reason', itemIndex) as string,
		messageToSeller: context.getNodeParameter('messageToSeller', itemIndex, '') as string,
	}),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
