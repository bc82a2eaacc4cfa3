import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkedDate, utcWithMillis } from '../../../shared/dates';
import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { parseNumericId, valueOrThrow } from '../../../shared/inputs';
import { parseJsonObject } from '../../../shared/json';
import { itemResults } from '../../../shared/router';
import { jobLocator, readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../../transport';

const UTC_NOTE = 'Sent in UTC (YYYY-MM-DDTHH:mm:ss.sssZ); a time without offset is read as UTC';

/** Date fields of the body and their labels; all are UTC date-times with milliseconds [C]. */
const DATE_FIELDS: Array<[string, string]> = [
	['stageDate', 'Stage Date'],
	['startDate', 'Activity Start Date'],
	['endDate', 'Activity End Date'],
	['declinedDate', 'Declined Date'],
	['acceptedDate', 'Accepted Date'],
];

/** Fields that hold record IDs, with the names the editor shows. */
const STAGE_ID_LABELS: Record<string, string> = { jobActivityId: 'Job Activity ID', representativeUserId: 'Representative User Name or ID' };

const properties: INodeProperties[] = [
	talentLocator,
	jobLocator,
	{
		displayName: 'Stage Name',
		name: 'jobActivityName',
		type: 'string',
		default: '',
		placeholder: 'Interview Scheduled',
		description: "The nomination stage, as named in the tenant's Table Editor (New Nominate Stages)",
	},
	{ displayName: 'Stage Date', name: 'stageDate', type: 'dateTime', default: '', description: `When the talent moved to this stage; empty means now. ${UTC_NOTE}.` },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Accepted Date', name: 'acceptedDate', type: 'dateTime', default: '', description: `When the talent accepted. ${UTC_NOTE}.` },
			{ displayName: 'Activity End Date', name: 'endDate', type: 'dateTime', default: '', description: `End of the job activity. ${UTC_NOTE}.` },
			{ displayName: 'Activity Start Date', name: 'startDate', type: 'dateTime', default: '', description: `Start of the job activity. ${UTC_NOTE}.` },
			{ displayName: 'Declined Date', name: 'declinedDate', type: 'dateTime', default: '', description: `When the talent declined the job. ${UTC_NOTE}.` },
			{ displayName: 'Job Activity ID', name: 'jobActivityId', type: 'number', default: 0 },
			{
				displayName: 'Representative User Name or ID',
				name: 'representativeUserId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: '',
				description: 'Recruiter of the talent. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Stage Type', name: 'stageType', type: 'string', default: '', placeholder: 'Interview', description: 'Type of the nomination stage (e.g. Interview, Decline), as configured in the tenant' },
		],
	},
	{
		displayName: 'Additional Stage Properties (JSON)',
		name: 'stageJson',
		type: 'json',
		default: '{}',
		description: 'Other properties of the stage body, merged last',
	},
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['addNominationStage'] } }, properties);
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avionté', method: 'POST' };

export const itemsInParallel = true;

/**
 * Add a Talent Nomination Stage [C: developer.avionte.com/reference/add-talentstage: talentId and
 * jobId required; stage dates in UTC `YYYY-MM-DDTHH:mm:ss.sssZ`]. The path `POST /talent/stage`
 * (next to `GET /talent/stage/{nominationId}`) and the property names are inferred [I].
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	const name = String(this.getNodeParameter('jobActivityName', itemIndex, '') ?? '').trim();
	if (name) body.jobActivityName = name;
	for (const [key, value] of Object.entries(additional)) {
		if (value === '' || value === undefined || value === null || DATE_FIELDS.some(([field]) => field === key)) continue;
		// A number field left at 0 means "not set".
		if (key in STAGE_ID_LABELS && value === 0) continue;
		body[key] = key in STAGE_ID_LABELS ? valueOrThrow(this, parseNumericId(value, 'Avionté'), STAGE_ID_LABELS[key], itemIndex) : typeof value === 'string' ? value.trim() : value;
	}
	const dates: IDataObject = { ...additional, stageDate: this.getNodeParameter('stageDate', itemIndex, '') };
	for (const [field, label] of DATE_FIELDS) {
		const date = checkedDate(this, dates[field], label, itemIndex);
		if (date) body[field] = utcWithMillis(date);
	}
	body.stageDate ??= utcWithMillis(new Date());
	Object.assign(body, parseJsonObject(this.getNode(), this.getNodeParameter('stageJson', itemIndex, '{}'), 'Additional Stage Properties (JSON)', itemIndex));
	body.talentId = readRecordId(this, 'talentId', 'Talent', itemIndex);
	body.jobId = readRecordId(this, 'jobId', 'Job', itemIndex);
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'POST', '/talent/stage', { body, itemIndex, retryPolicy });
	return itemResults(this, itemIndex, response.body as IDataObject);
}
