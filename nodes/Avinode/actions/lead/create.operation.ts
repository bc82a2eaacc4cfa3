import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { parseJsonObject, parseJsonParameter } from '../../../shared/json';
import { readRequiredString } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';

const properties: INodeProperties[] = [
	{ displayName: 'Contact Name', name: 'contactName', type: 'string', default: '', required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Campaign Identifier', name: 'campaignIdentifier', type: 'string', default: '' },
			{ displayName: 'Client Identifier', name: 'clientIdentifier', type: 'string', default: '', description: 'Your de-duplication key: re-sending a lead with the same value changes nothing' },
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Inquiry Lift (JSON)', name: 'inquiryLift', type: 'json', default: '[]', description: 'E.g. [{"aircraftType": "...", "priceExpectation": ...}] or [{"emptyLegId": "..."}].' },
			{ displayName: 'Lead Currency', name: 'leadCurrency', type: 'string', default: '' },
			{ displayName: 'Lead Locale', name: 'leadLocale', type: 'string', default: '' },
			{ displayName: 'Message', name: 'leadMessage', type: 'string', typeOptions: { rows: 3 }, default: '' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
			{ displayName: 'Search ID', name: 'searchId', type: 'string', default: '', description: 'The search the lead came from (asearch-…)' },
			{ displayName: 'Seller Quote IDs', name: 'sellerQuoteIds', type: 'string', default: '', description: 'Comma-separated search result IDs (asearchhit-…)' },
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
	{ displayName: 'Additional Lead Properties (JSON)', name: 'leadJson', type: 'json', default: '{}', description: 'Other properties of the lead body, merged last' },
];

/** `POST /leads` [C]. `clientIdentifier` makes re-sends harmless, so retries are safe with it. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'lead',
	operation: 'create',
	method: 'POST',
	path: () => '/leads',
	properties,
	body: (context, itemIndex) => {
		const node = context.getNode();
		const a = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const contact: IDataObject = { name: readRequiredString(context, 'contactName', 'Contact Name', itemIndex) };
		if (a.title) contact.title = a.title;
		if (a.email) contact.emailAddresses = [{ type: 'Work', emailAddress: a.email }];
		if (a.phone) contact.phoneNumbers = [{ type: 'Work', phoneNumber: a.phone }];
		const body: IDataObject = { leadContactInfo: contact };
		for (const key of ['campaignIdentifier', 'clientIdentifier', 'leadCurrency', 'leadLocale', 'leadMessage', 'searchId']) if (a[key]) body[key] = a[key];
		if (a.sellerQuoteIds) body.sellerQuoteIds = String(a.sellerQuoteIds).split(',').map((id) => id.trim()).filter(Boolean);
		if (a.inquiryLift !== undefined) body.inquiryLift = parseJsonParameter(node, a.inquiryLift, 'Inquiry Lift (JSON)', itemIndex, 'array') as IDataObject[];
		return { ...body, ...parseJsonObject(node, context.getNodeParameter('leadJson', itemIndex, '{}'), 'Additional Lead Properties (JSON)', itemIndex) };
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
