import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';

/** `GET /externalsystems/{id}` [I]. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'externalSystem',
	id: idField('externalSystemId', 'External System ID', 'external-system-12345'),
	path: (id) => `/externalsystems/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
