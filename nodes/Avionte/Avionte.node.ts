import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription, UsableAsToolDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as branch from './actions/branch';
import * as company from './actions/company';
import * as contact from './actions/contact';
import * as customApiCall from './actions/customApiCall';
import * as department from './actions/department';
import * as job from './actions/job';
import * as lookup from './actions/lookup';
import * as placement from './actions/placement';
import * as talent from './actions/talent';
import * as talentActivity from './actions/talentActivity';
import * as user from './actions/user';
import { router } from './actions/router';
import { listSearch, loadOptions, resourceMapping } from './methods';

/**
 * An AI agent sees a tool node's name with everything outside [A-Za-z0-9_-] replaced, and the editor
 * names a new tool node "<action> in <default name>": with "Avionté" the model read
 * "Get_a_talent_in_Aviont_". The tool variant alone defaults to "Avionte"; the regular node and
 * saved workflows keep their names. n8n spreads these replacements over the whole description
 * (createAiTools), so `defaults` works, though the type only lists the base fields.
 */
const TOOL_REPLACEMENTS = { defaults: { name: 'Avionte' } } as UsableAsToolDescription['replacements'];

export class Avionte implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avionté',
		name: 'avionte',
		icon: { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' },
		group: ['transform'],
		// 1.1: Talent Create requires a Status (the API requires a status name or ID).
		// 2: Talent Create, Update and Create or Update map fields with n8n's field mapper; Create or
		// Update matches on email (or Talent ID, or Avionté's duplicate check).
		version: [1, 1.1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write talents, jobs, placements and more in Avionté BOLD Front Office',
		defaults: { name: 'Avionté' },
		usableAsTool: { replacements: TOOL_REPLACEMENTS },
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

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
