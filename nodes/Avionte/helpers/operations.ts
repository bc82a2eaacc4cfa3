/**
 * Builders for the Avionté operations that share a shape (get one record, list records, read a list
 * endpoint). Each operation file calls one builder with its resource's specifics.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readLimit, readRequestSettings, requestOptions, returnAllAndLimit, shownFor, simplifyField } from '../../shared/descriptions';
import { flattenRecord } from '../../shared/flatten';
import { fromVersion, nodeVersion } from '../../shared/nodeVersion';
import type { OperationModule } from '../../shared/router';
import { itemResults } from '../../shared/router';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../transport';
import { readRecordId } from './locators';
import type { FetchRecordsResult, ListIdsOptions, ReadRecordsOptions } from './paging';
import { fetchRecordsOneByOne, listIds, listRecords, readRecordBatches } from './paging';
import type { RecordFilters, RecordFiltersSpec } from './recordFilters';
import { matchesFilters, readRecordFilters, recordFiltersField } from './recordFilters';
import { simplifyRecord } from './simplify';

export interface AvionteOperation extends OperationModule {
	description: INodeProperties[];
}

function output(context: IExecuteFunctions, itemIndex: number, resource: string, data: IDataObject | IDataObject[], simplify: boolean): INodeExecutionData[] {
	const records = Array.isArray(data) ? data : [data];
	return itemResults(context, itemIndex, simplify ? records.map((record) => simplifyRecord(resource, record)) : records);
}

/** Get one record by id: `GET {path(id)}`. */
export function getRecordOperation(spec: {
	resource: string;
	idField: { name: string; displayName: string; locator: INodeProperties };
	path: (id: number) => string;
	extraFields?: INodeProperties[];
	query?: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
}): AvionteOperation {
	const properties = [spec.idField.locator, ...(spec.extraFields ?? []), simplifyField, requestOptions(AVIONTE_REQUEST_DEFAULTS)];
	return {
		description: shownFor(spec.resource, 'get', properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = readRecordId(this, spec.idField.name, spec.idField.displayName, itemIndex);
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
			const response = await avionteRequest.call(this, 'GET', spec.path(id), { qs: spec.query?.(this, itemIndex), itemIndex, retryPolicy });
			return output(this, itemIndex, spec.resource, response.body as IDataObject, this.getNodeParameter('simplify', itemIndex, true) as boolean);
		},
	};
}

/** Get Many through ids pages + multi-query. No N+1: at most one call per 100 records. */
export function getManyRecordsOperation(spec: {
	resource: string;
	plural: string;
	idField?: string;
	/** For collections without multi-query [C: departments]: fetch each id with bounded concurrency. */
	singlePath?: (id: number) => string;
	/** For collections with a list call of their own [C-code: users]: reads the records instead of ids pages. */
	listRecords?: (context: IExecuteFunctions, options: ListIdsOptions) => Promise<FetchRecordsResult>;
	/** Filters applied as records arrive (the API has none of its own). */
	filters?: RecordFiltersSpec;
}): AvionteOperation {
	const properties = [...returnAllAndLimit(), ...(spec.filters ? [recordFiltersField(spec.filters)] : []), simplifyField, requestOptions(AVIONTE_REQUEST_DEFAULTS)];
	return {
		description: shownFor(spec.resource, 'getAll', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const limit = readLimit(this, itemIndex);
			const { concurrency, retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
			const listOptions = { limit, concurrency, itemIndex, retryPolicy };
			const filters = spec.filters ? readRecordFilters(this, itemIndex) : undefined;
			let found: FetchRecordsResult;
			if (filters) {
				found = await readMatchingRecords.call(this, spec.plural, filters, { ...listOptions, idField: spec.idField });
			} else if (spec.listRecords) {
				found = await spec.listRecords(this, listOptions);
			} else {
				found = spec.singlePath
					? await fetchRecordsOneByOne.call(this, await listIds.call(this, spec.plural, listOptions), spec.singlePath, listOptions)
					: await listRecords.call(this, spec.plural, { ...listOptions, idField: spec.idField });
			}
			const { records, missingIds } = found;
			if (missingIds.length > 0) {
				this.addExecutionHints({
					message: `${missingIds.length} ${spec.plural} listed by Avionté were not returned by multi-query (deleted meanwhile or not visible): ${missingIds.slice(0, 20).join(', ')}${missingIds.length > 20 ? ', …' : ''}`,
					location: 'outputPane',
				});
			}
			return output(this, itemIndex, spec.resource, records, this.getNodeParameter('simplify', itemIndex, true) as boolean);
		},
	};
}

/** Reads records page by page and keeps those that match, stopping as soon as Limit records matched. */
async function readMatchingRecords(this: IExecuteFunctions, plural: string, filters: RecordFilters, options: ReadRecordsOptions): Promise<FetchRecordsResult> {
	const limit = options.limit;
	const records: IDataObject[] = [];
	const missingIds: number[] = [];
	let read = 0;
	const batches = readRecordBatches.call(this, plural, { ...options, limit: undefined, mayStopEarly: limit !== undefined });
	reading: for await (const batch of batches) {
		missingIds.push(...batch.missingIds);
		for (const record of batch.records) {
			read++;
			if (!matchesFilters(record, filters)) continue;
			records.push(record);
			if (limit !== undefined && records.length >= limit) break reading;
		}
	}
	this.addExecutionHints({ message: `Filters matched ${records.length} of the ${read} ${plural} read`, location: 'outputPane' });
	return { records, missingIds };
}

/** Simplify of the whole-list reads: from version 2, so workflows saved before keep every field as it was. */
const listSimplifyField: INodeProperties = {
	...simplifyField,
	description: 'Whether to return one flat row per entry, ready for a sheet, instead of the raw data',
	displayOptions: { show: fromVersion(2) },
};

/**
 * Read an endpoint that returns a whole list (lookups, branches, a talent's tags). Lists that can be
 * long get Return All / Limit, applied to the answer since these endpoints do not page [C].
 */
export function getListOperation(spec: {
	resource: string;
	operation: string;
	path: (context: IExecuteFunctions, itemIndex: number) => string;
	fields?: INodeProperties[];
	withLimit?: boolean;
}): AvionteOperation {
	const properties = [...(spec.fields ?? []), ...(spec.withLimit ? returnAllAndLimit() : []), listSimplifyField, requestOptions(AVIONTE_REQUEST_DEFAULTS)];
	return {
		description: shownFor(spec.resource, spec.operation, properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const limit = spec.withLimit ? readLimit(this, itemIndex) : undefined;
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
			const response = await avionteRequest.call(this, 'GET', spec.path(this, itemIndex), { itemIndex, retryPolicy });
			let records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [response.body as IDataObject];
			if (limit !== undefined) records = records.slice(0, limit);
			const simplify = nodeVersion(this) >= 2 && (this.getNodeParameter('simplify', itemIndex, true) as boolean);
			return itemResults(this, itemIndex, simplify ? records.map((record) => flattenRecord(record)) : records);
		},
	};
}

