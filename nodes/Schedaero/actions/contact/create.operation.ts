import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { UnconfirmedCall } from '../../../shared/evidence';
import { missingRequired, readMappedValues } from '../../../shared/mappedFields';
import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import { requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { actAsOption } from '../../../Avinode/helpers/fields';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { AVINODE_REQUEST_DEFAULTS } from '../../../Avinode/transport';
import { contactCollection, contactTypeField } from './contactType';
import { contactCall, createContact, kindName } from './contactWrite';
import { contactBody, contactFields, contactJsonField } from './fields';
import { contactColumnsField, knownContactFields } from './mapper';

/** Version 1: fields one by one under "Fields", `POST /contacts/people` or `/contacts/companies` [I]. */
const version1 = writeOperation({
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

/** From version 2: the field mapper, with the fields a create needs marked required. */
const version2 = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, [
	contactTypeField,
	contactColumnsField('getContactFields'),
	requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption]),
]);

export const description = [...shownOnly(onlyInVersions(1), version1.description), ...shownOnly(fromVersion(2), version2)];

export const itemsInParallel = true;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) < 2) return await version1.execute.call(this, itemIndex);
	const kind = contactCollection(this, itemIndex);
	const fields = knownContactFields(kind);
	const values = readMappedValues(this, 'columns', itemIndex, fields);
	const missing = missingRequired(values, fields);
	if (missing) {
		throw new NodeOperationError(this.getNode(), `"${missing.displayName}" of item ${itemIndex} is empty; Schedaero needs it to create a ${kindName(kind)}`, { itemIndex });
	}
	const record = await createContact.call(this, kind, values, contactCall(this, itemIndex));
	return itemResults(this, itemIndex, record);
}

/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'POST' };
