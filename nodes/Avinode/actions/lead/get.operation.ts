import type { UnconfirmedCall } from '../../../shared/evidence';
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
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'GET', instead: 'The Avinode Trigger with Resolve Resource on outputs each new lead in full.' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
