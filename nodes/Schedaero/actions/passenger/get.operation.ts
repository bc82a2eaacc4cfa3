import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';

/** `GET /passengers/{id}` [C]. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'passenger',
	id: idField('passengerId', 'Passenger ID', 'schedaero-passenger-123-456'),
	path: (id) => `/passengers/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
