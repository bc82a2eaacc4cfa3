import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { compact, parseJsonObject } from '../../../shared/json';

/** Contact properties [I: the Schedaero contact schema was not in the pages reviewed]. */
export const contactFields: INodeProperties[] = [
	{ displayName: 'Company Name', name: 'name', type: 'string', default: '', description: 'For company contacts' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: 'For person contacts' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: 'For person contacts' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
];

export const contactJsonField: INodeProperties = {
	displayName: 'Additional Contact Properties (JSON)',
	name: 'contactJson',
	type: 'json',
	default: '{}',
	description: 'Other contact properties, merged last',
};

export function contactBody(context: IExecuteFunctions, itemIndex: number, fieldsParameter: string): IDataObject {
	return {
		...compact(context.getNodeParameter(fieldsParameter, itemIndex, {}) as IDataObject),
		...parseJsonObject(context.getNode(), context.getNodeParameter('contactJson', itemIndex, '{}'), 'Additional Contact Properties (JSON)', itemIndex),
	};
}
