/** A Schedaero API credential (the version 2 type) pointing at the sandbox. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Sandbox } from '../harness/sandbox';
import { avinodeCredentials } from '../harness/sandbox';

export function schedaeroCredentials(sandbox: Sandbox, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	// The same values as an Avinode credential with Platform Schedaero, without the Platform field.
	const values = avinodeCredentials(sandbox, { platform: 'schedaero', ...overrides });
	delete values.platform;
	return values;
}
