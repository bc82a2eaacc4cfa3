/** Dropdown lists for the editor. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { extractHttpFailure } from '../../shared/errors';
import { fetchPages } from '../../Avinode/helpers/paging';

const NOT_LISTED = new Set([404, 405, 501]);

/** The account's external systems by name [I: `GET /externalsystems`]; the value is the system's ID. */
export async function getExternalSystems(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let records: IDataObject[];
	try {
		({ records } = await fetchPages.call(this, 'schedaero', '/externalsystems', {}, undefined, 1));
	} catch (error) {
		// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
		if (!NOT_LISTED.has(extractHttpFailure(error).status ?? 0)) throw new NodeApiError(this.getNode(), error as JsonObject);
		throw new NodeOperationError(this.getNode(), 'Schedaero does not list external systems for this account', {
			description: 'Switch the field to Expression and enter the ID External System → Create gave your system.',
		});
	}
	return records
		.filter((system) => system.id !== undefined)
		.map((system) => ({ name: String(system.name ?? '').trim() || String(system.id), value: String(system.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
