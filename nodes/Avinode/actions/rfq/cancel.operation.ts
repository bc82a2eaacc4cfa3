import { inferredCallNotice } from '../../../shared/evidence';
import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `PUT /rfqs/{id}/cancel` [I]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'rfq',
	operation: 'cancel',
	method: 'PUT',
	path: (context, itemIndex) => `/rfqs/${idSegment(readId(context, 'rfqId', 'RFQ ID', itemIndex))}/cancel`,
	properties: [inferredCallNotice('Avinode', 'PUT /rfqs/{id}/cancel', 'Trip → Cancel (documented) cancels a trip and all its RFQs.'), idField('rfqId', 'RFQ ID', 'arfq-12345678'), { displayName: 'Message to Seller', name: 'messageToSeller', type: 'string', typeOptions: { rows: 3 }, default: '' }],
	body: (context, itemIndex) => ({ messageToSeller: context.getNodeParameter('messageToSeller', itemIndex, '') as string }),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
