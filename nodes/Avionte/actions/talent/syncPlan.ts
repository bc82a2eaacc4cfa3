/**
 * Create or Update and Update (version 2) as one run, not item by item: before the first write every
 * item is read and checked (its values, the Status against the tenant's statuses, the Talent ID it
 * maps, what a new talent needs, for Update that its talent is there), and items that are the same
 * talent are grouped so the talent gets one write.
 * Without Continue On Fail a bad item then stops the run before anything is written; with it, each
 * bad item becomes its own error item and the others go on.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { mapWithConcurrency } from '../../../shared/concurrency';
import { failureGoesToModel } from '../../../shared/router';
import { avionteRequest, segment } from '../../transport';
import type { SameTalentGroup } from './sameTalentItems';
import { groupBySameTalent, sameTalentHint, sameTalentNote } from './sameTalentItems';
import { syncRunOf } from './syncRun';
import { duplicateKey, emailKey } from './talentIndex';
import { readTalentStatuses, withTenantStatus } from './talentStatuses';
import type { SyncOutcome, SyncSettings } from './talentSync';
import { byTalentId, checkRequiredToCreate, emptyMatchEmail, indexOf, missingTalentId, noTalentFound, onlyMatch, syncTalent } from './talentSync';
import type { MappedTalent } from './talentValues';
import { TalentValueError } from './talentValues';

interface Settled {
	promise: Promise<SyncOutcome>;
	resolve: (outcome: SyncOutcome) => void;
	reject: (error: unknown) => void;
}

type PlannedItem = { error: Error } | { group: SameTalentGroup; mapped: MappedTalent };

export interface SyncPlan {
	items: Map<number, PlannedItem>;
	/** The write of each group, by its first item. */
	written: Map<number, Settled>;
}

const NOTHING_WRITTEN = 'Nothing was written to Avionté: every item is checked before the first write.';

const plans = new WeakMap<object, Promise<SyncPlan>>();

function settled(): Settled {
	let resolve: (outcome: SyncOutcome) => void = () => {};
	let reject: (error: unknown) => void = () => {};
	const promise = new Promise<SyncOutcome>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	// A group whose first item fails may have no other item left to wait for it.
	promise.catch(() => {});
	return { promise, resolve, reject };
}

/** The error with a sentence added to its description (n8n shows it under the message). */
function withDescription(error: Error, sentence: string): Error {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) error.description = [error.description, sentence].filter(Boolean).join(' ');
	return error;
}

/** Whether an item's failure stops the run (n8n's default On Error) rather than becoming an error item. */
function stopsOnError(context: IExecuteFunctions): boolean {
	return !context.continueOnFail() && !failureGoesToModel(context);
}

function itemError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof TalentValueError) return new NodeOperationError(context.getNode(), error.message, { itemIndex });
	return error instanceof Error ? error : new NodeOperationError(context.getNode(), String(error), { itemIndex });
}

/**
 * Reads, once each, the talents items name by Talent ID ([item, Talent ID] pairs) and keeps them for
 * the writes (syncRun.ts `read`); an ID no talent has fails its items here, before any write.
 */
async function readNamedTalents(context: IExecuteFunctions, named: Array<[number, number]>, keys: Map<number, string>, errors: Map<number, Error>, settings: SyncSettings): Promise<void> {
	const run = syncRunOf(context);
	const itemsOf = new Map<number, number[]>();
	for (const [itemIndex, talentId] of named) itemsOf.set(talentId, [...(itemsOf.get(talentId) ?? []), itemIndex]);
	await mapWithConcurrency([...itemsOf], settings.concurrency, async ([talentId, items]) => {
		try {
			const response = await avionteRequest.call(context, 'GET', `/talent/${segment(talentId)}`, { itemIndex: items[0], retryPolicy: settings.retryPolicy });
			run.read.set(talentId, response.body as IDataObject);
		} catch (error) {
			// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
			if ((error as NodeApiError).httpCode !== '404') throw new NodeApiError(context.getNode(), error as JsonObject);
			for (const itemIndex of items) {
				errors.set(itemIndex, missingTalentId(context, talentId, itemIndex, settings));
				keys.delete(itemIndex);
			}
		}
	});
}

/**
 * The talent each item resolves to, as a key: `id:…` for a talent that exists (by the item's Talent
 * ID first, then, matching on email, the one listed with its email), else the key a new talent would
 * be found by in this run. An item whose email is not listed but which another item's Talent ID
 * gives that talent goes with that item.
 */
async function resolveKeys(context: IExecuteFunctions, read: Map<number, MappedTalent>, errors: Map<number, Error>, settings: SyncSettings): Promise<Map<number, string>> {
	const keys = new Map<number, string>();
	const run = syncRunOf(context);
	if (settings.matchOn !== 'email') {
		const named: Array<[number, number]> = [];
		for (const [itemIndex, mapped] of read) {
			if (byTalentId(mapped, settings)) named.push([itemIndex, mapped.talentId]);
			const key = byTalentId(mapped, settings) ? `id:${mapped.talentId}` : settings.matchOn === 'talentId' ? emailKey(mapped.changes.emailAddress) : duplicateKey(mapped.changes);
			keys.set(itemIndex, key ?? `item:${itemIndex}`);
		}
		await readNamedTalents(context, named, keys, errors, settings);
		return keys;
	}
	const firstIndex = Math.min(...read.keys());
	const index = await indexOf(context, run, firstIndex, settings);
	const unlisted: Array<[number, number]> = [];
	const aliases = new Map<string, number | undefined>();
	for (const [itemIndex, mapped] of read) {
		if (!byTalentId(mapped, settings)) continue;
		keys.set(itemIndex, `id:${mapped.talentId}`);
		if (!index.records.has(mapped.talentId)) unlisted.push([itemIndex, mapped.talentId]);
		const email = emailKey(mapped.changes.emailAddress);
		if (email && !index.byKey.has(email)) aliases.set(email, aliases.has(email) && aliases.get(email) !== mapped.talentId ? undefined : mapped.talentId);
	}
	// A talent created after the listing was read is still found by its ID.
	await readNamedTalents(context, unlisted, keys, errors, settings);
	for (const [itemIndex, mapped] of read) {
		if (byTalentId(mapped, settings)) continue;
		const email = emailKey(mapped.changes.emailAddress);
		try {
			if (!email) throw emptyMatchEmail(context, itemIndex);
			const listed = onlyMatch(context, index, email, `The email "${String(mapped.changes.emailAddress)}"`, itemIndex);
			const aliased = aliases.get(email);
			keys.set(itemIndex, listed ? `id:${String(listed.id)}` : aliased !== undefined ? `id:${aliased}` : email);
		} catch (error) {
			errors.set(itemIndex, itemError(context, error, itemIndex));
		}
	}
	return keys;
}

/** Whether a group's talent is created by its write (so the rules for a new talent apply). */
function createsTalent(key: string, settings: SyncSettings): boolean {
	return !key.startsWith('id:') && settings.mayCreate;
}

async function makePlan(context: IExecuteFunctions, settings: SyncSettings, readItem: (itemIndex: number) => MappedTalent): Promise<SyncPlan> {
	const count = context.getInputData().length;
	const read = new Map<number, MappedTalent>();
	const errors = new Map<number, Error>();
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			read.set(itemIndex, readItem(itemIndex));
		} catch (error) {
			errors.set(itemIndex, itemError(context, error, itemIndex));
		}
	}
	const withStatus = [...read].filter(([, mapped]) => mapped.changes.status !== undefined || mapped.changes.statusId !== undefined);
	const statuses = withStatus.length > 0 ? await readTalentStatuses.call(context, withStatus[0][0], settings.retryPolicy) : undefined;
	if (statuses) {
		for (const [itemIndex, mapped] of withStatus) {
			try {
				read.set(itemIndex, { ...mapped, changes: withTenantStatus(mapped.changes, statuses, itemIndex) });
			} catch (error) {
				read.delete(itemIndex);
				errors.set(itemIndex, new NodeOperationError(context.getNode(), error instanceof Error ? error.message : String(error), { itemIndex, description: 'Choose a status from the Status list, or map one of the names shown (Lookup → Get Talent Statuses lists them all).' }));
			}
		}
	}
	const keys = read.size > 0 ? await resolveKeys(context, read, errors, settings) : new Map<number, string>();
	// Update never creates: an item whose talent is not there fails now, not after other items were written.
	if (!settings.mayCreate) {
		for (const [itemIndex, key] of keys) if (!key.startsWith('id:') && !errors.has(itemIndex)) errors.set(itemIndex, noTalentFound(context, read.get(itemIndex) ?? { changes: {} }, itemIndex, settings));
	}
	const resolved = [...read].flatMap(([itemIndex, mapped]) => {
		const key = keys.get(itemIndex);
		return key === undefined || errors.has(itemIndex) ? [] : [{ itemIndex, key, mapped }];
	});
	const groups = groupBySameTalent(resolved);
	const mappedOf = new Map(resolved.map((item) => [item.itemIndex, item.mapped]));
	const plan: SyncPlan = { items: new Map(), written: new Map() };
	for (const [itemIndex, group] of groups) {
		const leader = group.members[0];
		if (itemIndex === leader) {
			plan.written.set(leader, settled());
			if (createsTalent(keys.get(leader) ?? '', settings)) {
				try {
					checkRequiredToCreate(context, group.merged, leader, settings.requiredToCreate);
				} catch (error) {
					errors.set(leader, itemError(context, error, leader));
				}
			}
		}
		const mapped = mappedOf.get(itemIndex);
		if (mapped) plan.items.set(itemIndex, { group, mapped });
	}
	for (const [itemIndex, error] of errors) plan.items.set(itemIndex, { error });
	const firstError = errors.get(Math.min(...errors.keys()));
	if (stopsOnError(context) && firstError) throw withDescription(firstError, NOTHING_WRITTEN);
	const hint = sameTalentHint(groups.values(), settings.dryRun);
	if (hint) context.addExecutionHints({ message: hint, location: 'outputPane' });
	return plan;
}

/** The run's plan, made by the first item that asks. */
async function syncPlanOf(context: IExecuteFunctions, settings: SyncSettings, readItem: (itemIndex: number) => MappedTalent): Promise<SyncPlan> {
	let plan = plans.get(context);
	if (!plan) {
		plan = makePlan(context, settings, readItem);
		plans.set(context, plan);
	}
	return await plan;
}

/**
 * One item of the plan: the first item of a group writes the group's merged values; the others
 * report the talent it wrote as unchanged for them, each with a note naming the others.
 */
async function syncPlannedItem(context: IExecuteFunctions, plan: SyncPlan, itemIndex: number, settings: SyncSettings): Promise<SyncOutcome> {
	const planned = plan.items.get(itemIndex);
	if (!planned) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} was not part of this run`, { itemIndex });
	if ('error' in planned) throw planned.error;
	const { group, mapped } = planned;
	const leader = group.members[0];
	const note = group.differ ? sameTalentNote(group, settings.dryRun) : undefined;
	const write = plan.written.get(leader);
	if (!write) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} was not part of this run`, { itemIndex });
	if (itemIndex === leader) {
		const outcome = await syncTalent.call(context, itemIndex, group.merged, settings).catch((error: NodeApiError | NodeOperationError) => {
			write.reject(error);
			throw error;
		});
		write.resolve(outcome);
		if (!settings.dryRun && (outcome.action === 'created' || outcome.action === 'updated')) syncRunOf(context).written[outcome.action]++;
		const notes = [outcome.note, note].filter(Boolean).join(' ');
		return notes ? { ...outcome, note: notes } : outcome;
	}
	let written: SyncOutcome;
	try {
		written = await write.promise;
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `Item ${itemIndex} is the same talent as item ${leader}, which failed: ${error instanceof Error ? error.message : String(error)}`, {
			itemIndex,
			description: `Both items are written in one write, by item ${leader}. Correct item ${leader} and run again.`,
		});
	}
	// What found this item's talent: its own Talent ID, else its Match On key.
	const matchedBy = mapped.talentId !== undefined && settings.talentIdFirst ? 'talentId' : settings.matchOn;
	return { talent: written.talent, action: 'unchanged', changedFields: [], matchedBy, ...(note ? { note } : {}) };
}

/** Said on an error that stops the run part-way: how many talents were already written, and that a re-run is safe. */
function writtenSoFar(context: IExecuteFunctions): string {
	const { created, updated } = syncRunOf(context).written;
	const total = created + updated;
	if (total === 0) return 'No talent had been written in this run when it failed.';
	const talents = total === 1 ? '1 talent' : `${total} talents`;
	return `When it failed, this run had already written ${talents} (${created} created, ${updated} updated); they stay as written. Running the same input again finds them and creates none of them twice.`;
}

/**
 * One item of a talent sync run, as an operation's execute calls it: the run is planned (and every
 * item checked) by the first item that gets here; a failure that stops the run part-way says how many
 * talents were already written.
 */
export async function syncItemInRun(context: IExecuteFunctions, itemIndex: number, settings: SyncSettings, readItem: (itemIndex: number) => MappedTalent): Promise<SyncOutcome> {
	const plan = await syncPlanOf(context, settings, readItem);
	try {
		return await syncPlannedItem(context, plan, itemIndex, settings);
	} catch (error) {
		throw settings.dryRun || !stopsOnError(context) || !(error instanceof Error) ? error : withDescription(error, writtenSoFar(context));
	}
}
