/**
 * Create or Update: finds the contact by the Match On key, creates it when there is none, changes only
 * what differs, and reports per item what it did (`_sync`). With External ID the contact is linked to
 * the record of your system [C: docs/external-identifiers], so a second run finds it again.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { missingRequired, readMappedValues } from '../../../shared/mappedFields';
import { itemResults } from '../../../shared/router';
import type { SyncReport } from '../../../shared/syncResult';
import { fieldsToChange, syncAction, withSync } from '../../../shared/syncResult';
import { actAsOption } from '../../../Avinode/helpers/fields';
import { listLocator } from '../../../Avinode/helpers/locators';
import { fetchPages } from '../../../Avinode/helpers/paging';
import { AVINODE_REQUEST_DEFAULTS } from '../../../Avinode/transport';
import { ContactIndex, identityKey, isActiveIdentity } from './contactIndex';
import type { ContactKind } from './contactType';
import { contactCollection, contactTypeField } from './contactType';
import type { ContactCall } from './contactWrite';
import { contactCall, contactPath, createContact, kindName, readContact, readContactIdentity, setContactIdentity, updateContact } from './contactWrite';
import type { ExternalSystemState } from './externalSystemCheck';
import { checkExternalSystem, contactNotLinked, EXTERNAL_SYSTEM_LABEL } from './externalSystemCheck';
import { externalSystemPicker } from './externalIdentity';
import { contactColumnsField, knownContactFields } from './mapper';

type MatchOn = 'externalId' | 'email' | 'name' | 'contactId';

const LISTING_COST = 'Schedaero has no contact search: the first item reads your contacts once (one call per 100), and the other items of the run reuse that list';

const matchOnPeople: INodeProperties = {
	displayName: 'Match On',
	name: 'matchOn',
	type: 'options',
	options: [
		{ name: 'Contact ID', value: 'contactId', description: 'The Schedaero contact; empty creates one' },
		{ name: 'Email', value: 'email', description: 'The contact with the Email you map below' },
		{ name: 'External ID', value: 'externalId', description: "The contact linked to this record of your system (e.g. your CRM's ID); new and matching contacts get linked" },
	],
	default: 'email',
	description: `How to find the contact to update. ${LISTING_COST}.`,
	displayOptions: { show: { contactType: ['people'] } },
};

const matchOnCompanies: INodeProperties = {
	...matchOnPeople,
	options: [
		{ name: 'Company Name', value: 'name', description: 'The company with the Company Name you map below' },
		{ name: 'Contact ID', value: 'contactId', description: 'The Schedaero company; empty creates one' },
		{ name: 'External ID', value: 'externalId', description: "The company linked to this record of your system (e.g. your CRM's ID)" },
	],
	default: 'name',
	displayOptions: { show: { contactType: ['companies'] } },
};

const properties: INodeProperties[] = [
	contactTypeField,
	matchOnPeople,
	matchOnCompanies,
	{ ...externalSystemPicker, displayOptions: { show: { matchOn: ['externalId'] } } },
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'CRM-000123',
		description: "This record's ID in your system; the same value finds the same contact on every run",
		displayOptions: { show: { matchOn: ['externalId'] } },
	},
	{
		...listLocator('contactId', 'Contact', 'searchContacts', 'contact-12345678'),
		required: false,
		description: 'The contact to update; leave empty to create one',
		displayOptions: { show: { matchOn: ['contactId'] } },
	},
	contactColumnsField('getContactUpsertFields'),
	requestOptions(AVINODE_REQUEST_DEFAULTS, [
		{
			displayName: 'Dry Run',
			name: 'dryRun',
			type: 'boolean',
			default: false,
			description: 'Whether to only report what each item would do (wouldCreate, wouldUpdate, unchanged) without changing anything in Schedaero',
		},
		actAsOption,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);
/**
 * The contact list, create and update are not in the public documentation (README, API coverage): a
 * 404 or 405 of one of them gets advice on how to go on.
 */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: ['GET', 'POST', 'PUT'] };

/** What one run of the node has learned, shared by its items. */
interface RunState {
	indexes: Map<ContactKind, Promise<ContactIndex>>;
	/** Identities this run confirmed or set: identity key → contact id. */
	linked: Map<string, string>;
	/** Identities read one contact at a time (when the list does not show them): `kind|id|system` → identifier. */
	identities: Map<string, string | undefined>;
	/** Contacts a dry run would create, kept so later items see them; they have no real id. */
	planned: Set<string>;
	/** External systems read this run: id → whether it exists. */
	systems: Map<string, Promise<ExternalSystemState>>;
}

const runs = new WeakMap<IExecuteFunctions, RunState>();

function runState(context: IExecuteFunctions): RunState {
	let state = runs.get(context);
	if (!state) {
		state = { indexes: new Map(), linked: new Map(), identities: new Map(), planned: new Set(), systems: new Map() };
		runs.set(context, state);
	}
	return state;
}

function contactIndex(context: IExecuteFunctions, state: RunState, kind: ContactKind, call: ContactCall, concurrency: number): Promise<ContactIndex> {
	let index = state.indexes.get(kind);
	if (!index) {
		index = fetchPages.call(context, 'schedaero', contactPath(kind), {}, undefined, concurrency, call).then(({ records }) => new ContactIndex(records));
		// A failed listing is not kept: the next item tries again (and reports its own error).
		index.catch(() => state.indexes.delete(kind));
		state.indexes.set(kind, index);
	}
	return index;
}

const KEY_FIELD: Record<ContactKind, { id: 'email' | 'name'; label: string }> = {
	people: { id: 'email', label: 'Email' },
	companies: { id: 'name', label: 'Company Name' },
};

interface Match {
	record: IDataObject;
	matchedOn: MatchOn;
	/** The contact still needs the link to the external record. */
	link: boolean;
}

function fail(context: IExecuteFunctions, itemIndex: number, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

function listIds(records: IDataObject[]): string {
	return records.map((record) => String(record.id)).join(', ');
}

async function findByKey(context: IExecuteFunctions, index: ContactIndex, kind: ContactKind, values: IDataObject, itemIndex: number): Promise<Match | undefined> {
	const key = KEY_FIELD[kind];
	const value = values[key.id];
	if (value === undefined) fail(context, itemIndex, `"${key.label}" of item ${itemIndex} is empty; Match On ${key.label} needs it`);
	const found = index.findBy(key.id, value);
	if (found.length > 1) fail(context, itemIndex, `${found.length} contacts have the ${key.label} "${String(value)}" (${listIds(found)}), so item ${itemIndex} matches none for sure`, 'Match On External ID or Contact ID to choose one.');
	return found.length === 1 ? { record: found[0], matchedOn: key.id, link: false } : undefined;
}

async function findByExternalId(
	context: IExecuteFunctions,
	state: RunState,
	index: ContactIndex,
	kind: ContactKind,
	values: IDataObject,
	external: { systemId: string; identifier: string },
	call: ContactCall,
): Promise<Match | undefined> {
	const key = identityKey(external.systemId, external.identifier);
	const linkedId = state.linked.get(key);
	const linked = linkedId === undefined ? undefined : index.get(linkedId);
	if (linked) return { record: linked, matchedOn: 'externalId', link: false };
	if (index.identitiesListed) {
		const found = index.findByIdentity(external.systemId, external.identifier);
		if (found.length > 1) fail(context, call.itemIndex, `${found.length} contacts are linked to "${external.identifier}" (${listIds(found)})`, 'Deactivate the extra links (Contact → Deactivate External Identity), then run again.');
		if (found.length === 1) return { record: found[0], matchedOn: 'externalId', link: false };
	}
	// Not linked yet, or the list does not show links: the contacts with the same email (people) or
	// name (companies) are the candidates; one that is linked to this record is it, else one unlinked
	// candidate gets linked, so a contact that already exists in Schedaero is not made twice.
	const keyField = KEY_FIELD[kind];
	const candidates = values[keyField.id] === undefined ? [] : index.findBy(keyField.id, values[keyField.id]);
	const unlinked: IDataObject[] = [];
	for (const candidate of candidates) {
		const identifier = await identityOf(context, state, index, kind, candidate, external.systemId, call);
		if (identifier === external.identifier) return { record: candidate, matchedOn: 'externalId', link: false };
		if (identifier === undefined) unlinked.push(candidate);
	}
	if (unlinked.length > 1) {
		fail(context, call.itemIndex, `${unlinked.length} contacts have the ${keyField.label} "${String(values[keyField.id])}" (${listIds(unlinked)}) and none is linked to "${external.identifier}"`, 'Link the right one with Contact → Set External Identity, then run again.');
	}
	return unlinked.length === 1 ? { record: unlinked[0], matchedOn: keyField.id, link: true } : undefined;
}

/** A contact's identifier in the external system: from the list when it shows links, else read once per run. */
async function identityOf(context: IExecuteFunctions, state: RunState, index: ContactIndex, kind: ContactKind, record: IDataObject, systemId: string, call: ContactCall): Promise<string | undefined> {
	const id = String(record.id);
	if (index.identitiesListed || state.planned.has(id)) {
		const entries = Array.isArray(record.externalIdentities) ? (record.externalIdentities as IDataObject[]) : [];
		const entry = entries.find((identity) => String(identity.externalSystemId ?? '') === systemId && isActiveIdentity(identity));
		return entry ? String(entry.identifier ?? '') || undefined : undefined;
	}
	const cacheKey = JSON.stringify([kind, id, systemId]);
	if (!state.identities.has(cacheKey)) state.identities.set(cacheKey, await readContactIdentity.call(context, kind, id, systemId, call));
	return state.identities.get(cacheKey);
}

function readExternal(context: IExecuteFunctions, itemIndex: number): { systemId: string; identifier: string } {
	const systemId = String(context.getNodeParameter('externalSystemId', itemIndex, '') ?? '').trim();
	const identifier = String(context.getNodeParameter('externalId', itemIndex, '') ?? '').trim();
	if (!systemId) fail(context, itemIndex, `"${EXTERNAL_SYSTEM_LABEL}" of item ${itemIndex} is empty`, 'Pick your system from the list, or create it once with External System → Create.');
	if (!identifier) fail(context, itemIndex, `"External ID" of item ${itemIndex} is empty`, "Map your record's ID here, e.g. {{ $json.id }}.");
	return { systemId, identifier };
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const kind = contactCollection(this, itemIndex);
	const matchOn = this.getNodeParameter('matchOn', itemIndex, kind === 'people' ? 'email' : 'name') as MatchOn;
	const dryRun = (this.getNodeParameter('options', itemIndex, {}) as IDataObject).dryRun === true;
	const { concurrency } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const call = contactCall(this, itemIndex);
	const fields = knownContactFields(kind);
	const values = readMappedValues(this, 'columns', itemIndex, fields);
	const state = runState(this);

	let match: Match | undefined;
	let external: { systemId: string; identifier: string } | undefined;
	if (matchOn === 'contactId') {
		const id = String(this.getNodeParameter('contactId', itemIndex, '', { extractValue: true }) ?? '').trim();
		if (id) {
			const record = (await contactIndexIfKnown(state, kind))?.get(id) ?? (await readContact.call(this, kind, id, call));
			if (!record) fail(this, itemIndex, `Contact "${id}" of item ${itemIndex} was not found among the ${kind === 'people' ? 'person contacts' : 'companies'}`, 'Leave Contact empty to create one, or pick it from the list.');
			match = { record, matchedOn: 'contactId', link: false };
		}
	} else {
		const index = await contactIndex(this, state, kind, call, concurrency);
		if (matchOn === 'externalId') {
			external = readExternal(this, itemIndex);
			await checkExternalSystem(this, state.systems, external.systemId, call);
			match = await findByExternalId(this, state, index, kind, values, external, call);
		} else {
			if (matchOn !== KEY_FIELD[kind].id) fail(this, itemIndex, `Match On "${matchOn}" does not apply to ${kind === 'people' ? 'person contacts' : 'companies'}`);
			match = await findByKey(this, index, kind, values, itemIndex);
		}
	}

	const index = await contactIndexIfKnown(state, kind);
	if (match) {
		const changed = fieldsToChange(match.record, values);
		const linkField = match.link ? ['externalIdentity'] : [];
		const action = syncAction('update', [...changed, ...linkField], dryRun);
		const currentId = String(match.record.id);
		let record: IDataObject = { ...match.record, ...values };
		if (!dryRun) {
			if (changed.length > 0) record = await updateContact.call(this, kind, match.record, values, call);
			if (match.link && external) await linkOrExplain.call(this, state, kind, record, values, external, call, changed.length > 0 ? 'updated' : 'found');
		} else if (match.link && external) {
			record = withIdentity(record, external);
		}
		index?.put(record);
		return itemResults(this, itemIndex, withSync(record, report(state, action, [...changed, ...linkField], match.matchedOn, currentId)));
	}

	const missing = missingRequired(values, fields);
	if (missing) fail(this, itemIndex, `"${missing.displayName}" of item ${itemIndex} is empty; Schedaero needs it to create a ${kindName(kind)}`);
	let record: IDataObject;
	if (dryRun) {
		const plannedId = `planned:${itemIndex}`;
		state.planned.add(plannedId);
		record = external ? withIdentity({ ...values, id: plannedId }, external) : { ...values, id: plannedId };
		if (external) state.linked.set(identityKey(external.systemId, external.identifier), plannedId);
	} else {
		record = await createContact.call(this, kind, values, call);
		if (external) await linkOrExplain.call(this, state, kind, record, values, external, call, 'created');
	}
	index?.put(record);
	const output = dryRun ? { ...values } : record;
	return itemResults(this, itemIndex, withSync(output, report(state, syncAction('create', [], dryRun), Object.keys(values), null, String(record.id))));
}

async function contactIndexIfKnown(state: RunState, kind: ContactKind): Promise<ContactIndex | undefined> {
	const index = state.indexes.get(kind);
	return index ? await index : undefined;
}

function withIdentity(record: IDataObject, external: { systemId: string; identifier: string }): IDataObject {
	const others = Array.isArray(record.externalIdentities) ? (record.externalIdentities as IDataObject[]).filter((entry) => entry.externalSystemId !== external.systemId) : [];
	return { ...record, externalIdentities: [...others, { externalSystemId: external.systemId, identifier: external.identifier }] };
}

async function linkContact(
	this: IExecuteFunctions,
	state: RunState,
	kind: ContactKind,
	record: IDataObject,
	external: { systemId: string; identifier: string },
	call: ContactCall,
	done: string,
): Promise<void> {
	const id = String(record.id);
	await setContactIdentity.call(this, kind, id, external.systemId, external.identifier, { ...call, done });
	Object.assign(record, withIdentity(record, external));
	state.linked.set(identityKey(external.systemId, external.identifier), id);
	state.identities.set(JSON.stringify([kind, id, external.systemId]), external.identifier);
}

/** Links the contact; a failure says which contact it is and whether a re-run finds it. */
async function linkOrExplain(
	this: IExecuteFunctions,
	state: RunState,
	kind: ContactKind,
	record: IDataObject,
	values: IDataObject,
	external: { systemId: string; identifier: string },
	call: ContactCall,
	done: 'created' | 'updated' | 'found',
): Promise<void> {
	try {
		await linkContact.call(this, state, kind, record, external, call, done);
	} catch (error) {
		// Companies Schedaero does not link are explained where that is found out; a re-run finds them by name.
		if (kind !== 'people') throw error instanceof NodeOperationError ? error : new NodeApiError(this.getNode(), error as JsonObject);
		const key = KEY_FIELD[kind];
		throw contactNotLinked(this, error, { contactId: String(record.id), identifier: external.identifier, itemIndex: call.itemIndex, done, matchKey: { label: key.label, value: values[key.id] } });
	}
}

function report(state: RunState, action: SyncReport['action'], changed: string[], matchedOn: string | null, id: string): SyncReport {
	return { action, changedFields: changed, matchedOn, id: state.planned.has(id) ? null : id };
}
