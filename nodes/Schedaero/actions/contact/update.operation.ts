import { NodeOperationError } from 'n8n-workflow';

import type { UnconfirmedCall } from '../../../shared/evidence';
import { idField, readId } from '../../../Avinode/helpers/fields';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';
import { contactCollection, contactTypeField } from './contactType';
import { contactBody, contactFields, contactJsonField } from './fields';

/** `PUT /contacts/{people|companies}/{id}` [I]. */
const operation = writeOperation({
	platform: 'schedaero',
	resource: 'contact',
	operation: 'update',
	method: 'PUT',
	path: (context, itemIndex) => `/contacts/${contactCollection(context, itemIndex)}/${idSegment(readId(context, 'contactId', 'Contact ID', itemIndex))}`,
	properties: [
		contactTypeField,
		idField('contactId', 'Contact ID', 'contact-12345678'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'The fields to change. Add the ones the contact should keep as well: Schedaero may clear fields left out.',
			options: contactFields,
		},
		contactJsonField,
	],
	body: (context, itemIndex) => {
		const body = contactBody(context, itemIndex, 'updateFields');
		if (Object.keys(body).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return body;
	},
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'PUT' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
