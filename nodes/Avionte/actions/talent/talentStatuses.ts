/**
 * The Status of a talent sync checked against the tenant's own statuses, read once per run, so a typo
 * fails the item before anything is written (and in a Dry Run) instead of at Avionté.
 */
import type { IDataObject, IExecuteFunctions, NodeApiError } from 'n8n-workflow';

import type { RetryPolicy } from '../../../shared/retry';
import { readTenantList } from '../../helpers/tenantLists';
import { TalentValueError } from './talentValues';

export interface TalentStatus {
	id: number;
	name: string;
}

/** How many names an error lists before it says "…". */
const NAMES_SHOWN = 8;

/**
 * The tenant's statuses, or undefined where the account may not read them (the write then decides,
 * as it always has).
 */
export async function readTalentStatuses(this: IExecuteFunctions, itemIndex: number, retryPolicy: Partial<RetryPolicy>): Promise<TalentStatus[] | undefined> {
	const list = await readTenantList(this, '/talent-statuses', { itemIndex, retryPolicy }).catch((error: NodeApiError) => {
		if (error.httpCode === '403' || error.httpCode === '404') return undefined;
		throw error;
	});
	if (!list) return undefined;
	return list.filter((status) => status.name !== undefined && status.name !== null).map((status) => ({ id: Number(status.id), name: String(status.name) }));
}

function someNames(statuses: TalentStatus[], withIds: boolean): string {
	const names = [...statuses].sort((a, b) => a.name.localeCompare(b.name)).map((status) => (withIds ? `${status.name} (${status.id})` : status.name));
	return names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')}, …` : names.join(', ');
}

/**
 * The item's status as the tenant spells it (a name compared ignoring case and surrounding spaces, an
 * ID by number), or a TalentValueError naming the item and a few valid names. Changes without a
 * status come back as they are.
 */
export function withTenantStatus(changes: IDataObject, statuses: TalentStatus[], itemIndex: number): IDataObject {
	if (changes.statusId !== undefined) {
		if (statuses.some((status) => status.id === Number(changes.statusId))) return changes;
		throw new TalentValueError(`"Status" of item ${itemIndex} is "${String(changes.statusId)}", which is not a status ID in your Avionté account (${someNames(statuses, true)})`);
	}
	if (changes.status === undefined) return changes;
	const given = String(changes.status).trim();
	const found = statuses.find((status) => status.name.trim().toLowerCase() === given.toLowerCase());
	if (found) return { ...changes, status: found.name };
	throw new TalentValueError(`"Status" of item ${itemIndex} is "${given}", which is not a status in your Avionté account (${someNames(statuses, false)})`);
}
