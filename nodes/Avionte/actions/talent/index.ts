import type { INodeProperties } from 'n8n-workflow';

import * as addNominationStage from './addNominationStage.operation';
import * as addTag from './addTag.operation';
import * as addToPipelineStage from './addToPipelineStage.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAssessments from './getAssessments.operation';
import * as getDocuments from './getDocuments.operation';
import * as getNewTalentRequirements from './getNewTalentRequirements.operation';
import * as getNominationStage from './getNominationStage.operation';
import * as getOnboardingTasks from './getOnboardingTasks.operation';
import * as getReferrals from './getReferrals.operation';
import * as getSkills from './getSkills.operation';
import * as getTags from './getTags.operation';
import * as getWebApplications from './getWebApplications.operation';
import * as update from './update.operation';
import * as uploadDocument from './uploadDocument.operation';
import * as upsert from './upsert.operation';

export { addNominationStage, addTag, addToPipelineStage, create, get, getAll, getAssessments, getDocuments, getNewTalentRequirements, getNominationStage, getOnboardingTasks, getReferrals, getSkills, getTags, getWebApplications, update, uploadDocument, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['talent'] } },
		options: [
			{ name: 'Add Nomination Stage', value: 'addNominationStage', action: 'Add a nomination stage to a talent', description: 'Record the stage of a talent nominated for a job' },
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a talent', description: 'Tag a talent (candidate or employee)' },
			{ name: 'Add to Pipeline Stage', value: 'addToPipelineStage', action: 'Add a talent to a job pipeline stage', description: 'Put a talent into a pipeline stage of a job' },
			{ name: 'Create', value: 'create', action: 'Create a talent', description: 'Create a talent (candidate or employee)' },
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a talent',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{ name: 'Get', value: 'get', action: 'Get a talent', description: 'Retrieve one talent by ID' },
			{ name: 'Get Assessments', value: 'getAssessments', action: 'Get assessments of a talent', description: 'List the assessments of a talent' },
			{ name: 'Get Documents', value: 'getDocuments', action: 'Get documents of a talent', description: 'List the documents stored for a talent' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many talents', description: 'List talents, 100 per API call' },
			{ name: 'Get New Talent Requirements', value: 'getNewTalentRequirements', action: 'Get new talent requirements', description: 'Which fields your tenant requires to create a talent' },
			{ name: 'Get Nomination Stage', value: 'getNominationStage', action: 'Get a talent nomination stage', description: 'Retrieve the stage of a nomination by its ID' },
			{ name: 'Get Onboarding Tasks', value: 'getOnboardingTasks', action: 'Get onboarding tasks of a talent', description: 'List the onboarding tasks of a talent' },
			{ name: 'Get Referrals', value: 'getReferrals', action: 'Get referrals of a talent', description: 'List the referrals of a talent' },
			{ name: 'Get Skills', value: 'getSkills', action: 'Get skills of a talent', description: 'List the skills of a talent' },
			{ name: 'Get Tags', value: 'getTags', action: 'Get tags of a talent', description: 'List all tags of a talent' },
			{ name: 'Get Web Applications', value: 'getWebApplications', action: 'Get web applications of a talent', description: 'List the jobs a talent applied to online' },
			{ name: 'Update', value: 'update', action: 'Update a talent', description: 'Change fields of a talent; untouched fields keep their values' },
			{ name: 'Upload Document', value: 'uploadDocument', action: 'Upload a document to a talent', description: 'Add a file (e.g. a résumé) from a binary field to the talent\'s Documents' },
		],
		default: 'get',
	},
	...addNominationStage.description,
	...addTag.description,
	...addToPipelineStage.description,
	...create.description,
	...get.description,
	...getAll.description,
	...getAssessments.description,
	...getDocuments.description,
	...getNewTalentRequirements.description,
	...getNominationStage.description,
	...getOnboardingTasks.description,
	...getReferrals.description,
	...getSkills.description,
	...getTags.description,
	...getWebApplications.description,
	...update.description,
	...uploadDocument.description,
	...upsert.description,
];
