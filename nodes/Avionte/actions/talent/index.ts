import type { INodeProperties } from 'n8n-workflow';

import * as addTag from './addTag.operation';
import * as addToPipelineStage from './addToPipelineStage.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDocuments from './getDocuments.operation';
import * as getNewTalentRequirements from './getNewTalentRequirements.operation';
import * as getSkills from './getSkills.operation';
import * as getTags from './getTags.operation';
import * as getWebApplications from './getWebApplications.operation';
import * as update from './update.operation';

export { addTag, addToPipelineStage, create, get, getAll, getDocuments, getNewTalentRequirements, getSkills, getTags, getWebApplications, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['talent'] } },
		options: [
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a talent', description: 'Tag a talent (candidate or employee)' },
			{ name: 'Add to Pipeline Stage', value: 'addToPipelineStage', action: 'Add a talent to a job pipeline stage', description: 'Put a talent into a pipeline stage of a job' },
			{ name: 'Create', value: 'create', action: 'Create a talent', description: 'Create a talent (candidate or employee)' },
			{ name: 'Get', value: 'get', action: 'Get a talent', description: 'Retrieve one talent by ID' },
			{ name: 'Get Documents', value: 'getDocuments', action: 'Get documents of a talent', description: 'List the documents stored for a talent' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many talents', description: 'List talents, 100 per API call' },
			{ name: 'Get New Talent Requirements', value: 'getNewTalentRequirements', action: 'Get new talent requirements', description: 'Which fields this tenant requires to create a talent (GET /talent-requirement)' },
			{ name: 'Get Skills', value: 'getSkills', action: 'Get skills of a talent', description: 'List the skills of a talent' },
			{ name: 'Get Tags', value: 'getTags', action: 'Get tags of a talent', description: 'List all tags of a talent' },
			{ name: 'Get Web Applications', value: 'getWebApplications', action: 'Get web applications of a talent', description: 'List the jobs a talent applied to online' },
			{ name: 'Update', value: 'update', action: 'Update a talent', description: 'Change fields of a talent; untouched fields keep their values' },
		],
		default: 'get',
	},
	...addTag.description,
	...addToPipelineStage.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getDocuments.description,
	...getNewTalentRequirements.description,
	...getSkills.description,
	...getTags.description,
	...getWebApplications.description,
	...update.description,
];
