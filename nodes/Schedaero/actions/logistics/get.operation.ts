import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';

/** `GET /logistics/{id}` [C]: a service (FBO, fuel, catering …) on a flight leg. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'logistics',
	id: idField('serviceId', 'Service ID', 'logistics-12345678'),
	path: (id) => `/logistics/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
