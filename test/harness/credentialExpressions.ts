/** n8n evaluates a credential test request's `={{ … }}` expressions itself; tests use this stand-in. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export function evaluateCredentialExpression(value: string | undefined, credentials: ICredentialDataDecryptedObject): string {
	if (!value || !value.startsWith('={{')) return value ?? '';
	return String(new Function('$credentials', `return (${value.slice(3, -2)});`)(credentials));
}
