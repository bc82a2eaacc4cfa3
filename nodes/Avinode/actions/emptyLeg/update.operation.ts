import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { UnconfirmedCall } from '../../../shared/evidence';
import { fromVersion, onlyInVersions } from '../../../shared/nodeVersion';
import { readId } from '../../helpers/fields';
import { emptyLegLocator } from '../../helpers/locators';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { emptyLegBody, emptyLegJsonField, updateFieldsV1, updateFieldsV11 } from './fields';

function updateFields(options: INodeProperties[], show: NonNullable<INodeProperties['displayOptions']>['show']): INodeProperties {
	return { displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options, displayOptions: { show } };
}

/** `PUT /emptylegs/{id}` [I: no public page or client shows it], with the documented create body's names. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'update',
	method: 'PUT',
	path: (context, itemIndex) => `/emptylegs/${idSegment(readId(context, 'emptyLegId', 'Empty Leg', itemIndex))}`,
	properties: [
		emptyLegLocator,
		updateFields(updateFieldsV1, onlyInVersions(1)),
		updateFields(updateFieldsV11, fromVersion(1.1)),
		emptyLegJsonField,
	],
	body: (context, itemIndex) => {
		const body = emptyLegBody(context, itemIndex, context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
		if (Object.keys(body).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return body;
	},
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'PUT', instead: 'Schedule → Upload with the changed empty leg also updates it.' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
