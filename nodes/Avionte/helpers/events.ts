/**
 * Avionté Front Office events [C: developer.avionte.com/docs/<event>] and how to read the record
 * each one points at. Event names' casing varies (`VMS_job_created`), so matching ignores case.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

export interface EventTarget {
	/** Resource key holding the id, in order of preference. */
	keys: string[];
	path: (id: number) => string;
}

const talent = (id: number) => `/talent/${id}`;

export const EVENT_TARGETS: Record<string, EventTarget> = {
	talent_created: { keys: ['Id'], path: talent },
	talent_saved: { keys: ['Id'], path: talent },
	talent_merged: { keys: ['GoodTalentId'], path: talent },
	talent_login_created: { keys: ['TalentId'], path: talent },
	talent_submitted: { keys: ['NominationId'], path: (id) => `/talent/stage/${id}` },
	contact_created: { keys: ['Id'], path: (id) => `/contact/${id}` },
	contact_updated: { keys: ['Id'], path: (id) => `/contact/${id}` },
	company_updated: { keys: ['Id'], path: (id) => `/company/${id}` },
	job_created: { keys: ['Id'], path: (id) => `/job/${id}` },
	job_updated: { keys: ['Id'], path: (id) => `/job/${id}` },
	vms_job_created: { keys: ['JobId'], path: (id) => `/job/${id}` },
	placement_started: { keys: ['PlacementId'], path: (id) => `/placement/${id}` },
	placement_updated: { keys: ['PlacementId'], path: (id) => `/placement/${id}` },
	placement_extension_deleted: { keys: ['PlacementId'], path: (id) => `/placement/${id}` },
};

/** The record an event points at; names like `__proto__` or `constructor` find nothing. */
export function eventTarget(eventName: string): EventTarget | undefined {
	const key = eventName.toLowerCase();
	return Object.prototype.hasOwnProperty.call(EVENT_TARGETS, key) ? EVENT_TARGETS[key] : undefined;
}

export const EVENT_OPTIONS: INodePropertyOptions[] = Object.keys(EVENT_TARGETS)
	.map((name) => ({ name: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()).replace(/^Vms/, 'VMS'), value: name }))
	.sort((a, b) => a.name.localeCompare(b.name));
