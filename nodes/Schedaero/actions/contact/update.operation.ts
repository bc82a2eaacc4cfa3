import { NodeOperationError } from 'n8n-workflow';

import { inferredCallNotice } from '../../../shared/evidence';
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
		inferredCallNotice('Schedaero', 'PUT /contacts/people|companies/{id}', 'If Schedaero treats PUT as a full replacement, fields left out may be cleared: try it on a test contact first.'),
		contactTypeField,
		idField('contactId', 'Contact ID', 'contact-12345678'),
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: contactFields },
		contactJsonField,
	],
	body: (context, itemIndex) => {
		const body = contactBody(context, itemIndex, 'updateFields');
		if (Object.keys(body).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return body;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
