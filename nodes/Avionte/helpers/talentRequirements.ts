/**
 * New-talent requirements: `GET /talent-requirement` [C: Whippy; developer.avionte.com/reference/
 * getnewtalentrequirement] answers a map of field name → whether the tenant requires it. Used by the
 * "Get New Talent Requirements" operation and to explain a refused create.
 */
import type { IDataObject } from 'n8n-workflow';

import { redactSecrets } from '../../shared/secrets';
import type { ApiContext } from '../../shared/transport';
import { avionteRequest } from '../transport';

export const TALENT_REQUIREMENT_PATH = '/talent-requirement';

/** The names the map marks as required, in the API's order. */
export function requiredFieldNames(requirements: unknown): string[] {
	if (!requirements || typeof requirements !== 'object' || Array.isArray(requirements)) return [];
	return Object.entries(requirements as IDataObject).filter(([, required]) => required === true).map(([name]) => name);
}

/**
 * The sentence added to a refused create: what the tenant requires, or nothing when the requirements
 * cannot be read (the original error must never be hidden by a second failure).
 */
export async function requirementsHint(context: ApiContext, itemIndex: number): Promise<string | undefined> {
	try {
		const response = await avionteRequest.call(context, 'GET', TALENT_REQUIREMENT_PATH, { itemIndex, retryPolicy: { maxRetries: 1 } });
		const names = requiredFieldNames(response.body);
		if (names.length === 0) return undefined;
		// The field names come from the API's answer and join an error that was already scrubbed.
		return redactSecrets(
			`This tenant's new-talent requirements (GET ${TALENT_REQUIREMENT_PATH}) mark as required: ${names.join(', ')}. They apply when "Use Tenant Talent Requirements" is on; a Status (name or ID) is always required.`,
			response.secrets,
		);
	} catch {
		return undefined;
	}
}
