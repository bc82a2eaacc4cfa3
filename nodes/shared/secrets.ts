/**
 * Which values of a credential are secret, and how to scrub them from text an API sent back.
 *
 * An API, its gateway or a proxy may echo request headers or the token in an error body, raw or
 * encoded. Every error the pack builds passes through `redactSecrets` with the secrets of the
 * credential in use, read when the error happens (so a token refreshed mid-run is included).
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { pastedBearerToken } from './pasted';

/**
 * Credential fields that hold secrets, across both credential types. A unit test checks that every
 * password field of every credential type is listed here.
 */
export const SECRET_FIELDS = ['apiKey', 'clientSecret', 'accessToken', 'webhookSecret', 'apiToken', 'connectionToken'] as const;

/** Shorter values are not scrubbed: they would mangle ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Placeholders that sit in secret fields but are not secrets. */
const NOT_SECRET = new Set(['connection-token-mode']);

export function credentialSecrets(data: ICredentialDataDecryptedObject | undefined): string[] {
	if (!data) return [];
	// A pasted secret is sent without the white space and "Bearer " around it: that form is secret too.
	const values = SECRET_FIELDS.map((name) => data[name]).flatMap((value) => (typeof value === 'string' ? [value, pastedBearerToken(value)] : []));
	return [...new Set(values)].filter((value) => value.length >= MIN_SECRET_LENGTH && !NOT_SECRET.has(value));
}

/** The value a Basic `Authorization` header carries, as a secret of its own (its base64 form is covered by the variants). */
export function basicAuthSecret(user: string, password: string): string {
	return `${user}:${password}`;
}

function lowerPercentHex(text: string): string {
	return text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** The forms a secret takes when echoed: as sent, URL- or form-encoded, JSON-escaped, base64. */
export function secretVariants(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	const base64 = Buffer.from(secret, 'utf8').toString('base64');
	const variants = [
		secret,
		encoded,
		lowerPercentHex(encoded),
		new URLSearchParams({ s: secret }).toString().slice(2),
		JSON.stringify(secret).slice(1, -1),
		base64,
		base64.replace(/=+$/, ''),
		base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
	];
	return [...new Set(variants)].filter((variant) => variant.length >= MIN_SECRET_LENGTH);
}

/** Replaces every form of each secret with a marker, longest first, then bearer-shaped tokens. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
	const variants = [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH).flatMap(secretVariants))].sort(
		(a, b) => b.length - a.length,
	);
	let result = text;
	for (const variant of variants) result = result.split(variant).join('[redacted]');
	// Bearer tokens we did not know about (e.g. freshly issued ones) are masked by shape.
	return result.replace(/(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi, '$1[redacted]');
}

/** The same for every string inside a parsed body, before anything is picked out of it or cut short. */
export function redactDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
	if (typeof value === 'string') return redactSecrets(value, secrets);
	if (depth > 20 || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((entry) => redactDeep(entry, secrets, depth + 1));
	const result: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) result[redactSecrets(key, secrets)] = redactDeep(entry, secrets, depth + 1);
	return result;
}
