import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as branch from './branch';
import * as company from './company';
import * as contact from './contact';
import * as customApiCall from './customApiCall';
import * as department from './department';
import * as job from './job';
import * as lookup from './lookup';
import * as placement from './placement';
import * as talent from './talent';
import * as talentActivity from './talentActivity';
import * as user from './user';

export const versionDescription: INodeTypeDescription = {
	displayName: 'Avionté',
	name: 'avionte',
	icon: { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' },
	group: ['transform'],
	version: 1,
	subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
	description: 'Read and write talents, jobs, placements and more in Avionté BOLD Front Office',
	defaults: { name: 'Avionté' },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [{ name: 'avionteApi', required: true }],
	properties: [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Branch', value: 'branch' },
				{ name: 'Company', value: 'company' },
				{ name: 'Contact', value: 'contact' },
				{ name: 'Custom API Call', value: 'customApiCall' },
				{ name: 'Department', value: 'department' },
				{ name: 'Job', value: 'job' },
				{ name: 'Lookup', value: 'lookup' },
				{ name: 'Placement', value: 'placement' },
				{ name: 'Talent', value: 'talent' },
				{ name: 'Talent Activity', value: 'talentActivity' },
				{ name: 'User', value: 'user' },
			],
			default: 'talent',
		},
		...branch.description,
		...company.description,
		...contact.description,
		...customApiCall.description,
		...department.description,
		...job.description,
		...lookup.description,
		...placement.description,
		...talent.description,
		...talentActivity.description,
		...user.description,
	],
};
