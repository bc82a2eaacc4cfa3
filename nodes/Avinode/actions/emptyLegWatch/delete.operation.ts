import { inferredCallNotice } from '../../../shared/evidence';
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
	properties: [inferredCallNotice('Avinode', 'DELETE /emptylegs/watches/{id}', 'The documented way to stop a watch is to update it with active set to false.'), idField('watchId', 'Watch ID', 'aelwatch-12345678')],
	result: () => ({ deleted: true }),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
