import type { UnconfirmedCall } from '../../../shared/evidence';
import { readId } from '../../helpers/fields';
import { emptyLegLocator } from '../../helpers/locators';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `DELETE /emptylegs/{id}` [I]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'delete',
	method: 'DELETE',
	path: (context, itemIndex) => `/emptylegs/${idSegment(readId(context, 'emptyLegId', 'Empty Leg', itemIndex))}`,
	properties: [emptyLegLocator],
	result: () => ({ deleted: true }),
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'DELETE', instead: 'Schedule → Upload without the empty leg also removes it.' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
