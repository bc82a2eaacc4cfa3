import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readId } from '../../helpers/fields';
import { emptyLegLocator } from '../../helpers/locators';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { emptyLegBody, emptyLegFields, emptyLegJsonField } from './fields';

/** `PUT /emptylegs/{id}` [I]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'update',
	method: 'PUT',
	path: (context, itemIndex) => `/emptylegs/${idSegment(readId(context, 'emptyLegId', 'Empty Leg', itemIndex))}`,
	properties: [
		emptyLegLocator,
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: emptyLegFields },
		emptyLegJsonField,
	],
	body: (context, itemIndex) => {
		const body = emptyLegBody(context, itemIndex, context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (Object.keys(body).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return body;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
