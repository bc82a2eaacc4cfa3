import type { UnconfirmedCall } from '../../../shared/evidence';
import { idField, readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `DELETE /emptylegs/watches/{id}` [I: only read, create and update are documented; PUT active=false is the fallback]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLegWatch',
	operation: 'delete',
	method: 'DELETE',
	path: (context, itemIndex) => `/emptylegs/watches/${idSegment(readId(context, 'watchId', 'Watch ID', itemIndex))}`,
	properties: [idField('watchId', 'Watch ID', 'aelwatch-12345678')],
	result: () => ({ deleted: true }),
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'DELETE', instead: 'Empty Leg Watch → Deactivate stops a watch.' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
