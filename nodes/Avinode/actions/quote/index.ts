import type { INodeProperties } from 'n8n-workflow';

import * as downloadAttachment from './downloadAttachment.operation';
import * as get from './get.operation';

export { downloadAttachment, get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['quote'] } },
		options: [
			{ name: 'Download Attachment', value: 'downloadAttachment', action: 'Download a quote attachment', description: 'Get a file attached to a quote as binary data' },
			{ name: 'Get', value: 'get', action: 'Get a quote', description: 'Retrieve a quote, e.g. the price an operator answered' },
		],
		default: 'get',
	},
	...downloadAttachment.description,
	...get.description,
];
