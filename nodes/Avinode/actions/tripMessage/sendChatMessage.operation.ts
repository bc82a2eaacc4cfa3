import type { UnconfirmedCall } from '../../../shared/evidence';
import { readId, readRequiredString } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { requestIdField, suppressNotificationField } from './requestId';

/** Chat about a request [C: operation and body]; path `POST /tripmsgs/{requestId}/chat` [I]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'tripMessage',
	operation: 'sendChatMessage',
	method: 'POST',
	path: (context, itemIndex) => `/tripmsgs/${idSegment(readId(context, 'requestId', 'Request ID', itemIndex))}/chat`,
	properties: [
		{ ...requestIdField, description: 'The ID of the request (lift or RFQ) the message is about' },
		{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '', required: true, description: 'Sent exactly as typed: quotes, backslashes and line breaks included' },
		suppressNotificationField,
	],
	body: (context, itemIndex) => ({
		message: readRequiredString(context, 'message', 'Message', itemIndex),
		suppressNotification: context.getNodeParameter('suppressNotification', itemIndex, false) as boolean,
	}),
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'POST' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
