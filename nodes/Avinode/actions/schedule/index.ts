import type { INodeProperties } from 'n8n-workflow';

import * as upload from './upload.operation';

export { upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['schedule'] } },
		options: [
			{ name: 'Upload', value: 'upload', action: 'Upload an aircraft schedule', description: "Replace the schedule of one aircraft" },
		],
		default: 'upload',
	},
	...upload.description,
];
