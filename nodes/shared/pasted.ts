/**
 * Secrets as people paste them. Copied from an email, a PDF or Postman, a token often arrives with
 * spaces or a line break around it, or with the word "Bearer" in front. The credential keeps what was
 * typed; the places that send a secret read it through these.
 */

/** The value without the white space around it. */
export function pastedSecret(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** A bearer token without white space and without a leading "Bearer " (any letter case). */
export function pastedBearerToken(value: unknown): string {
	return pastedSecret(value).replace(/^bearer\s+/i, '').trim();
}
