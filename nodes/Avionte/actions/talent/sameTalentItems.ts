/**
 * Items of one run that are the same talent: they are written once, by the first of them, with their
 * values merged in input order (a later item's value wins where two differ, as writing them one after
 * the other would leave it), so a run that repeats a person writes that talent once and the next run
 * of the same input finds nothing to change. Pure.
 */
import type { IDataObject } from 'n8n-workflow';

import { changedTalentFields, withoutStaleStatus } from './talentChanges';
import type { MappedTalent } from './talentValues';

export interface SameTalentGroup {
	/** Input item indexes in order; the first writes for all. */
	members: number[];
	/** The members' values merged in order. */
	merged: MappedTalent;
	/** Whether the members' values differ (the user is told). */
	differ: boolean;
}

/** Later changes over earlier ones; the resident address part by part, a status name or ID as the later item gave it. */
export function mergedChanges(list: IDataObject[]): IDataObject {
	let merged: IDataObject = {};
	for (const changes of list) {
		// Only what differs as a talent compares it: "Ada@X.org" after "ada@x.org" keeps the first spelling.
		const applied: IDataObject = {};
		for (const path of changedTalentFields(merged, changes)) {
			const [property, part] = path.split('.');
			if (part === undefined) applied[property] = changes[property];
			else applied[property] = { ...((applied[property] as IDataObject | undefined) ?? {}), [part]: (changes[property] as IDataObject)[part] };
		}
		const next: IDataObject = { ...merged, ...applied };
		if (applied.residentAddress) next.residentAddress = { ...((merged.residentAddress as IDataObject | undefined) ?? {}), ...(applied.residentAddress as IDataObject) };
		merged = withoutStaleStatus(next, applied);
	}
	return merged;
}

function differs(a: IDataObject, b: IDataObject): boolean {
	return changedTalentFields(a, b).length > 0 || changedTalentFields(b, a).length > 0;
}

/**
 * Groups items by the talent each resolves to (`keyOf`), keeping input order. Every item is in one
 * group; most groups have one member.
 */
export function groupBySameTalent(items: Array<{ itemIndex: number; mapped: MappedTalent; key: string }>): Map<number, SameTalentGroup> {
	const byKey = new Map<string, Array<{ itemIndex: number; mapped: MappedTalent }>>();
	for (const item of [...items].sort((a, b) => a.itemIndex - b.itemIndex)) {
		const members = byKey.get(item.key) ?? [];
		members.push(item);
		byKey.set(item.key, members);
	}
	const groups = new Map<number, SameTalentGroup>();
	for (const members of byKey.values()) {
		const first = members[0].mapped;
		const group: SameTalentGroup = {
			members: members.map((member) => member.itemIndex),
			merged: {
				changes: mergedChanges(members.map((member) => member.mapped.changes)),
				talentId: members.map((member) => member.mapped.talentId).find((id) => id !== undefined),
			},
			differ: members.slice(1).some((member) => differs(first.changes, member.mapped.changes)),
		};
		for (const member of members) groups.set(member.itemIndex, group);
	}
	return groups;
}

function listed(indexes: number[]): string {
	const items = indexes.map((index) => `item ${index}`);
	return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The `_sync.note` of each member of a group whose values differ. */
export function sameTalentNote(group: SameTalentGroup, dryRun: boolean): string {
	const written = dryRun ? 'would be written' : 'were written';
	return `${listed(group.members)} are the same talent; where their values differ, the last one's ${written} (in one write, reported on item ${group.members[0]})`;
}

/** The run's one hint about repeated people, or undefined when no group's values differ. */
export function sameTalentHint(groups: Iterable<SameTalentGroup>, dryRun: boolean): string | undefined {
	const differing = [...new Set(groups)].filter((group) => group.differ);
	if (differing.length === 0) return undefined;
	const shown = differing.slice(0, 5).map((group) => listed(group.members));
	const more = differing.length > 5 ? `, and ${differing.length - 5} more` : '';
	const people = differing.length === 1 ? 'One talent appears' : `${differing.length} talents appear`;
	return `${people} more than once in the input with different values (${shown.join('; ')}${more}). Each ${dryRun ? 'would be' : 'was'} written once, with the later item's values where they differ.`;
}
