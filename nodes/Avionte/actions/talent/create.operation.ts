import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { parseJsonObject } from '../../../shared/json';
import { itemResults } from '../../../shared/router';
import { AVIONTE_DEFAULT_CONCURRENCY, avionteRequest } from '../../transport';
import { additionalJsonField, talentBodyFromFields, talentOptionalFields } from './fields';

const properties: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
	{ displayName: 'Email Address', name: 'emailAddress', type: 'string', placeholder: 'name@email.com', default: '', required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: talentOptionalFields,
	},
	additionalJsonField,
	requestOptions(AVIONTE_DEFAULT_CONCURRENCY, [
		{
			displayName: 'Use Tenant Talent Requirements',
			name: 'useNewTalentRequirements',
			type: 'boolean',
			default: false,
			description: 'Whether the tenant-specific required fields (GET /talent-requirement) apply instead of first name, last name and email',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['create'] } }, properties);

/** Creates run concurrently across items; a create is never re-sent after an ambiguous failure. */
export const itemsInParallel = true;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body: IDataObject = {
		firstName: String(this.getNodeParameter('firstName', itemIndex, '')).trim(),
		lastName: String(this.getNodeParameter('lastName', itemIndex, '')).trim(),
		emailAddress: String(this.getNodeParameter('emailAddress', itemIndex, '')).trim(),
		...talentBodyFromFields(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		...parseJsonObject(this.getNode(), this.getNodeParameter('additionalJson', itemIndex, '{}'), 'Additional Fields (JSON)', itemIndex),
	};
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const useTenantRequirements = options.useNewTalentRequirements === true;
	if (!useTenantRequirements) {
		for (const [field, label] of [['firstName', 'First Name'], ['lastName', 'Last Name'], ['emailAddress', 'Email Address']]) {
			if (typeof body[field] !== 'string' || body[field] === '') {
				throw new NodeOperationError(this.getNode(), `"${label}" of item ${itemIndex} is empty; Avionté requires it to create a talent`, { itemIndex });
			}
		}
	}
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_DEFAULT_CONCURRENCY);
	const response = await avionteRequest.call(this, 'POST', '/talent', {
		qs: { useNewTalentRequirements: useTenantRequirements ? 'true' : 'false' },
		body,
		itemIndex,
		retryPolicy,
	});
	return itemResults(this, itemIndex, response.body as IDataObject);
}
