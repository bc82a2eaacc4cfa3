import type { UnconfirmedCall } from '../../../shared/evidence';
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
	properties: [idField('rfqId', 'RFQ ID', 'arfq-12345678'), { displayName: 'Message to Seller', name: 'messageToSeller', type: 'string', typeOptions: { rows: 3 }, default: '' }],
	body: (context, itemIndex) => ({ messageToSeller: context.getNodeParameter('messageToSeller', itemIndex, '') as string }),
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'PUT', instead: 'Trip → Cancel cancels the trip with all its RFQs.' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
