/**
 * What the credential's "Test" button says when the test call fails. On its own, n8n shows only the
 * HTTP reason ("Forbidden", "Unauthorized"; on n8n 1.x "Forbidden - perhaps check your credentials?"),
 * which names no field. A test call sent with `ignoreHttpStatusErrors` hands the answer to the test's
 * rules on both n8n lines, and rules on its body tell which value was refused.
 */
import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

/** An answer that names its cause: `key` of the body holds `value` (a number stays a number). */
export interface KnownRefusal {
	key: string;
	value: string | number;
	message: string;
}

/**
 * Rules read in order: the known refusals, then `otherwise` for any answer without `successKey`
 * (every failure they do not name, error pages of a proxy included), so no failed call passes the test.
 */
export function bodyRules(refusals: KnownRefusal[], otherwise: { successKey: string; message: string }): IAuthenticateRuleResponseSuccessBody[] {
	return [
		...refusals.map(({ key, value, message }): IAuthenticateRuleResponseSuccessBody => ({ type: 'responseSuccessBody', properties: { key, value, message } })),
		{ type: 'responseSuccessBody', properties: { key: otherwise.successKey, value: undefined, message: otherwise.message } },
	];
}
