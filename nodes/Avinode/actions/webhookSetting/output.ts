import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { redactDeep } from '../../../shared/secrets';

/** A key holding the password Avinode sends to a webhook, however the API spells it. */
const CLIENT_SECRET_KEY = /^client[_-]?secret$/i;

/** Nesting deeper than this is left as it is (no webhook setting nests this far). */
const MAX_DEPTH = 20;

/** `value` without client-secret keys at any depth; each object that had one says `clientSecretSet`. Removed values go into `found`. */
function withoutClientSecrets(value: unknown, found: string[], depth: number): unknown {
	if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((entry) => withoutClientSecrets(entry, found, depth + 1));
	const result: IDataObject = {};
	let secretSet: boolean | undefined;
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		if (CLIENT_SECRET_KEY.test(key)) {
			const given = entry !== undefined && entry !== null && entry !== '';
			if (typeof entry === 'string' && given) found.push(entry);
			secretSet = (secretSet ?? false) || given;
		} else {
			result[key] = withoutClientSecrets(entry, found, depth + 1) as IDataObject[keyof IDataObject];
		}
	}
	if (secretSet !== undefined) result.clientSecretSet = secretSet;
	return result;
}

/**
 * Webhook settings as output: every client secret the API returns (any spelling, at any depth) is
 * replaced by `clientSecretSet`, and its value is scrubbed from the rest (e.g. `_meta` warnings), so
 * nobody who runs or reads an execution learns the password Avinode sends to the webhook (for the
 * Avinode Trigger, the one it generated).
 */
export function hideClientSecretsIn<T>(value: T): T {
	const found: string[] = [];
	const hidden = withoutClientSecrets(value, found, 0);
	return (found.length > 0 ? redactDeep(hidden, found) : hidden) as T;
}

/** The same for the records of one answer: a secret found in one is scrubbed from all (they share `_meta`). */
export function hideClientSecrets(records: IDataObject[]): IDataObject[] {
	return hideClientSecretsIn(records);
}

/** Whether a Custom API Call path reads or writes webhook settings (`/webhooks/settings…`, any case or escaping). */
export function isWebhookSettingsPath(path: string): boolean {
	let decoded = path.split(/[?#]/, 1)[0];
	try {
		decoded = decodeURIComponent(decoded);
	} catch {
		// Not valid percent-encoding: compared as written.
	}
	const normalized = decoded.toLowerCase().replace(/\\/g, '/').replace(/\/{2,}/g, '/').replace(/\/+$/, '');
	return normalized === '/webhooks/settings' || normalized.startsWith('/webhooks/settings/');
}

/** The password typed into a Create or Update operation, scrubbed from its errors. */
export function typedClientSecret(context: IExecuteFunctions, itemIndex: number, collection: string): string[] {
	const fields = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	return typeof fields.clientSecret === 'string' && fields.clientSecret ? [fields.clientSecret] : [];
}
