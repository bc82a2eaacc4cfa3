import type { INodeProperties } from 'n8n-workflow';

import * as downloadPdf from './downloadPdf.operation';
import * as get from './get.operation';

export { downloadPdf, get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['quote'] } },
		options: [
			{ name: 'Download PDF', value: 'downloadPdf', action: 'Download a quote as PDF', description: 'Get the quote PDF as a file' },
			{ name: 'Get', value: 'get', action: 'Get a quote', description: 'Retrieve a quote' },
		],
		default: 'get',
	},
	...downloadPdf.description,
	...get.description,
];
