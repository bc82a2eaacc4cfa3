/**
 * What the "New or Updated Records" poll remembers so that it reports every change once.
 *
 * Avionté cannot list "changed since" [C: ids pages take only a page and a size], so every poll reads
 * every record. A record's version is its update time (else its creation time) plus a hash of its
 * content. A poll reports a record when its version time is at or after `since` and its fingerprint
 * differs from the one last reported for that id; `reported` keeps those fingerprints for versions at
 * or after `since` only, which bounds it.
 *
 * `since` follows the newest version time seen (`latest`), minus how long the poll's listing took and
 * a safety margin: an edit the listing missed (its record was read before the edit) happened during
 * the listing, so its time is at most that long before any time the listing saw. The margin covers
 * times written before the change became visible, second-resolution times and clocks that differ
 * between Avionté's servers. The window also reaches back to the previous poll's start, so a record
 * that one listing skipped (moved between pages by a deletion) is still caught by the next, but never
 * before the previous window's start: fingerprints below it are gone, so reopening that band would
 * report unchanged versions again. Two edits within one second share a time but not a hash, so both
 * versions are reported, each once.
 *
 * Avionté's times are compared with each other, and durations come from n8n's clock, so a clock
 * difference between n8n and Avionté changes nothing, with one exception: a time more than a day after
 * n8n's clock (an import or a hand-set date such as 2099-01-01) cannot be an edit that just happened
 * in any time zone, so it does not move `latest`; were it to, the window would start after every
 * real edit and nothing would be reported again. Such a version is still reported once.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { updatedTime } from './recordTimes';

/** How far the window reaches back beyond the listing's own duration. */
export const SAFETY_MARGIN_MS = 10 * 60 * 1000;
/** At most this many fingerprints are kept (the newest); past it, an older version could be reported again. */
export const MAX_TRACKED = 10_000;
/** A version time further than this after n8n's clock does not move the window (local times are at most 14 hours ahead of UTC). */
export const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;

export interface ChangeState extends IDataObject {
	resource: string;
	/** The newest version time seen (Avionté's clock, epoch ms). */
	latest: number;
	/** The window start the last poll computed. */
	floor: number;
	/** Versions at or after this time are compared with `reported`. */
	since: number;
	/** Record id → fingerprint (`<version time>:<hash>`) of the version last reported or first seen. */
	reported: Record<string, string>;
	/** The highest record id the last poll read, where "New Records" continues when Watch For switches back. */
	highestId?: number;
}

export interface RecordVersion {
	time: number;
	fingerprint: string;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as IDataObject)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The record's version, or undefined when it has neither an update nor a creation time. */
export function recordVersion(record: IDataObject): RecordVersion | undefined {
	const time = updatedTime(record);
	if (time === undefined) return undefined;
	const hash = createHash('sha256').update(canonicalJson(record)).digest('hex').slice(0, 16);
	return { time, fingerprint: `${time}:${hash}` };
}

export function fingerprintTime(fingerprint: string): number {
	return Number(fingerprint.slice(0, fingerprint.indexOf(':')));
}

/** Whether a version time lies too far after n8n's clock (`now`) to move the window. */
export function isDatedAhead(time: number, now: number): boolean {
	return time > now + MAX_AHEAD_MS;
}

/**
 * The window for the next poll, from the newest time seen and how long this poll's listing took. It
 * reaches back to the previous floor, never before the previous start.
 */
export function nextWindow(previous: ChangeState | undefined, latest: number, listingMs: number): { floor: number; since: number } {
	const floor = latest - Math.max(0, listingMs) - SAFETY_MARGIN_MS;
	return { floor, since: previous ? Math.max(previous.since, Math.min(previous.floor, floor)) : floor };
}

/** Keeps the fingerprints of versions at or after `since`, the newest `max` of them. */
export function keepTracked(reported: Record<string, string>, since: number, max = MAX_TRACKED): Record<string, string> {
	const kept = Object.entries(reported).filter(([, fingerprint]) => fingerprintTime(fingerprint) >= since);
	if (kept.length > max) kept.sort(([, a], [, b]) => fingerprintTime(b) - fingerprintTime(a)).splice(max);
	return Object.fromEntries(kept);
}

/**
 * The saved state, if it is one this version wrote for this resource. A state whose newest time is
 * dated ahead of `now` is not used: its window starts after every real edit.
 */
export function readChangeState(value: unknown, resource: string, now: number): ChangeState | undefined {
	if (value === null || typeof value !== 'object') return undefined;
	const state = value as Partial<ChangeState>;
	const numbers = [state.latest, state.floor, state.since].every((n) => typeof n === 'number' && Number.isFinite(n));
	if (state.resource !== resource || !numbers || state.reported === null || typeof state.reported !== 'object') return undefined;
	if (isDatedAhead(state.latest as number, now)) return undefined;
	return state as ChangeState;
}
