/**
 * Create or update one talent so that running the same input again leaves one talent per person:
 * find the talent (by email over one listing per execution, by Talent ID, or through Avionté's own
 * duplicate check; in Create or Update an item's Talent ID comes first whatever Match On says),
 * compare, and write only what changed. Every answer Avionté may give to a create
 * that matches an existing talent (the talent with 200, a refusal naming it, a refusal without it)
 * ends in an update of that talent, or in an error on the item where which talent cannot be told,
 * never in a second one.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { apiErrorBody } from '../../../shared/errors';
import type { RetryPolicy } from '../../../shared/retry';
import { requirementsHint } from '../../helpers/talentRequirements';
import { avionteRequest, segment } from '../../transport';
import { isDuplicateRefusal, namedTalentId, readCreateAnswer } from './duplicateAnswer';
import type { SyncRun } from './syncRun';
import { remember, syncRunOf, touchedBy, withLocks } from './syncRun';
import { changedTalentFields, updateBody, withoutStatus } from './talentChanges';
import type { TalentField } from './talentFields';
import { STATUS_FIELD } from './talentFields';
import type { TalentIndex } from './talentIndex';
import { duplicateKey, emailKey, isSamePerson, readTalentIndex } from './talentIndex';
import type { MappedTalent } from './talentValues';

export type MatchOn = 'email' | 'talentId' | 'duplicateCheck';
export type SyncAction = 'created' | 'updated' | 'unchanged';

export interface SyncSettings {
	matchOn: MatchOn;
	/** Plan only: read, compare and report, write nothing. */
	dryRun: boolean;
	/** Whether an existing talent takes the mapped status (a new one always does). */
	updateStatus: boolean;
	/** Create or Update creates missing talents; Update only changes existing ones. */
	mayCreate: boolean;
	useTenantRequirements: boolean;
	/** The fields a create needs, as the field mapper showed them. */
	requiredToCreate: TalentField[];
	/** An item's Talent ID names its talent whatever Match On says (Create or Update from version 2). */
	talentIdFirst?: boolean;
	concurrency: number;
	retryPolicy: Partial<RetryPolicy>;
}

export interface SyncOutcome {
	talent: IDataObject;
	action: SyncAction;
	changedFields: string[];
	/** How the talent was found; undefined for a new one. */
	matchedBy?: MatchOn;
	/** What the user should know about how the action was told. */
	note?: string;
}

interface Found {
	talent: IDataObject;
	matchedBy: MatchOn;
	/** The record was read before the run's writes began (the listing, or by its ID): it is read again before it is written. */
	fromListing: boolean;
}

type Context = IExecuteFunctions;

function talentIdOf(talent: IDataObject): number {
	return Number(talent.id);
}

export async function indexOf(context: Context, run: SyncRun, itemIndex: number, settings: SyncSettings): Promise<TalentIndex> {
	if (!run.index) {
		run.index = readTalentIndex.call(context, { concurrency: settings.concurrency, itemIndex, retryPolicy: settings.retryPolicy }).then((index) => (run.listed = index));
	}
	return await run.index;
}

async function readTalent(context: Context, talentId: number, itemIndex: number, settings: SyncSettings): Promise<IDataObject> {
	const response = await avionteRequest.call(context, 'GET', `/talent/${segment(talentId)}`, { itemIndex, retryPolicy: settings.retryPolicy });
	return response.body as IDataObject;
}

/** The one talent under `key` in the listing; two or more is a question only the user can answer. */
export function onlyMatch(context: Context, index: TalentIndex, key: string, what: string, itemIndex: number): IDataObject | undefined {
	const ids = index.byKey.get(key) ?? [];
	if (ids.length > 1) {
		throw new NodeOperationError(context.getNode(), `${what} of item ${itemIndex} matches ${ids.length} talents in Avionté (${ids.join(', ')})`, {
			itemIndex,
			description: 'Nothing was sent for this item. Merge the duplicates in Avionté, or match this item on Talent ID.',
		});
	}
	return ids.length === 1 ? index.records.get(ids[0]) : undefined;
}

function emailOf(mapped: MappedTalent): string | undefined {
	return emailKey(mapped.changes.emailAddress);
}

/**
 * The key under which an earlier item of this execution may have left the same person: the Talent ID
 * an item carries (never its email, which another talent may share), else the key Avionté's duplicate
 * check compares, else the email.
 */
function sameRunKey(mapped: MappedTalent, settings: SyncSettings): string | undefined {
	if (byTalentId(mapped, settings)) return `id:${mapped.talentId}`;
	if (settings.matchOn === 'duplicateCheck') return duplicateKey(mapped.changes);
	return emailOf(mapped);
}

/** Whether the item's own Talent ID finds its talent. */
export function byTalentId(mapped: MappedTalent, settings: SyncSettings): mapped is MappedTalent & { talentId: number } {
	return mapped.talentId !== undefined && (settings.matchOn === 'talentId' || settings.talentIdFirst === true);
}

/** The talent an item's Talent ID names: as this run left it, as read before the first write, as listed, or read now; an ID no talent has fails the item. */
async function talentOfId(context: Context, run: SyncRun, talentId: number, itemIndex: number, settings: SyncSettings): Promise<Found> {
	const earlier = touchedBy(run, [`id:${talentId}`]);
	if (earlier) return { talent: earlier, matchedBy: 'talentId', fromListing: false };
	const listed = run.read.get(talentId) ?? run.listed?.records.get(talentId);
	if (listed) return { talent: listed, matchedBy: 'talentId', fromListing: true };
	try {
		return { talent: await readTalent(context, talentId, itemIndex, settings), matchedBy: 'talentId', fromListing: false };
	} catch (error) {
		// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
		if ((error as NodeApiError).httpCode !== '404') throw new NodeApiError(context.getNode(), error as JsonObject);
		throw missingTalentId(context, talentId, itemIndex, settings);
	}
}

export function missingTalentId(context: Context, talentId: number, itemIndex: number, settings: Pick<SyncSettings, 'mayCreate'>): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Talent ID ${talentId} of item ${itemIndex} does not exist in Avionté`, {
		itemIndex,
		description: settings.mayCreate ? 'Nothing was sent for this item. Check the "Talent ID" it maps, or leave it empty to create a new talent.' : 'Nothing was sent for this item.',
	});
}

/** Items that may meet one talent wait for each other: the same key, email or duplicate-check key. */
function lockKeys(mapped: MappedTalent, settings: SyncSettings): Array<string | undefined> {
	return [sameRunKey(mapped, settings), emailOf(mapped), duplicateKey(mapped.changes)];
}

async function findExisting(context: Context, run: SyncRun, mapped: MappedTalent, itemIndex: number, settings: SyncSettings): Promise<Found | undefined> {
	if (byTalentId(mapped, settings)) return await talentOfId(context, run, mapped.talentId, itemIndex, settings);
	if (settings.matchOn === 'email') {
		const email = emailOf(mapped);
		if (!email) throw emptyMatchEmail(context, itemIndex);
		// The talent listed with the email, as this run left it; else one this run created with it.
		const talent = onlyMatch(context, await indexOf(context, run, itemIndex, settings), email, `The email "${String(mapped.changes.emailAddress)}"`, itemIndex);
		const earlier = touchedBy(run, talent ? [`id:${talentIdOf(talent)}`] : [email]);
		if (earlier) return { talent: earlier, matchedBy: 'email', fromListing: false };
		return talent ? { talent, matchedBy: 'email', fromListing: true } : undefined;
	}
	const earlier = touchedBy(run, [sameRunKey(mapped, settings)]);
	if (earlier) return { talent: earlier, matchedBy: settings.matchOn, fromListing: false };
	if (settings.matchOn === 'talentId') return undefined;
	// Avionté's own check decides when the talent is written; a dry run predicts it from the listing.
	const key = duplicateKey(mapped.changes);
	if (!settings.dryRun || !key) return undefined;
	const talent = onlyMatch(context, await indexOf(context, run, itemIndex, settings), key, 'Avionté\'s duplicate check', itemIndex);
	return talent ? { talent, matchedBy: 'duplicateCheck', fromListing: true } : undefined;
}

export function emptyMatchEmail(context: Context, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), `"Email Address" of item ${itemIndex} is empty; it is what this item is matched on`, {
		itemIndex,
		description: 'Map an email address or a Talent ID, or set Match On to Talent ID.',
	});
}

async function updateExisting(context: Context, run: SyncRun, found: Found, mapped: MappedTalent, itemIndex: number, settings: SyncSettings): Promise<SyncOutcome> {
	const changes = settings.updateStatus ? mapped.changes : withoutStatus(mapped.changes);
	let current = found.talent;
	let changed = changedTalentFields(current, changes);
	if (changed.length > 0 && found.fromListing && !settings.dryRun) {
		// The listing may be minutes old: what is written is the talent as it is now.
		current = await readTalent(context, talentIdOf(current), itemIndex, settings);
		changed = changedTalentFields(current, changes);
	}
	if (changed.length === 0) {
		remember(run, current, [emailOf(mapped)]);
		return { talent: current, action: 'unchanged', changedFields: [], matchedBy: found.matchedBy };
	}
	const body = updateBody(current, changes);
	if (settings.dryRun) {
		remember(run, body, [emailOf(mapped)]);
		return { talent: body, action: 'updated', changedFields: changed, matchedBy: found.matchedBy };
	}
	const response = await avionteRequest.call(context, 'PUT', `/talent/${segment(talentIdOf(current))}`, { body, itemIndex, retryPolicy: settings.retryPolicy });
	const talent = response.body && typeof response.body === 'object' && !Array.isArray(response.body) ? (response.body as IDataObject) : body;
	remember(run, talent, [emailOf(mapped)]);
	return { talent, action: 'updated', changedFields: changed, matchedBy: found.matchedBy };
}

/** Refuses, before anything is sent, a create that misses a field the mapper marked required. */
export function checkRequiredToCreate(context: Context, mapped: MappedTalent, itemIndex: number, required: TalentField[]): void {
	for (const field of required) {
		if (field.id === STATUS_FIELD) {
			if (mapped.changes.status !== undefined || mapped.changes.statusId !== undefined) continue;
			throw new NodeOperationError(context.getNode(), `"Status" of item ${itemIndex} is empty; Avionté requires a status name or ID to create a talent`, {
				itemIndex,
				description: 'Choose a status in the Status field (Lookup → Get Talent Statuses lists them all), or map a status name or ID.',
			});
		}
		const value = field.addressPart ? ((mapped.changes[field.property] as IDataObject | undefined) ?? {})[field.addressPart] : mapped.changes[field.property];
		if (value === undefined || value === '') {
			const who = field.requiredToCreate ? 'Avionté requires it' : 'this tenant requires it';
			throw new NodeOperationError(context.getNode(), `"${field.displayName}" of item ${itemIndex} is empty; ${who} to create a talent`, { itemIndex });
		}
	}
}

/** The talent a refusal names, if it exists and is the item's person (the number may be another reference). */
async function namedTalentOf(context: Context, error: NodeApiError, mapped: MappedTalent, itemIndex: number, settings: SyncSettings): Promise<IDataObject | undefined> {
	const namedId = namedTalentId(apiErrorBody(error), error.message);
	if (namedId === undefined) return undefined;
	let named: IDataObject;
	try {
		named = await readTalent(context, namedId, itemIndex, settings);
	} catch (readError) {
		if ((readError as NodeApiError).httpCode === '404') return undefined;
		throw new NodeApiError(context.getNode(), readError as JsonObject);
	}
	return isSamePerson(named, mapped.changes) ? named : undefined;
}

/**
 * A create Avionté refused as a duplicate: find the talent it meant, by the talent the refusal names
 * or else by the key Avionté compares. An item whose SSN and email lead to different talents is not
 * written: which one Avionté matched cannot be told.
 */
async function talentOfRefusal(context: Context, run: SyncRun, error: NodeApiError, mapped: MappedTalent, itemIndex: number, settings: SyncSettings): Promise<Found> {
	const named = await namedTalentOf(context, error, mapped, itemIndex, settings);
	if (named) return { talent: named, matchedBy: 'duplicateCheck', fromListing: false };
	const index = await indexOf(context, run, itemIndex, settings);
	const key = duplicateKey(mapped.changes);
	const listed = key ? onlyMatch(context, index, key, 'Avionté\'s duplicate check', itemIndex) : undefined;
	const email = emailOf(mapped);
	const otherWithEmail = email && email !== key ? (index.byKey.get(email) ?? []).filter((id) => listed === undefined || id !== talentIdOf(listed)) : [];
	if (otherWithEmail.length > 0) {
		const bySsn = listed ? `its SSN belongs to talent ${talentIdOf(listed)}` : 'no talent listed has its SSN';
		throw new NodeOperationError(context.getNode(), `Avionté refused to create the talent of item ${itemIndex} as a duplicate, but which talent it matched is ambiguous`, {
			itemIndex,
			description: `Avionté compares the SSN first: ${bySsn} and its email to talent ${otherWithEmail.join(', ')}. Nothing was changed for this item. Find the right talent in Avionté and match this item on Talent ID, or correct the item's SSN or email.`,
		});
	}
	if (listed) return { talent: listed, matchedBy: 'duplicateCheck', fromListing: true };
	throw new NodeOperationError(context.getNode(), `Avionté refused to create the talent of item ${itemIndex}: it says the person exists already, but not which talent`, {
		itemIndex,
		description: `${error.message}. Nothing was changed for this item. Find the talent in Avionté and match this item on Talent ID.`,
	});
}

const UNDECIDED_NOTE =
	"Avionté's answer does not show whether this talent was just created or existed already (Avionté answered as it does for an existing talent, and the talent's creation time is too close to tell); it is reported as existing. Check its created date in Avionté if it matters.";

async function create(context: Context, run: SyncRun, mapped: MappedTalent, itemIndex: number, settings: SyncSettings): Promise<SyncOutcome> {
	checkRequiredToCreate(context, mapped, itemIndex, settings.requiredToCreate);
	const sent = changedTalentFields({}, mapped.changes);
	if (settings.dryRun) {
		const planned = { ...mapped.changes, id: null };
		remember(run, planned, [emailOf(mapped), duplicateKey(mapped.changes)]);
		return { talent: planned, action: 'created', changedFields: sent };
	}
	// A talent the listing held before this create was sent existed already (one created meanwhile may be in a later listing).
	const listedBefore = run.listed?.records;
	const sentAt = Date.now();
	let response;
	try {
		response = await avionteRequest.call(context, 'POST', '/talent', {
			qs: { useNewTalentRequirements: settings.useTenantRequirements ? 'true' : 'false' },
			body: mapped.changes,
			itemIndex,
			retryPolicy: settings.retryPolicy,
		});
	} catch (error) {
		const apiError = error as NodeApiError;
		if (isDuplicateRefusal(apiError.httpCode, apiError.message)) {
			return await updateExisting(context, run, await talentOfRefusal(context, run, apiError, mapped, itemIndex, settings), mapped, itemIndex, settings);
		}
		if (apiError.httpCode === '400') {
			const hint = await requirementsHint(context, itemIndex);
			if (hint) apiError.description = [apiError.description, hint].filter(Boolean).join(' ');
		}
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
	const talent = response.body as IDataObject;
	const writtenThisRun = { has: (id: number) => run.touched.has(`id:${id}`) };
	const kind = readCreateAnswer({ statusCode: response.statusCode, talent, sent: mapped.changes, sentAt, answeredAt: Date.now(), listed: listedBefore, writtenThisRun });
	if (kind !== 'created') {
		const outcome = await updateExisting(context, run, { talent, matchedBy: 'duplicateCheck', fromListing: false }, mapped, itemIndex, settings);
		return kind === 'undecided' ? { ...outcome, note: UNDECIDED_NOTE } : outcome;
	}
	remember(run, talent, [emailOf(mapped), duplicateKey(mapped.changes)]);
	return { talent, action: 'created', changedFields: sent };
}

/** An item of Update whose talent is not there: Update never creates one. */
export function noTalentFound(context: Context, mapped: MappedTalent, itemIndex: number, settings: Pick<SyncSettings, 'matchOn'>): NodeOperationError {
	const what = settings.matchOn === 'email' ? `the email "${String(mapped.changes.emailAddress)}"` : 'this Talent ID';
	return new NodeOperationError(context.getNode(), `No talent has ${what} (item ${itemIndex})`, {
		itemIndex,
		description: 'Update changes existing talents only; Create or Update also creates the missing ones.',
	});
}

/** Syncs one item's talent; items for the same person run one after the other. */
export async function syncTalent(this: IExecuteFunctions, itemIndex: number, mapped: MappedTalent, settings: SyncSettings): Promise<SyncOutcome> {
	const run = syncRunOf(this);
	return await withLocks(run, lockKeys(mapped, settings), async () => {
		const found = await findExisting(this, run, mapped, itemIndex, settings);
		if (found) return await updateExisting(this, run, found, mapped, itemIndex, settings);
		if (!settings.mayCreate) throw noTalentFound(this, mapped, itemIndex, settings);
		return await create(this, run, mapped, itemIndex, settings);
	});
}
