/**
 * Checks for incoming webhook calls. Secrets are compared in constant time; the stored form of a
 * generated secret is its SHA-256 hash, so workflow static data (not encrypted) never holds it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import type { INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

export function sha256(value: string): string {
	return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
	const left = Buffer.from(sha256(a), 'hex');
	const right = Buffer.from(sha256(b), 'hex');
	return timingSafeEqual(left, right) && a.length === b.length;
}

export function generateSecret(bytes = 24): string {
	return randomBytes(bytes).toString('hex');
}

/** Parses `Authorization: Basic base64(user:password)`. */
export function parseBasicAuth(header: string | string[] | undefined): { user: string; password: string } | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export interface SeenDeliveries {
	/** key hash -> first seen (ms) */
	[key: string]: number;
}

/**
 * Remembers delivery keys for `windowMs`; returns true when the key was seen inside the window.
 * Kept small: at most `maxKeys` entries, oldest dropped first. Keys are hashed so no payload data
 * is stored [C: checklist, store only what is allowed].
 */
export function seenBefore(store: SeenDeliveries, key: string, nowMs: number, windowMs: number, maxKeys = 2000): boolean {
	for (const [entry, at] of Object.entries(store)) if (nowMs - at > windowMs) delete store[entry];
	const hashed = sha256(key).slice(0, 32);
	if (store[hashed] !== undefined) return true;
	store[hashed] = nowMs;
	const keys = Object.keys(store);
	if (keys.length > maxKeys) {
		keys.sort((a, b) => store[a] - store[b]);
		for (const old of keys.slice(0, keys.length - maxKeys)) delete store[old];
	}
	return false;
}

export interface LastRuns {
	/** notification key hash -> the version of its resource when it last started a run, and when (ms) */
	[key: string]: { version: string; at: number };
}

/**
 * Whether a delivery repeats one that already started a run: the same notification (`key`) whose
 * resource is at the same `version`, inside `windowMs`. Otherwise records `version` (the delivery
 * starts a run) and returns false. A notification whose resource changed since, even back to an
 * earlier state, is new. At most `maxKeys` entries, oldest dropped first; only hashes are stored.
 */
export function repeatsLastRun(store: LastRuns, key: string, version: string, nowMs: number, windowMs: number, maxKeys = 2000): boolean {
	for (const [entry, run] of Object.entries(store)) if (!run || typeof run !== 'object' || nowMs - run.at > windowMs) delete store[entry];
	const hashed = sha256(key).slice(0, 32);
	const last = store[hashed];
	if (last && last.version === version) return true;
	store[hashed] = { version, at: nowMs };
	const keys = Object.keys(store);
	if (keys.length > maxKeys) {
		keys.sort((a, b) => store[a].at - store[b].at);
		for (const old of keys.slice(0, keys.length - maxKeys)) delete store[old];
	}
	return false;
}

/**
 * n8n 1.x's answer to a delivery that starts a run (response mode "onReceived"); n8n 2.40.7 answers
 * these triggers with the bare text `firstEntryJson`.
 */
export const RUN_STARTED_RESPONSE = { message: 'Workflow was started' };

/**
 * Starts a run for a delivery whose key webhook() has just written to workflow static data, so that
 * n8n saves that key. n8n saves static data changed in webhook() from the callback that answers the
 * HTTP call, and only while its "changed" flag is set. Since n8n 2.x an "onReceived" webhook is
 * answered after the run has started, and starting it wraps the same static data object in another
 * Workflow, which resets that flag: the key was never saved and a repeat started a second run. So the
 * node answers the call itself (200, as n8n would) and says so with `noWebhookResponse`; n8n then
 * runs the answer callback, which saves static data, before it starts the run (as n8n 1.x always did).
 */
export function startRunSavingState(this: IWebhookFunctions, workflowData: INodeExecutionData[][]): IWebhookResponseData {
	this.getResponseObject().status(200).json(RUN_STARTED_RESPONSE);
	return { workflowData, noWebhookResponse: true };
}
