/**
 * The version 2 form of Talent Create, Update and Create or Update: the field mapper, "Match On",
 * the options of a sync, and the per-item output that says what happened.
 */
import type { IDataObject, IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { syncAction, withSync } from '../../../shared/syncResult';
import { statusLocator } from './fields';
import { MATCH_COST_HINT } from './mapperParameter';
import type { SyncOutcome } from './talentSync';

/** Properties of node versions 1 and 1.1 only. */
export const BEFORE_VERSION_2: IDisplayOptions = { hide: { '@version': [{ _cnd: { gte: 2 } }] } };
/** Properties of node version 2 on. */
export const FROM_VERSION_2: NonNullable<IDisplayOptions['show']> = { '@version': [{ _cnd: { gte: 2 } }] };

/**
 * Status of Create and Create or Update, up front and required: a picker whose list is read when
 * opened. The field mapper is loaded as a new node's form opens, before n8n assigns the credential,
 * so a Status inside it would offer no tenant statuses there.
 */
export function newTalentStatusField(operation: 'create' | 'upsert'): INodeProperties {
	if (operation === 'create') return statusLocator;
	return {
		...statusLocator,
		description:
			'The status a new talent gets in your Avionté account, e.g. Active or Available. A talent that exists already keeps its status unless Options → Update Status of Existing Talents is on.',
	};
}

export const matchOnField: INodeProperties = {
	displayName: 'Match On',
	name: 'matchOn',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Email',
			value: 'email',
			description: 'Update the talent with the same email address (ignoring case), or create one when none has it. An item with a Talent ID updates that talent, even when its email has changed.',
		},
		{
			name: 'Talent ID',
			value: 'talentId',
			description: 'Update the talent with the mapped Talent ID (1 call to read it); an item without one creates a talent',
		},
		{
			name: "Avionté's Duplicate Check",
			value: 'duplicateCheck',
			description:
				'Send each item as a new talent and let Avionté find an existing one by its own rules (the SSN if given, else the email, else first name, last name and mobile phone). Reads nothing first; a tenant whose Avionté does not check would get the person again. An item with a Talent ID updates that talent.',
		},
	],
	default: 'email',
	description: 'How to tell whether a talent exists already. Whatever you choose, an item with a Talent ID updates the talent with that ID.',
	hint: MATCH_COST_HINT,
};

export const dryRunOption: INodeProperties = {
	displayName: 'Dry Run',
	name: 'dryRun',
	type: 'boolean',
	default: false,
	description: 'Whether to only report what each item would do (wouldCreate, wouldUpdate or unchanged, and which fields change) without writing anything to Avionté',
};

export const updateStatusOption: INodeProperties = {
	displayName: 'Update Status of Existing Talents',
	name: 'updateStatusOfExisting',
	type: 'boolean',
	default: false,
	description: 'Whether a talent that exists already takes the mapped Status. Off: only new talents get it, so a sync never overwrites the status your recruiters set.',
};

export const tenantRequirementsOption: INodeProperties = {
	displayName: 'Use Tenant Talent Requirements',
	name: 'useNewTalentRequirements',
	type: 'boolean',
	default: false,
	description: "Whether Avionté checks a new talent against this tenant's own new-talent requirements instead of first name, last name and email",
};

/**
 * One output item per input item, in the pack's sync report shape: the talent (as Avionté returned it,
 * or as planned in a dry run) and `_sync`: `action` (created, updated or unchanged; in a dry run
 * wouldCreate, wouldUpdate or unchanged), `changedFields` (the talent fields written or to be written),
 * `matchedOn` (email, talentId or duplicateCheck; null for a new talent) and the talent's `id` (null
 * for a talent a dry run would create), and a `note` where the action could not be told for certain or
 * where other items of the run are the same talent.
 */
export function syncResultJson(outcome: SyncOutcome, dryRun: boolean): IDataObject {
	const action = syncAction(outcome.action === 'created' ? 'create' : 'update', outcome.changedFields, dryRun);
	const id = outcome.talent.id;
	return withSync(outcome.talent, {
		action,
		changedFields: outcome.changedFields,
		matchedOn: outcome.matchedBy ?? null,
		id: typeof id === 'number' || typeof id === 'string' ? id : null,
		...(outcome.note ? { note: outcome.note } : {}),
	});
}
