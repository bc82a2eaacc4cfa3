/**
 * The tenant's users. Partner code lists them with `GET /users` [C-code: Whippy user.ex], which
 * answers every user at once. An API without that call (404 or 405) is read the way other records
 * are: `GET /users/ids/{page}/{pageSize}` [C-code] and `POST /users/multi-query` [I: named after the
 * reference slug querymultipleusers].
 */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ApiContext } from '../../shared/transport';
import { avionteRequest } from '../transport';
import type { FetchRecordsResult, ListIdsOptions } from './paging';
import { fetchRecordsByIds, listIds } from './paging';

/** Answers meaning "this API has no user list": then the ids pages are read instead. */
const NO_USER_LIST = new Set(['404', '405']);

/** Every user from `GET /users`, or undefined when the API has no such call. */
export async function readUserList(this: ApiContext, options: Pick<ListIdsOptions, 'itemIndex' | 'retryPolicy'> = {}): Promise<IDataObject[] | undefined> {
	let body: unknown;
	try {
		body = (await avionteRequest.call(this, 'GET', '/users', { itemIndex: options.itemIndex, retryPolicy: options.retryPolicy })).body;
	} catch (error) {
		if (NO_USER_LIST.has(String((error as { httpCode?: unknown }).httpCode))) return undefined;
		// Already a NodeApiError from the transport: NodeApiError hands the same instance back.
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
	if (!Array.isArray(body)) throw new Error('Avionté answered the user list with something other than a list');
	return body as IDataObject[];
}

/** The tenant's users, at most `limit` of them: the user list, or ids pages and multi-query where it is missing. */
export async function listUsers(this: ApiContext, options: ListIdsOptions): Promise<FetchRecordsResult> {
	const users = await readUserList.call(this, options);
	if (users) return { records: options.limit === undefined ? users : users.slice(0, options.limit), missingIds: [] };
	const ids = await listIds.call(this, 'users', options);
	return await fetchRecordsByIds.call(this, 'users', ids, options, 'userId');
}
