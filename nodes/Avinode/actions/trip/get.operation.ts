import { extraFieldsOption, idField, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { TRIP_FIELDS } from './fields';

/**
 * `GET /trips/{id}` [C-3p: PD-fork → /reference/readtrip_1] with `fields[trips]`: the documented values
 * as a list, plus the free-text option of version 1 (kept so saved workflows keep their values).
 */
const operation = getOperation({
	platform: 'avinode',
	resource: 'trip',
	id: idField('tripId', 'Trip ID', 'atrip-12345678', 'The trip resource ID (not the short display trip ID)'),
	path: (id) => `/trips/${idSegment(id)}`,
	sparseType: 'trips',
	extraOptions: [extraFieldsOption('trips', TRIP_FIELDS), sparseFieldsOption('trips')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
