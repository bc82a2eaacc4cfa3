import type { INodeProperties } from 'n8n-workflow';

import * as getFleetSchedules from './getFleetSchedules.operation';
import * as upload from './upload.operation';

export { getFleetSchedules, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['schedule'] } },
		options: [
			{ name: 'Get Fleet Schedules', value: 'getFleetSchedules', action: 'Get fleet schedules for a time window', description: 'Read the schedules of every aircraft of your fleet between two times' },
			{ name: 'Upload', value: 'upload', action: 'Upload an aircraft schedule', description: "Replace the schedule of one aircraft" },
		],
		default: 'upload',
	},
	...getFleetSchedules.description,
	...upload.description,
];
