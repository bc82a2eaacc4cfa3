import { inferredCallNotice } from '../../../shared/evidence';
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
	properties: [inferredCallNotice('Avinode', 'DELETE /emptylegs/{id}', 'Schedule → Upload without the leg is the documented way to remove empty legs.'), emptyLegLocator],
	result: () => ({ deleted: true }),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
