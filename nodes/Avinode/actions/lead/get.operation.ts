import { idField } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /leads/{id}` [I]: read after a ClientLeads webhook. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'lead',
	id: idField('leadId', 'Lead ID', 'alead-12345678'),
	path: (id) => `/leads/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
