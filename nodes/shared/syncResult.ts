/**
 * What a matching write ("Create or Update") reports per item, the same shape for every node of the
 * pack: the item's record with a top-level `_sync` saying what happened (or, in a dry run, what would),
 * which fields differ, which key found the record and the record's id.
 */
import type { IDataObject } from 'n8n-workflow';

import { canonicalJson } from './canonicalJson';

export type SyncAction = 'created' | 'updated' | 'unchanged' | 'wouldCreate' | 'wouldUpdate';

export interface SyncReport extends IDataObject {
	action: SyncAction;
	changedFields: string[];
	/** The Match On key that found the record; null when none did (a create). */
	matchedOn: string | null;
	id: string | number | null;
}

/** Values compared as a user sees them: trimmed text, numbers by value, objects by content. */
export function sameAsUserSees(current: unknown, wanted: unknown): boolean {
	if (current === wanted) return true;
	if (current === undefined || current === null) return wanted === undefined || wanted === null || wanted === '';
	if (typeof wanted === 'number' || typeof current === 'number') return Number(current) === Number(wanted) && String(current).trim() !== '';
	if (typeof wanted === 'boolean' || typeof current === 'boolean') return String(current) === String(wanted);
	if (typeof wanted === 'object' || typeof current === 'object') return canonicalJson(current) === canonicalJson(wanted);
	return String(current).trim() === String(wanted).trim();
}

/** The fields of `wanted` whose value differs from the record's, in the order given. */
export function fieldsToChange(record: IDataObject, wanted: IDataObject): string[] {
	return Object.keys(wanted).filter((field) => !sameAsUserSees(record[field], wanted[field]));
}

/** Dry runs report the plan; real runs what was done. */
export function syncAction(kind: 'create' | 'update', changed: string[], dryRun: boolean): SyncAction {
	if (kind === 'create') return dryRun ? 'wouldCreate' : 'created';
	if (changed.length === 0) return 'unchanged';
	return dryRun ? 'wouldUpdate' : 'updated';
}

export function withSync(record: IDataObject, report: SyncReport): IDataObject {
	return { ...record, _sync: report };
}
