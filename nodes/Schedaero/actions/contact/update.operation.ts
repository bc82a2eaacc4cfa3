import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { UnconfirmedCall } from '../../../shared/evidence';
import { readMappedValues } from '../../../shared/mappedFields';
import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import { requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { actAsOption, idField, readId } from '../../../Avinode/helpers/fields';
import { listLocator } from '../../../Avinode/helpers/locators';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { AVINODE_REQUEST_DEFAULTS, idSegment } from '../../../Avinode/transport';
import { contactCollection, contactTypeField } from './contactType';
import { contactCall, readContact, updateContact } from './contactWrite';
import { contactBody, contactFields, contactJsonField } from './fields';
import { contactColumnsField, knownContactFields } from './mapper';

/** Version 1: the changed fields only, `PUT /contacts/{people|companies}/{id}` [I]. */
const version1 = writeOperation({
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

/**
 * From version 2: the field mapper, and the contact is read first and sent whole with the changes, so
 * fields the item does not map are kept whether Schedaero's PUT merges or replaces.
 */
const version2 = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, [
	contactTypeField,
	listLocator('contactId', 'Contact', 'searchContacts', 'contact-12345678'),
	contactColumnsField('getContactUpdateFields'),
	requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption]),
]);

export const description = [...shownOnly(onlyInVersions(1), version1.description), ...shownOnly(fromVersion(2), version2)];

export const itemsInParallel = true;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) < 2) return await version1.execute.call(this, itemIndex);
	const kind = contactCollection(this, itemIndex);
	const id = readId(this, 'contactId', 'Contact', itemIndex);
	const values = readMappedValues(this, 'columns', itemIndex, knownContactFields(kind));
	if (Object.keys(values).length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex} maps no fields to update`, { itemIndex });
	const call = contactCall(this, itemIndex);
	const current = await readContact.call(this, kind, id, call);
	if (!current) throw new NodeOperationError(this.getNode(), `Contact "${id}" of item ${itemIndex} was not found among the ${kind === 'people' ? 'person contacts' : 'companies'}`, { itemIndex });
	return itemResults(this, itemIndex, await updateContact.call(this, kind, current, values, call));
}

/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'PUT' };
