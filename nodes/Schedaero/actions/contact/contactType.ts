import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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

export function contactCollection(context: IExecuteFunctions, itemIndex: number): 'people' | 'companies' {
	return context.getNodeParameter('contactType', itemIndex, 'people') === 'companies' ? 'companies' : 'people';
}
