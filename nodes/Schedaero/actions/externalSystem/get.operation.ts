import { inferredCallNotice } from '../../../shared/evidence';
import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';

/** `GET /externalsystems/{id}` [I]. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'externalSystem',
	id: idField('externalSystemId', 'External System ID', 'external-system-12345'),
	path: (id) => `/externalsystems/${idSegment(id)}`,
	fields: [inferredCallNotice('Schedaero', 'GET /externalsystems/{id}', 'It is the Location that Create answers with, so it is likely but not documented.')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
