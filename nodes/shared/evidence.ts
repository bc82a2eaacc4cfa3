/**
 * Calls the public documentation does not show are marked in the node itself, so a user knows what
 * to check first when one fails (the README's API coverage table has the evidence for every call).
 */
import type { INodeProperties } from 'n8n-workflow';

/** A notice at the top of an operation whose call is inferred; `advice` says what to check or use instead. */
export function inferredCallNotice(api: string, call: string, advice: string): INodeProperties {
	return {
		displayName: `Inferred call: ${call} is not in ${api}'s public documentation, so check it against your sandbox first. ${advice}`,
		name: 'inferredCallNotice',
		type: 'notice',
		default: '',
	};
}
