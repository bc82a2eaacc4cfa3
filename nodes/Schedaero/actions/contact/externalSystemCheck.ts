/**
 * Create or Update matched on External ID checks, before anything is written, that the External System
 * exists: linking a contact to an unknown system fails only after the contact was created, and without
 * an Email to find it by, each retry would create another unlinked contact.
 */
import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { extractHttpFailure } from '../../../shared/errors';
import { avinodeRequest, idSegment } from '../../../Avinode/transport';
import type { ContactCall } from './contactWrite';

/** What a read of the system said: it exists, it does not, or Schedaero does not let us read it. */
export type ExternalSystemState = 'known' | 'unknown' | 'unchecked';

/** The field as the editor shows it. */
export const EXTERNAL_SYSTEM_LABEL = 'External System Name or ID';

/** Statuses that say the read itself is not offered (not that the system is missing): nothing can be checked. */
const READ_NOT_OFFERED = new Set([405, 501]);

/** Reads the external system once; a failed read (other than not found) is not remembered, so the next item tries again. */
export function readExternalSystemState(context: IExecuteFunctions, cache: Map<string, Promise<ExternalSystemState>>, systemId: string, call: ContactCall): Promise<ExternalSystemState> {
	let state = cache.get(systemId);
	if (!state) {
		state = avinodeRequest
			.call(context, 'schedaero', 'GET', `/externalsystems/${idSegment(systemId)}`, { itemIndex: call.itemIndex, retryPolicy: call.retryPolicy, actAs: call.actAs })
			.then((): ExternalSystemState => 'known')
			.catch((error: unknown): ExternalSystemState => {
				const status = extractHttpFailure(error).status;
				if (status === 404) return 'unknown';
				if (status !== undefined && READ_NOT_OFFERED.has(status)) return 'unchecked';
				// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
				throw new NodeApiError(context.getNode(), error as JsonObject);
			});
		state.catch(() => cache.delete(systemId));
		cache.set(systemId, state);
	}
	return state;
}

/** Fails the item when the external system does not exist, before anything is written. */
export async function checkExternalSystem(context: IExecuteFunctions, cache: Map<string, Promise<ExternalSystemState>>, systemId: string, call: ContactCall): Promise<ExternalSystemState> {
	const state = await readExternalSystemState(context, cache, systemId, call);
	if (state === 'unknown') {
		throw new NodeOperationError(context.getNode(), `"${EXTERNAL_SYSTEM_LABEL}" of item ${call.itemIndex} is "${systemId}", which is not an external system of this Schedaero account`, {
			itemIndex: call.itemIndex,
			description:
				'Nothing was created or changed. Pick your system from the list, or, if it is not there, create it once with External System → Create and use the id it gives. An ID from another Schedaero account or environment (sandbox or production) does not work here.',
		});
	}
	return state;
}

/**
 * The error when a contact was written (or found) but could not be linked: says which contact it is
 * and whether the next run finds it again (a created one only by its Email, when one is mapped).
 */
export function contactNotLinked(
	context: IExecuteFunctions,
	error: unknown,
	details: { contactId: string; identifier: string; itemIndex: number; done: 'created' | 'updated' | 'found'; matchKey: { label: string; value: unknown } },
): NodeOperationError {
	const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
	const { contactId, identifier, itemIndex, done, matchKey } = details;
	let rerun: string;
	if (done !== 'created') rerun = 'Running again tries the link again; it does not create another contact.';
	else if (matchKey.value === undefined) rerun = `No ${matchKey.label} is mapped, so running again would create another contact: link ${contactId} with Contact → Set External Identity (or delete it) first, or map the ${matchKey.label}.`;
	else rerun = `Running again finds it by its ${matchKey.label} "${String(matchKey.value)}" and tries the link again; it does not create another contact.`;
	return new NodeOperationError(context.getNode(), `Contact ${contactId} of item ${itemIndex} was ${done} but could not be linked to "${identifier}"`, {
		itemIndex,
		description: `${reason}. ${rerun}`,
	});
}
