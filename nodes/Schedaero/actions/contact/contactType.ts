import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** The two kinds of Schedaero contact, by the path segment that holds them [C]. */
export type ContactKind = 'people' | 'companies';

export const contactTypeField: INodeProperties = {
	displayName: 'Contact Type',
	name: 'contactType',
	type: 'options',
	options: [
		{ name: 'Company', value: 'companies' },
		{ name: 'Person', value: 'people' },
	],
	default: 'people',
};

export function contactKindOf(value: unknown): ContactKind {
	return value === 'companies' ? 'companies' : 'people';
}

export function contactCollection(context: IExecuteFunctions, itemIndex: number): ContactKind {
	return contactKindOf(context.getNodeParameter('contactType', itemIndex, 'people'));
}
