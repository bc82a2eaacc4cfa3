/**
 * Get Many's Filters. Avionté's listing has no filter parameters [C: ids pages take only a page and a
 * size], so records are filtered here as they arrive; the editor says what that costs.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkedDate } from '../../shared/dates';
import { hasOffset, isTimeZone, wallClockToUtc } from '../../shared/timeZones';
import { apiTime } from './recordTimes';

export interface RecordFiltersSpec {
	/** What the user calls the records, plural: "talents". */
	noun: string;
	/** Status from the tenant's talent statuses, typed names, or none (the record has no status). */
	status?: 'talentStatuses' | 'names';
}

export interface RecordFilters {
	createdSince?: number;
	updatedSince?: number;
	/** Lower-case status names and numeric status ids, any of which matches. */
	statuses?: string[];
	/** The zone Avionté's times without an offset are in; unset: they are read as UTC. */
	timeZone?: string;
}

const TIME_ZONE_NOTE = "Avionté's times carry no time zone: when this time comes from an expression such as {{ $now.minus(1, 'day') }}, also set Tenant Time Zone";

export function recordFiltersField(spec: RecordFiltersSpec): INodeProperties {
	const cost = `Filtering reads all your ${spec.noun} and keeps the matches: about 25 seconds and 122 API calls per 10,000 ${spec.noun}`;
	const status: INodeProperties[] = [];
	if (spec.status === 'talentStatuses') {
		status.push({
			displayName: 'Status Names or IDs',
			name: 'status',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTalentStatuses' },
			default: [],
			description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		});
	} else if (spec.status === 'names') {
		status.push({
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			placeholder: 'e.g. Active, Prospect',
			description: `Only ${spec.noun} with one of these statuses: names separated by commas, not case-sensitive`,
		});
	}
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: `${cost}. Limit counts matches, so reading stops once enough ${spec.noun} match.`,
		options: [
			{
				displayName: 'Created Since',
				name: 'createdSince',
				type: 'dateTime',
				default: '',
				description: `Only ${spec.noun} created at or after this time; one without a creation time is left out. ${TIME_ZONE_NOTE}.`,
				hint: cost,
			},
			...status,
			{
				displayName: 'Updated Since',
				name: 'updatedSince',
				type: 'dateTime',
				default: '',
				description: `Only ${spec.noun} changed at or after this time; one with no time at all is kept, so a sync never misses it. ${TIME_ZONE_NOTE}.`,
				hint: `${cost}. A record never updated counts from its creation time.`,
			},
			{
				displayName: 'Tenant Time Zone',
				name: 'avionteTimeZone',
				type: 'string',
				default: '',
				placeholder: 'e.g. America/Chicago',
				description:
					"The time zone your Avionté tenant writes its times in (they carry none), as an IANA name. Set it when a Since time has an offset, as every {{ $now }} expression has; empty reads Avionté's times as UTC, which is right when the Since times are typed without an offset.",
			},
		],
	};
}

function statusList(raw: unknown): string[] {
	const values = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return values.map((value) => String(value).trim().toLowerCase()).filter((value) => value !== '');
}

/** The item's filters, or undefined when none is set (the listing then reads only what Limit needs). */
export function readRecordFilters(context: IExecuteFunctions, itemIndex: number): RecordFilters | undefined {
	const raw = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const filters: RecordFilters = {};
	const timeZone = String(raw.avionteTimeZone ?? '').trim() || undefined;
	if (timeZone !== undefined && !isTimeZone(timeZone)) {
		throw new NodeOperationError(context.getNode(), `"Tenant Time Zone" of item ${itemIndex} is not a time zone: "${timeZone}"`, { itemIndex, description: 'Use an IANA time-zone name such as America/Chicago or Europe/London' });
	}
	/** A Since time typed without an offset is a time of Avionté's zone, like Avionté's own. */
	const since = (value: unknown, displayName: string): number | undefined => {
		const date = checkedDate(context, value, displayName, itemIndex);
		if (!date) return undefined;
		return timeZone !== undefined && typeof value === 'string' && !hasOffset(value) ? wallClockToUtc(date.getTime(), timeZone) : date.getTime();
	};
	const createdSince = since(raw.createdSince, 'Created Since');
	if (createdSince !== undefined) filters.createdSince = createdSince;
	const updatedSince = since(raw.updatedSince, 'Updated Since');
	if (updatedSince !== undefined) filters.updatedSince = updatedSince;
	const statuses = statusList(raw.status);
	if (statuses.length > 0) filters.statuses = statuses;
	if (Object.keys(filters).length === 0) return undefined;
	if (timeZone !== undefined) filters.timeZone = timeZone;
	return filters;
}

/** An Avionté time as an instant: one without an offset is read in the filters' zone (or as UTC). */
function recordTime(value: unknown, timeZone: string | undefined): number | undefined {
	const time = apiTime(value);
	if (time === undefined || timeZone === undefined || typeof value !== 'string' || hasOffset(value)) return time;
	return wallClockToUtc(time, timeZone);
}

export function matchesFilters(record: IDataObject, filters: RecordFilters): boolean {
	if (filters.createdSince !== undefined) {
		const created = recordTime(record.createdDate, filters.timeZone);
		if (created === undefined || created < filters.createdSince) return false;
	}
	if (filters.updatedSince !== undefined) {
		// A record without an update time counts from its creation time.
		const updated = recordTime(record.lastUpdatedDate, filters.timeZone) ?? recordTime(record.createdDate, filters.timeZone);
		if (updated !== undefined && updated < filters.updatedSince) return false;
	}
	if (filters.statuses) {
		const name = typeof record.status === 'string' ? record.status.trim().toLowerCase() : undefined;
		const id = record.statusId === undefined || record.statusId === null ? undefined : String(record.statusId);
		if (!filters.statuses.some((status) => status === name || status === id)) return false;
	}
	return true;
}
