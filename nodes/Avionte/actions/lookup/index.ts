import type { INodeProperties } from 'n8n-workflow';

import * as getCertificates from './getCertificates.operation';
import * as getContactActivityTypes from './getContactActivityTypes.operation';
import * as getDocumentTypes from './getDocumentTypes.operation';
import * as getSkillPositions from './getSkillPositions.operation';
import * as getTalentActivityTypes from './getTalentActivityTypes.operation';
import * as getTalentStatuses from './getTalentStatuses.operation';

export { getCertificates, getContactActivityTypes, getDocumentTypes, getSkillPositions, getTalentActivityTypes, getTalentStatuses };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['lookup'] } },
		options: [
			{ name: 'Get Certificates', value: 'getCertificates', action: 'Get certificates', description: 'List the certificate types of the tenant' },
			{ name: 'Get Contact Activity Types', value: 'getContactActivityTypes', action: 'Get contact activity types', description: 'List the activity types for contacts' },
			{ name: 'Get Document Types', value: 'getDocumentTypes', action: 'Get talent document types', description: 'List the talent document types' },
			{ name: 'Get Skill Positions', value: 'getSkillPositions', action: 'Get skill positions', description: 'List the skill positions of the tenant' },
			{ name: 'Get Talent Activity Types', value: 'getTalentActivityTypes', action: 'Get talent activity types', description: 'List the activity types for talents' },
			{ name: 'Get Talent Statuses', value: 'getTalentStatuses', action: 'Get talent statuses', description: 'List the talent statuses of the tenant' },
		],
		default: 'getTalentStatuses',
	},
	...getCertificates.description,
	...getContactActivityTypes.description,
	...getDocumentTypes.description,
	...getSkillPositions.description,
	...getTalentActivityTypes.description,
	...getTalentStatuses.description,
];
