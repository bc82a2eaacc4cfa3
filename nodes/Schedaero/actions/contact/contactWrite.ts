/**
 * The contact writes Create, Update and Create or Update share: create, update (the whole record, so
 * it is right whether Schedaero's PUT merges or replaces), and an external identity set or read.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readRequestSettings } from '../../../shared/descriptions';
import { extractHttpFailure } from '../../../shared/errors';
import type { RetryPolicy } from '../../../shared/retry';
import { isEnvelope } from '../../../Avinode/helpers/envelope';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, idSegment } from '../../../Avinode/transport';
import { isActiveIdentity } from './contactIndex';
import type { ContactKind } from './contactType';
import { READ_ONLY_CONTACT_PROPERTIES } from './mapper';

export interface ContactCall {
	itemIndex: number;
	retryPolicy?: Partial<RetryPolicy>;
	actAs?: string;
}

const KIND_NAMES: Record<ContactKind, string> = { people: 'person contact', companies: 'company' };

/** The item's request settings (retries, Act-As account) from its Options. */
export function contactCall(context: IExecuteFunctions, itemIndex: number): ContactCall {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(context, itemIndex, AVINODE_REQUEST_DEFAULTS);
	return { itemIndex, retryPolicy, actAs: options.actAsAccount as string | undefined };
}

/** "person contact" or "company", as errors name them. */
export function kindName(kind: ContactKind): string {
	return KIND_NAMES[kind];
}

export function contactPath(kind: ContactKind, id?: string): string {
	return id === undefined ? `/contacts/${kind}` : `/contacts/${kind}/${idSegment(id)}`;
}

/** The record an answer carries (`data`), if it carries one. */
function recordOf(body: unknown): IDataObject | undefined {
	const data = isEnvelope(body) ? body.data : body;
	return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length > 0 ? (data as IDataObject) : undefined;
}

/** A record without what the API sets itself. */
export function writableContact(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([property]) => !READ_ONLY_CONTACT_PROPERTIES.includes(property)));
}

export async function readContact(this: IExecuteFunctions, kind: ContactKind, id: string, call: ContactCall): Promise<IDataObject | undefined> {
	try {
		const response = await avinodeRequest.call(this, 'schedaero', 'GET', contactPath(kind, id), call);
		return recordOf(response.body);
	} catch (error) {
		if (extractHttpFailure(error).status === 404) return undefined;
		// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

/** Creates a contact; an answer with only a Location header (as `POST /externalsystems` gives) still yields the id. */
export async function createContact(this: IExecuteFunctions, kind: ContactKind, values: IDataObject, call: ContactCall): Promise<IDataObject> {
	const response = await avinodeRequest.call(this, 'schedaero', 'POST', contactPath(kind), { ...call, body: values });
	const record = recordOf(response.body);
	if (record?.id !== undefined) return record;
	const location = response.headers.location;
	// The id is the last path segment of the link the API gave us; we take it whole, not apart.
	const id = location ? decodeURIComponent(location.split('?')[0].split('/').pop() ?? '') : '';
	if (!id) {
		throw new NodeOperationError(this.getNode(), `Schedaero created the ${KIND_NAMES[kind]} of item ${call.itemIndex} but did not say its ID`, {
			itemIndex: call.itemIndex,
			description: 'Look it up in Schedaero before running this item again, or it may be created twice.',
		});
	}
	return { ...values, ...(record ?? {}), id, ...(location ? { href: location } : {}) };
}

/** Sends the whole record with the changes, so a replacing PUT keeps the fields the item does not map. */
export async function updateContact(this: IExecuteFunctions, kind: ContactKind, current: IDataObject, changes: IDataObject, call: ContactCall): Promise<IDataObject> {
	const id = String(current.id);
	const response = await avinodeRequest.call(this, 'schedaero', 'PUT', contactPath(kind, id), { ...call, body: { ...writableContact(current), ...changes } });
	return recordOf(response.body) ?? { ...current, ...changes };
}

function identityPath(kind: ContactKind, id: string, externalSystemId: string): string {
	return `${contactPath(kind, id)}/externalidentity/${idSegment(externalSystemId)}`;
}

/** Links the contact to its record in the external system [C for person contacts: docs/external-identifiers]. */
export async function setContactIdentity(this: IExecuteFunctions, kind: ContactKind, id: string, externalSystemId: string, identifier: string, call: ContactCall & { done: string }): Promise<void> {
	try {
		await avinodeRequest.call(this, 'schedaero', 'PATCH', identityPath(kind, id, externalSystemId), { ...call, body: { identifier }, idempotent: true });
	} catch (error) {
		const status = extractHttpFailure(error).status;
		if (kind !== 'companies' || (status !== 404 && status !== 405)) throw new NodeApiError(this.getNode(), error as JsonObject);
		throw new NodeOperationError(this.getNode(), `Schedaero does not link companies to an external system (it answered ${status} for company ${id} of item ${call.itemIndex})`, {
			itemIndex: call.itemIndex,
			description: `The company was ${call.done}, but without the link to "${identifier}". Match companies On Company Name instead; only person contacts have external identities in Schedaero's documentation.`,
		});
	}
}

/** The identifier the contact has in the external system, or undefined when it has none. */
export async function readContactIdentity(this: IExecuteFunctions, kind: ContactKind, id: string, externalSystemId: string, call: ContactCall): Promise<string | undefined> {
	try {
		const response = await avinodeRequest.call(this, 'schedaero', 'GET', identityPath(kind, id, externalSystemId), call);
		const identity = recordOf(response.body);
		if (!identity || !isActiveIdentity(identity)) return undefined;
		const identifier = String(identity.identifier ?? '').trim();
		return identifier || undefined;
	} catch (error) {
		const status = extractHttpFailure(error).status;
		if (status === 404 || (kind === 'companies' && status === 405)) return undefined;
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}
