/**
 * One sandbox for the tests of a file or describe block: started before them, reset before each test
 * (with what the client learnt about it: request budgets, the paging of both APIs), closed after them;
 * `store()` holds the credentials given for that test's sandbox.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { forgetAvinodePaging } from '../../nodes/Avinode/helpers/paging';
import { forgetAviontePaging } from '../../nodes/Avionte/helpers/paging';
import { forgetBudgets } from '../../nodes/shared/throttle';
import type { CredentialStore } from './context';
import { credentialStore } from './context';
import type { Sandbox } from './sandbox';
import { startSandbox } from './sandbox';

export function sandboxForEachTest(options: {
	/** Talents after each reset (the sandbox's own default when not given). */
	talentCount?: number;
	/** Further options of the sandbox when it starts (e.g. `avionteData`, `avinodeData`). */
	start?: Record<string, unknown>;
	credentials: (sandbox: Sandbox) => Record<string, ICredentialDataDecryptedObject>;
}): { sandbox: () => Sandbox; store: () => CredentialStore } {
	let sandbox: Sandbox | undefined;
	let store: CredentialStore | undefined;
	const counted = options.talentCount === undefined ? {} : { talentCount: options.talentCount };
	beforeAll(async () => {
		sandbox = await startSandbox({ ...options.start, ...counted });
	});
	afterAll(async () => sandbox?.close());
	beforeEach(() => {
		if (!sandbox) throw new Error('the sandbox did not start');
		forgetBudgets();
		forgetAviontePaging();
		forgetAvinodePaging();
		sandbox.reset(counted);
		store = credentialStore(options.credentials(sandbox));
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
