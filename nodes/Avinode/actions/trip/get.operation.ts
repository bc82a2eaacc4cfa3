import { idField, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /trips/{id}` [C], with `fields[trips]` [C; the 26 values are not in the research, so free text]. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'trip',
	id: idField('tripId', 'Trip ID', 'atrip-12345678', 'The trip resource ID (not the short display trip ID)'),
	path: (id) => `/trips/${idSegment(id)}`,
	sparseType: 'trips',
	extraOptions: [sparseFieldsOption('trips')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
