import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readId, readRequiredString } from '../../../Avinode/helpers/fields';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { externalIdentityPath, externalSystemField, personLocator } from './externalIdentity';

/** Sets (or changes) the identifier; repeating it with the same values changes nothing, so it may be retried. */
const operation = writeOperation({
	platform: 'schedaero',
	resource: 'contact',
	operation: 'setExternalIdentity',
	method: 'PATCH',
	idempotent: true,
	path: (context, itemIndex) => externalIdentityPath(readId(context, 'contactId', 'Person Contact', itemIndex), readId(context, 'externalSystemId', 'External System ID', itemIndex)),
	properties: [
		personLocator,
		externalSystemField,
		{ displayName: 'Identifier', name: 'identifier', type: 'string', default: '', required: true, placeholder: 'CRM-000123', description: "The contact's ID in your system; unique within the external system" },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Label shown next to the link in Schedaero' },
				{ displayName: 'URI', name: 'uri', type: 'string', default: '', placeholder: 'https://crm.example.com/contacts/123', description: 'Link to the record in your system; Schedaero shows it as a deep link' },
			],
		},
	],
	body: (context, itemIndex) => {
		const body: IDataObject = { identifier: readRequiredString(context, 'identifier', 'Identifier', itemIndex).trim() };
		const additional = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const name = String(additional.name ?? '').trim();
		if (name) body.name = name;
		const uri = String(additional.uri ?? '').trim();
		if (uri) {
			let parsed: URL | undefined;
			try {
				parsed = new URL(uri);
			} catch {
				parsed = undefined;
			}
			if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
				throw new NodeOperationError(context.getNode(), `"URI" of item ${itemIndex} is not an http(s) link: "${uri}"`, { itemIndex });
			}
			body.uri = uri;
		}
		return body;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
