import { NodeOperationError } from 'n8n-workflow';

import type { UnconfirmedCall } from '../../../shared/evidence';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { contactCollection, contactTypeField } from './contactType';
import { contactBody, contactFields, contactJsonField } from './fields';

/** `POST /contacts/people` or `/contacts/companies` [I]. */
const operation = writeOperation({
	platform: 'schedaero',
	resource: 'contact',
	operation: 'create',
	method: 'POST',
	path: (context, itemIndex) => `/contacts/${contactCollection(context, itemIndex)}`,
	properties: [
		contactTypeField,
		{ displayName: 'Fields', name: 'contactFields', type: 'collection', placeholder: 'Add Field', default: {}, options: contactFields },
		contactJsonField,
	],
	body: (context, itemIndex) => {
		const body = contactBody(context, itemIndex, 'contactFields');
		const needed = contactCollection(context, itemIndex) === 'people' ? [['firstName', 'First Name'], ['lastName', 'Last Name']] : [['name', 'Company Name']];
		for (const [field, label] of needed) {
			if (!String(body[field] ?? '').trim()) throw new NodeOperationError(context.getNode(), `"${label}" of item ${itemIndex} is empty`, { itemIndex });
		}
		return body;
	},
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'POST' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
