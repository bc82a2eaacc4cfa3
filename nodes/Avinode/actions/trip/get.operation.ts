import { extraFieldsOption, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { TRIP_FIELDS } from './fields';
import { findTripId, tripFieldLabel, tripFields } from './tripId';

/**
 * `GET /trips/{id}` [C-3p: PD-fork → /reference/readtrip_1] with `fields[trips]`: the documented values
 * as a list, plus the free-text option of version 1 (kept so saved workflows keep their values).
 */
const operation = getOperation({
	platform: 'avinode',
	resource: 'trip',
	id: tripFields[0],
	idFields: tripFields,
	idLabel: tripFieldLabel,
	onNotFound: findTripId,
	path: (id) => `/trips/${idSegment(id)}`,
	sparseType: 'trips',
	extraOptions: [extraFieldsOption('trips', TRIP_FIELDS), sparseFieldsOption('trips')],
});

export const description = operation.description;
export const itemsInParallel = operation.itemsInParallel;

export const execute = operation.execute;
