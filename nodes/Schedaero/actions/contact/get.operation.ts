import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';
import { contactCollection, contactTypeField } from './contactType';

/** `GET /contacts/people/{id}` and `/contacts/companies/{id}` [C]. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'contact',
	fields: [contactTypeField],
	id: idField('contactId', 'Contact ID', 'contact-12345678'),
	path: (id, context, itemIndex) => `/contacts/${contactCollection(context, itemIndex)}/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
