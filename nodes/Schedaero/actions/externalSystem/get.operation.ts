import type { UnconfirmedCall } from '../../../shared/evidence';
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
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'GET' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
