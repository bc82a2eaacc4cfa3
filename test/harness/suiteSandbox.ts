/**
 * One sandbox for the tests of a describe block: started before them, reset before each test (the
 * request budgets the client learnt go with it), closed after them; `store()` holds the credentials
 * given for that test's sandbox.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore } from './context';
import type { Sandbox } from './sandbox';
import { startSandbox } from './sandbox';

export function sandboxForEachTest(options: {
	talentCount: number;
	credentials: (sandbox: Sandbox) => Record<string, ICredentialDataDecryptedObject>;
}): { sandbox: () => Sandbox; store: () => CredentialStore } {
	let sandbox: Sandbox | undefined;
	let store: CredentialStore | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox({ talentCount: options.talentCount });
	});
	afterAll(async () => sandbox?.close());
	beforeEach(() => {
		if (!sandbox) throw new Error('the sandbox did not start');
		forgetBudgets();
		sandbox.reset({ talentCount: options.talentCount });
		store = new CredentialStore();
		for (const [type, values] of Object.entries(options.credentials(sandbox))) store.set(type, values);
	});
	return {
		sandbox: () => {
			if (!sandbox) throw new Error('the sandbox did not start');
			return sandbox;
		},
		store: () => {
			if (!store) throw new Error('no credential store before the first test');
			return store;
		},
	};
}
