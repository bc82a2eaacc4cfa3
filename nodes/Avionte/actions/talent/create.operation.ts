import type { IDataObject, IExecuteFunctions, INodeProperties, NodeApiError } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { parseJsonObject } from '../../../shared/json';
import { fromVersion, nodeVersion, onlyInVersions } from '../../../shared/nodeVersion';
import { itemResults } from '../../../shared/router';
import { requirementsHint } from '../../helpers/talentRequirements';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../../transport';
import { additionalJsonField, statusField, talentBodyFromFields, talentOptionalFields } from './fields';
import { readMappedTalent, requiredToCreate, talentColumns } from './mapperParameter';
import { BEFORE_VERSION_2, FROM_VERSION_2, tenantRequirementsOption } from './syncDescription';
import { checkRequiredToCreate } from './talentSync';

function additionalFields(options: INodeProperties[], show: NonNullable<INodeProperties['displayOptions']>['show']): INodeProperties {
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options, displayOptions: { show } };
}

const properties: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', required: true },
	{ displayName: 'Email Address', name: 'emailAddress', type: 'string', placeholder: 'name@email.com', default: '', required: true },
	// [C: createtalent] "Either a valid StatusId or Status value is required". Version 1 had Status among
	// the optional fields; a new required field would stop its saved workflows, so it came with 1.1.
	{ ...statusField, required: true, displayOptions: { show: fromVersion(1.1) } },
	additionalFields(talentOptionalFields, onlyInVersions(1)),
	additionalFields(talentOptionalFields.filter((field) => field.name !== 'status'), fromVersion(1.1)),
	additionalJsonField,
	requestOptions(AVIONTE_REQUEST_DEFAULTS, [
		{
			displayName: 'Use Tenant Talent Requirements',
			name: 'useNewTalentRequirements',
			type: 'boolean',
			default: false,
			description: 'Whether the tenant-specific required fields (GET /talent-requirement) apply instead of first name, last name and email',
		},
	]),
];

/** Version 2: the field mapper, Status and the tenant's required fields up front. */
const mapperProperties: INodeProperties[] = [talentColumns('create'), requestOptions(AVIONTE_REQUEST_DEFAULTS, [tenantRequirementsOption])];

export const description = [
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['create'] }, ...BEFORE_VERSION_2 }, properties),
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['create'], ...FROM_VERSION_2 } }, mapperProperties),
];

/** Creates run concurrently across items; a create is never re-sent after an ambiguous failure. */
export const itemsInParallel = true;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) >= 2) return await executeMapped.call(this, itemIndex);
	const additional = { ...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
	if (nodeVersion(this) >= 1.1) additional.status = this.getNodeParameter('status', itemIndex, '');
	const body: IDataObject = {
		firstName: String(this.getNodeParameter('firstName', itemIndex, '')).trim(),
		lastName: String(this.getNodeParameter('lastName', itemIndex, '')).trim(),
		emailAddress: String(this.getNodeParameter('emailAddress', itemIndex, '')).trim(),
		...talentBodyFromFields(additional),
		...parseJsonObject(this.getNode(), this.getNodeParameter('additionalJson', itemIndex, '{}'), 'Additional Fields (JSON)', itemIndex),
	};
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const useTenantRequirements = options.useNewTalentRequirements === true;
	if (!useTenantRequirements) {
		for (const [field, label] of [['firstName', 'First Name'], ['lastName', 'Last Name'], ['emailAddress', 'Email Address']]) {
			if (typeof body[field] !== 'string' || body[field] === '') {
				throw new NodeOperationError(this.getNode(), `"${label}" of item ${itemIndex} is empty; Avionté requires it to create a talent`, { itemIndex });
			}
		}
	}
	// Version 1 workflows keep sending what they sent; the API's refusal is explained below.
	if (nodeVersion(this) >= 1.1 && body.status === undefined && body.statusId === undefined) {
		throw new NodeOperationError(this.getNode(), `"Status" of item ${itemIndex} is empty; Avionté requires a status name or ID to create a talent`, {
			itemIndex,
			description: 'Choose a status from the list (Lookup → Get Talent Statuses shows them all), or map a status name or ID with an expression.',
		});
	}
	return await sendCreate(this, itemIndex, body, useTenantRequirements);
}

async function sendCreate(context: IExecuteFunctions, itemIndex: number, body: IDataObject, useTenantRequirements: boolean) {
	const { retryPolicy } = readRequestSettings(context, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	// A refused create (400) names what was wrong; the tenant's requirements tell what to send. The
	// transport's error (a NodeApiError) is kept, with the requirements added to its description.
	const response = await avionteRequest
		.call(context, 'POST', '/talent', { qs: { useNewTalentRequirements: useTenantRequirements ? 'true' : 'false' }, body, itemIndex, retryPolicy })
		.catch(async (error: NodeApiError) => {
			if (String(error.httpCode) === '400') {
				const hint = await requirementsHint(context, itemIndex);
				if (hint) error.description = [error.description, hint].filter(Boolean).join(' ');
			}
			throw error;
		});
	return itemResults(context, itemIndex, response.body as IDataObject);
}

/** Version 2: the mapped fields, checked before anything is sent. */
async function executeMapped(this: IExecuteFunctions, itemIndex: number) {
	const mapped = readMappedTalent(this, itemIndex);
	checkRequiredToCreate(this, mapped, itemIndex, requiredToCreate(this));
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return await sendCreate(this, itemIndex, mapped.changes, options.useNewTalentRequirements === true);
}
