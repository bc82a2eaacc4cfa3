import { extraFieldsOption, idField } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { TRIP_FIELDS } from './fields';

/**
 * `GET /trips/searchTrips?id=…` [C-3p: PD-fork `searchTrips` → /reference/searchtrips]: finds trips by
 * identifier, e.g. the short Trip ID shown in Avinode. Not a paged list: the API documents no trip list.
 */
const operation = getOperation({
	platform: 'avinode',
	resource: 'trip',
	operation: 'search',
	id: idField('identifier', 'Trip Identifier', 'e.g. 7ZSH2S', 'The trip to find: the Trip ID shown in Avinode (e.g. 7ZSH2S) or a trip resource ID'),
	path: () => '/trips/searchTrips',
	query: (identifier) => ({ id: identifier }),
	sparseType: 'trips',
	extraOptions: [extraFieldsOption('trips', TRIP_FIELDS)],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
