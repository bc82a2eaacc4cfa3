import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { parseJsonObject } from '../../../shared/json';
import { nodeVersion } from '../../../shared/nodeVersion';
import { itemResults } from '../../../shared/router';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';
import { additionalJsonField, talentBodyFromFields, talentOptionalFields } from './fields';
import { matchingField, readMappedTalent, talentColumns } from './mapperParameter';
import { BEFORE_VERSION_2, FROM_VERSION_2, dryRunOption, syncResultJson } from './syncDescription';
import { withoutStaleStatus } from './talentChanges';
import { EMAIL_FIELD } from './talentFields';
import { syncItemInRun } from './syncPlan';
import type { MappedTalent } from './talentValues';

const identityFields: INodeProperties[] = [
	{ displayName: 'Email Address', name: 'emailAddress', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
];

const properties: INodeProperties[] = [
	talentLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ([...identityFields, ...talentOptionalFields] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
	additionalJsonField,
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

/** Version 2: the field mapper, matching the talent on its ID or its email. */
const mapperProperties: INodeProperties[] = [talentColumns('update'), requestOptions(AVIONTE_REQUEST_DEFAULTS, [dryRunOption])];

export const description = [
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['update'] }, ...BEFORE_VERSION_2 }, properties),
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['update'], ...FROM_VERSION_2 } }, mapperProperties),
];

export const itemsInParallel = true;

/**
 * PUT replaces the talent [I: the reference does not say whether omitted properties are cleared], so
 * we read the current record and send it back with the changes: fields the user did not touch keep
 * their values.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) >= 2) return await executeMapped.call(this, itemIndex);
	const talentId = readRecordId(this, 'talentId', 'Talent', itemIndex);
	const changes: IDataObject = {
		...talentBodyFromFields(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
		...parseJsonObject(this.getNode(), this.getNodeParameter('additionalJson', itemIndex, '{}'), 'Additional Fields (JSON)', itemIndex),
	};
	if (Object.keys(changes).length === 0) {
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex} has no fields to update: add at least one Update Field`, { itemIndex });
	}
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const current = await avionteRequest.call(this, 'GET', `/talent/${segment(talentId)}`, { itemIndex, retryPolicy });
	const body = withoutStaleStatus({ ...(current.body as IDataObject), ...changes, id: talentId }, changes);
	const response = await avionteRequest.call(this, 'PUT', `/talent/${segment(talentId)}`, { body, itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}

/** The item's talent; matching on Talent ID, an item without one cannot be matched. */
function readUpdateItem(context: IExecuteFunctions, itemIndex: number, byEmail: boolean): MappedTalent {
	const mapped = readMappedTalent(context, itemIndex, 'update');
	if (!byEmail && mapped.talentId === undefined) {
		throw new NodeOperationError(context.getNode(), `"Talent ID" of item ${itemIndex} is empty; it is what this item is matched on`, { itemIndex });
	}
	return mapped;
}

/**
 * Version 2: changes only what differs; an unchanged talent gets no write. Every item is checked, and
 * repeated talents grouped, before the first write (syncPlan.ts), as in Create or Update.
 */
async function executeMapped(this: IExecuteFunctions, itemIndex: number) {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { concurrency, retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const dryRun = options.dryRun === true;
	const byEmail = matchingField(this, itemIndex) === EMAIL_FIELD;
	const outcome = await syncItemInRun(this, itemIndex, {
		matchOn: byEmail ? 'email' : 'talentId',
		dryRun,
		updateStatus: true,
		mayCreate: false,
		useTenantRequirements: false,
		requiredToCreate: [],
		concurrency,
		retryPolicy,
	}, (index) => readUpdateItem(this, index, byEmail));
	return itemResults(this, itemIndex, syncResultJson(outcome, dryRun));
}
