/** The tenant's small lists (statuses, branches, activity types), each one GET answered with a bare array. */
import type { IDataObject } from 'n8n-workflow';

import type { RetryPolicy } from '../../shared/retry';
import type { ApiContext } from '../../shared/transport';
import { avionteRequest } from '../transport';

/** The list at `path`, or an empty list when the answer is not one. */
export async function readTenantList(context: ApiContext, path: string, options: { itemIndex?: number; retryPolicy?: Partial<RetryPolicy> } = {}): Promise<IDataObject[]> {
	const response = await avionteRequest.call(context, 'GET', path, options);
	return Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
}
