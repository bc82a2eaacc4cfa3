/**
 * Finding talents without a search API: one listing of every talent (ids pages + multi-query, about
 * two calls per 100 talents), indexed by email and by the keys of Avionté's documented duplicate
 * check. The whole listing is read: a tenant may already hold two talents with one email, and the
 * node must say so rather than pick one.
 */
import type { IDataObject } from 'n8n-workflow';

import type { RetryPolicy } from '../../../shared/retry';
import type { ApiContext } from '../../../shared/transport';
import { listRecords } from '../../helpers/paging';

export interface TalentIndex {
	/** Every talent listed, by id. */
	records: Map<number, IDataObject>;
	/** Talent ids by key ("email:…", "ssn:…", "name:…"). */
	byKey: Map<string, number[]>;
}

/** Emails compare trimmed and in lower case. */
export function emailKey(value: unknown): string | undefined {
	const email = String(value ?? '').trim().toLowerCase();
	return email === '' ? undefined : `email:${email}`;
}

function ssnKey(value: unknown): string | undefined {
	const digits = String(value ?? '').replace(/\D/g, '');
	return digits.length === 9 ? `ssn:${digits}` : undefined;
}

function nameKey(talent: IDataObject): string | undefined {
	const first = String(talent.firstName ?? '').trim().toLowerCase();
	const last = String(talent.lastName ?? '').trim().toLowerCase();
	const mobile = String(talent.mobilePhone ?? '').replace(/\D/g, '');
	return first && last && mobile ? `name:${first}|${last}|${mobile}` : undefined;
}

/** Every key a talent can be found by. */
export function talentKeys(talent: IDataObject): string[] {
	const keys = [emailKey(talent.emailAddress), ssnKey(talent.taxIdNumber), nameKey(talent)];
	if (talent.id !== undefined && talent.id !== null && String(talent.id) !== '') keys.push(`id:${Number(talent.id)}`);
	return keys.filter((key): key is string => key !== undefined);
}

/**
 * The key Avionté's duplicate check compares for a new talent [C: support article "Using the
 * CreateTalent API"]: the SSN when one is sent, else the email, else first name + last name + mobile
 * phone (digits only).
 */
export function duplicateKey(talent: IDataObject): string | undefined {
	return ssnKey(talent.taxIdNumber) ?? emailKey(talent.emailAddress) ?? nameKey(talent);
}

/**
 * Whether a talent is the item's person by a key Avionté's duplicate check compares: the same SSN,
 * else the same email or first name, last name and mobile phone. Two different SSNs are two people.
 */
export function isSamePerson(talent: IDataObject, item: IDataObject): boolean {
	const itemSsn = ssnKey(item.taxIdNumber);
	const talentSsn = ssnKey(talent.taxIdNumber);
	if (itemSsn && talentSsn) return itemSsn === talentSsn;
	const keys = new Set(talentKeys(talent));
	return [emailKey(item.emailAddress), nameKey(item)].some((key) => key !== undefined && keys.has(key));
}

export function buildTalentIndex(records: IDataObject[]): TalentIndex {
	const index: TalentIndex = { records: new Map(), byKey: new Map() };
	for (const record of records) {
		const id = Number(record.id);
		if (!Number.isFinite(id)) continue;
		index.records.set(id, record);
		for (const key of talentKeys(record)) {
			if (key.startsWith('id:')) continue;
			const ids = index.byKey.get(key) ?? [];
			if (!ids.includes(id)) ids.push(id);
			index.byKey.set(key, ids);
		}
	}
	return index;
}

/** Lists every talent of the tenant and indexes it. */
export async function readTalentIndex(this: ApiContext, options: { concurrency: number; itemIndex: number; retryPolicy: Partial<RetryPolicy> }): Promise<TalentIndex> {
	const { records } = await listRecords.call(this, 'talents', options);
	return buildTalentIndex(records);
}
