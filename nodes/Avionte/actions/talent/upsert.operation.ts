import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { parseJsonObject } from '../../../shared/json';
import { nodeVersion } from '../../../shared/nodeVersion';
import { itemResults } from '../../../shared/router';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';
import { additionalJsonField, talentBodyFromFields, talentOptionalFields } from './fields';
import { readNewTalent, requiredToCreate, talentColumns } from './mapperParameter';
import { BEFORE_VERSION_2, FROM_VERSION_2, dryRunOption, matchOnField, newTalentStatusField, syncResultJson, tenantRequirementsOption, updateStatusOption } from './syncDescription';
import { withoutStaleStatus } from './talentChanges';
import { syncItemInRun } from './syncPlan';
import type { MatchOn, SyncSettings } from './talentSync';

/** "Pass 0 to create a new talent record" [C]: the picker takes 0 as well as existing ids. */
const upsertTalentLocator: INodeProperties = {
	displayName: 'Talent',
	name: 'talentId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The talent to update, or 0 to create a new one. Map the talent ID you stored for this person, or 0 when there is none yet.',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchTalents', searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '0 to create, or e.g. 100001',
			validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'Enter 0 or a numeric talent ID' } }],
		},
	],
};

const REQUIRED_IDENTITY: Array<[string, string]> = [
	['firstName', 'First Name'],
	['lastName', 'Last Name'],
	['emailAddress', 'Email Address'],
];

const properties: INodeProperties[] = [
	upsertTalentLocator,
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: 'Required to create; when updating, empty keeps the current value (with Keep Fields Not Sent)' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: 'Required to create; when updating, empty keeps the current value (with Keep Fields Not Sent)' },
	{ displayName: 'Email Address', name: 'emailAddress', type: 'string', placeholder: 'name@email.com', default: '', description: 'Required to create; when updating, empty keeps the current value (with Keep Fields Not Sent)' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: talentOptionalFields,
	},
	additionalJsonField,
	requestOptions(AVIONTE_REQUEST_DEFAULTS, [
		{
			displayName: 'Keep Fields Not Sent',
			name: 'keepUnsentFields',
			type: 'boolean',
			default: true,
			description:
				'Whether, when updating, to read the talent first and send its current values for every field you did not set, so the update cannot clear them. Turn it off only when you always send complete records (saves one call per update).',
		},
	]),
];

/** Version 2: Status up front, match on email (or Talent ID, or Avionté's duplicate check) and the field mapper. */
const syncProperties: INodeProperties[] = [
	newTalentStatusField('upsert'),
	matchOnField,
	talentColumns('upsert'),
	requestOptions(AVIONTE_REQUEST_DEFAULTS, [dryRunOption, updateStatusOption, tenantRequirementsOption]),
];

export const description = [
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['upsert'] }, ...BEFORE_VERSION_2 }, properties),
	...updateDisplayOptions({ show: { resource: ['talent'], operation: ['upsert'], ...FROM_VERSION_2 } }, syncProperties),
];

/**
 * Versions 1 and 1.1 send Post a Talent, whose URL is not in the public documentation (README, API
 * coverage): a 404 or 405 of it gets advice on how to go on. Version 2 sends documented calls only.
 */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avionté', method: 'POST', instead: 'Talent → Create and Talent → Update do the same with documented calls.', beforeVersion: 2 };

export const itemsInParallel = true;

function readUpsertTalentId(context: IExecuteFunctions, itemIndex: number): number {
	const raw = context.getNodeParameter('talentId', itemIndex, '', { extractValue: true }) as string | number;
	const text = String(raw ?? '').trim();
	if (text === '') {
		throw new NodeOperationError(context.getNode(), `"Talent" of item ${itemIndex} is empty: enter the talent's ID to update it, or 0 to create a new talent`, { itemIndex });
	}
	if (!/^[0-9]+$/.test(text)) throw new NodeOperationError(context.getNode(), `"Talent" of item ${itemIndex} must be 0 or a numeric Avionté ID, got "${text}"`, { itemIndex });
	return Number(text);
}

/**
 * Post a Talent [C: developer.avionte.com/reference/posttalent, "creates a new talent or updates an
 * existing talent record if a matching ID is found … pass 0 to create"]. Method and path
 * `POST /talent/{talentId}` are inferred [I]: the page shows the path parameter, not the URL.
 * Creates are never re-sent after an ambiguous failure; updates (same id, same body) may be.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) >= 2) return await executeSync.call(this, itemIndex);
	const talentId = readUpsertTalentId(this, itemIndex);
	const fields: IDataObject = {};
	for (const [name] of REQUIRED_IDENTITY) {
		const value = String(this.getNodeParameter(name, itemIndex, '') ?? '').trim();
		if (value !== '') fields[name] = value;
	}
	const changes: IDataObject = {
		...fields,
		...talentBodyFromFields(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		...parseJsonObject(this.getNode(), this.getNodeParameter('additionalJson', itemIndex, '{}'), 'Additional Fields (JSON)', itemIndex),
	};
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const keepUnsent = talentId > 0 && options.keepUnsentFields !== false;
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	let body: IDataObject = { ...changes, id: talentId };
	if (keepUnsent) {
		const current = await avionteRequest.call(this, 'GET', `/talent/${segment(talentId)}`, { itemIndex, retryPolicy });
		body = withoutStaleStatus({ ...(current.body as IDataObject), ...changes, id: talentId }, changes);
	}
	for (const [field, label] of REQUIRED_IDENTITY) {
		if (typeof body[field] !== 'string' || body[field] === '') {
			const why = talentId === 0 ? 'Avionté requires it to create a talent' : 'without Keep Fields Not Sent the talent is replaced by what is sent, so it must be complete';
			throw new NodeOperationError(this.getNode(), `"${label}" of item ${itemIndex} is empty; ${why}`, { itemIndex });
		}
	}
	// Create a Talent requires a status name or id [C: createtalent]; Post a Talent creates the same record [I].
	if (talentId === 0 && (body.status === undefined || body.status === '') && (body.statusId === undefined || body.statusId === '')) {
		throw new NodeOperationError(this.getNode(), `"Status" of item ${itemIndex} is empty; Avionté requires a status name or ID to create a talent`, {
			itemIndex,
			description: 'Add Additional Fields → Status (Lookup → Get Talent Statuses shows them all), or map a status name or ID with an expression.',
		});
	}
	const response = await avionteRequest.call(this, 'POST', `/talent/${segment(talentId)}`, { body, itemIndex, retryPolicy, idempotent: talentId > 0 });
	return itemResults(this, itemIndex, response.body as IDataObject);
}

/**
 * Version 2: one talent per person however often the same input runs (see talentSync.ts); every item
 * is checked, and repeated people grouped, before the first write (syncPlan.ts).
 */
async function executeSync(this: IExecuteFunctions, itemIndex: number) {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { concurrency, retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const dryRun = options.dryRun === true;
	const settings: SyncSettings = {
		matchOn: this.getNodeParameter('matchOn', itemIndex, 'email') as MatchOn,
		dryRun,
		updateStatus: options.updateStatusOfExisting === true,
		mayCreate: true,
		useTenantRequirements: options.useNewTalentRequirements === true,
		requiredToCreate: requiredToCreate(this),
		talentIdFirst: true,
		concurrency,
		retryPolicy,
	};
	const outcome = await syncItemInRun(this, itemIndex, settings, (index) => readNewTalent(this, index, 'upsert'));
	return itemResults(this, itemIndex, syncResultJson(outcome, dryRun));
}
