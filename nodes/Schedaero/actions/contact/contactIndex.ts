/**
 * Finding existing contacts for "Create or Update". Schedaero documents no contact search, so the
 * contact list is read once per run and kind, however many items, and kept up to date with what the
 * run itself creates and changes, so two items with the same key never make two contacts.
 */
import type { IDataObject } from 'n8n-workflow';

/** Whether an external identity is in use: Schedaero marks a deactivated one `isActive: "false"` (the docs' string) or `false`. */
export function isActiveIdentity(entry: IDataObject): boolean {
	return String(entry.isActive ?? '').trim().toLowerCase() !== 'false';
}

/** An identity entry as contacts carry it: `{ externalSystemId, identifier, … }`. */
function identitiesOf(record: IDataObject): IDataObject[] {
	const list = record.externalIdentities;
	return Array.isArray(list) ? list.filter((entry): entry is IDataObject => entry !== null && typeof entry === 'object' && !Array.isArray(entry)) : [];
}

function normalized(value: unknown): string {
	return String(value ?? '').trim().toLowerCase();
}

export function identityKey(externalSystemId: string, identifier: string): string {
	return JSON.stringify([externalSystemId.trim(), identifier.trim()]);
}

export class ContactIndex {
	private readonly records = new Map<string, IDataObject>();

	/**
	 * Whether the listed contacts show their external identities. When they do not, an identity is
	 * confirmed per contact instead (see the upsert operation).
	 */
	readonly identitiesListed: boolean;

	constructor(records: IDataObject[]) {
		this.identitiesListed = records.some((record) => Array.isArray(record.externalIdentities));
		for (const record of records) this.put(record);
	}

	get size(): number {
		return this.records.size;
	}

	get(id: string): IDataObject | undefined {
		return this.records.get(id);
	}

	/** Adds a record, or replaces the one with its id. */
	put(record: IDataObject): void {
		this.records.set(String(record.id), record);
	}

	/** Contacts whose property (email, name …) equals the value, case and surrounding spaces ignored. */
	findBy(property: string, value: unknown): IDataObject[] {
		const wanted = normalized(value);
		if (!wanted) return [];
		return [...this.records.values()].filter((record) => normalized(record[property]) === wanted);
	}

	/** The contact linked to this identifier of the external system, as the listed records show it. */
	findByIdentity(externalSystemId: string, identifier: string): IDataObject[] {
		const key = identityKey(externalSystemId, identifier);
		return [...this.records.values()].filter((record) =>
			identitiesOf(record).some((entry) => isActiveIdentity(entry) && identityKey(String(entry.externalSystemId ?? ''), String(entry.identifier ?? '')) === key),
		);
	}
}
