/**
 * What the credential's "Test" button says when the test call fails. On its own, n8n shows only the
 * HTTP reason ("Forbidden", "Unauthorized"), which names no field. A credential test's rules replace
 * it: a rule per status says which value to check; for an API whose error body carries a code, rules
 * on the body tell apart which of its tokens was refused.
 */
import type { IAuthenticateRuleResponseCode, IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

/** One message per HTTP status of a failed test call (the test call must throw on an error status). */
export function statusRules(messages: Record<number, string>): IAuthenticateRuleResponseCode[] {
	return Object.entries(messages).map(([status, message]) => ({ type: 'responseCode', properties: { value: Number(status), message } }));
}

/**
 * Rules for a test call sent with `ignoreHttpStatusErrors`, read in order: one message per value of
 * `codeKey` in the answer, then `otherwise` for any answer without `successKey` (every failure the
 * codes do not name, error pages of a proxy included), so no failed call passes the test.
 */
export function bodyRules(
	codeKey: string,
	messages: Record<string, string>,
	otherwise: { successKey: string; message: string },
): IAuthenticateRuleResponseSuccessBody[] {
	return [
		...Object.entries(messages).map(([code, message]): IAuthenticateRuleResponseSuccessBody => ({ type: 'responseSuccessBody', properties: { key: codeKey, value: code, message } })),
		{ type: 'responseSuccessBody', properties: { key: otherwise.successKey, value: undefined, message: otherwise.message } },
	];
}
