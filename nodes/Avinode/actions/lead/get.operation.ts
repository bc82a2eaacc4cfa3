import { inferredCallNotice } from '../../../shared/evidence';
import { idField } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /leads/{id}` [I]: read after a ClientLeads webhook. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'lead',
	id: idField('leadId', 'Lead ID', 'alead-12345678'),
	path: (id) => `/leads/${idSegment(id)}`,
	fields: [inferredCallNotice('Avinode', 'GET /leads/{id}', 'The documented way is to follow the href of a ClientLeads webhook (the Avinode Trigger does).')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
