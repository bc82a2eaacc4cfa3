/**
 * Memory of empty-leg watch initial loads. The docs allow `GET /emptylegs/watches/{id}/getall` once
 * per watch ("Calling this endpoint more than ONCE on the initialisation … is not allowed" [C]), so
 * the operation notes each call in the workflow's static data and refuses a second one.
 * Kept: a hash of API host and watch id (no id in clear [C: store only what is allowed]), the time,
 * and whether the load surely happened. n8n saves static data after production executions only.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export const INITIAL_LOADS_KEY = 'avinodeWatchInitialLoads';

export interface InitialLoadRecord {
	/** ISO time of the call. */
	at: string;
	/** `loaded`: Avinode answered with the legs; `unknown`: the call may have been served, the answer was lost. */
	outcome: 'loaded' | 'unknown';
}

export function initialLoadKey(apiBaseUrl: string, watchId: string): string {
	return createHash('sha256').update(`${apiBaseUrl}\n${watchId}`).digest('hex').slice(0, 32);
}

function records(staticData: IDataObject): IDataObject {
	const existing = staticData[INITIAL_LOADS_KEY];
	return existing && typeof existing === 'object' && !Array.isArray(existing) ? (existing as IDataObject) : {};
}

/**
 * Always replaces the whole map at the top level: n8n marks static data as changed (and saves it)
 * only on writes it observes, and a nested object created during the run is not observed.
 */
function writeRecords(staticData: IDataObject, next: IDataObject): void {
	staticData[INITIAL_LOADS_KEY] = next;
}

export function recordedLoad(staticData: IDataObject, key: string): InitialLoadRecord | undefined {
	const record = records(staticData)[key] as InitialLoadRecord | undefined;
	return record && typeof record.at === 'string' ? record : undefined;
}

export function rememberLoad(staticData: IDataObject, key: string, outcome: InitialLoadRecord['outcome'], at: Date): void {
	writeRecords(staticData, { ...records(staticData), [key]: { at: at.toISOString(), outcome } });
}

export function forgetLoad(staticData: IDataObject, key: string): void {
	const next = { ...records(staticData) };
	delete next[key];
	writeRecords(staticData, next);
}

/** Answers that prove the load was not served: the call may be made again. */
const NOT_SERVED = new Set(['400', '401', '403', '404', '429', '503']);

export function wasNotServed(httpCode: string | null | undefined): boolean {
	return httpCode !== undefined && httpCode !== null && NOT_SERVED.has(String(httpCode));
}
