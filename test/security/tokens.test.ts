/**
 * Tokens: a request the credential refuses to sign costs no token request and no credential write,
 * and a token is reused while it is valid, however short its life.
 *
 * n8n-core's `requestWithAuthentication` (the HTTP Request node's path) treats any error, also the one
 * `authenticate` throws, as a possibly expired token: it runs `preAuthentication` again and n8n's
 * credentials helper stores what it returns. The helper below does what n8n's does (2.40 and 1.123):
 * refresh when the token field is empty or a refresh is forced, store the result unless it lacks the
 * token field.
 */
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject } from 'n8n-workflow';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { reuseWindowMs, TokenCoalescer } from '../../nodes/shared/tokenCoalescer';
import { httpRequest } from '../harness/http';
import type { Sandbox } from '../harness/sandbox';
import { avionteCredentials, startSandbox } from '../harness/sandbox';
import type { Fake } from './fake';
import { startFake } from './fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requestWithAuthentication } = require('n8n-core/dist/execution-engine/node-execution-context/utils/request-helpers/authentication.js') as {
	requestWithAuthentication: (this: unknown, type: string, options: IDataObject, workflow: unknown, node: unknown, additionalData: unknown) => Promise<unknown>;
};

let fake: Fake;
let issued = 0;
beforeAll(async () => {
	fake = await startFake((req) => (req.url.endsWith('/authorize/token') || req.url.endsWith('/oauth/token') ? { status: 200, body: { access_token: `tok-${++issued}-abcdefgh`, expires_in: 3600 } } : { status: 200, body: {} }));
});
afterAll(async () => fake.close());

/** Sends `count` requests to another host through n8n-core's requestWithAuthentication; returns token calls and credential writes. */
async function refusedRequests(type: ICredentialType & Pick<AvionteApi, 'preAuthentication' | 'authenticate'>, stored: ICredentialDataDecryptedObject, count: number) {
	let writes = 0;
	const credentialsHelper = {
		getParentTypes: () => [],
		async preAuthentication(helpers: unknown, credentials: ICredentialDataDecryptedObject, _type: string, _node: unknown, expired: boolean) {
			if (credentials.accessToken !== '' && !expired) return undefined;
			const output = (await type.preAuthentication.call(helpers as never, credentials)) as IDataObject;
			if (output.accessToken === undefined) return undefined;
			writes++;
			Object.assign(stored, output);
			return Object.assign(credentials, output);
		},
		authenticate: async (credentials: ICredentialDataDecryptedObject, _type: string, options: IDataObject) => await type.authenticate(credentials, options as never),
	};
	const node = { id: 'n', name: 'HTTP Request', type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, position: [0, 0], parameters: {} };
	const context = { getCredentials: async () => ({ ...stored }), helpers: { httpRequest }, logger: { warn() {} }, getNode: () => node };
	const tokenCallsBefore = fake.seen.filter((req) => req.url.endsWith('/token')).length;
	const messages = new Set<string>();
	for (let item = 0; item < count; item++) {
		try {
			await requestWithAuthentication.call(context, type.name, { method: 'GET', uri: 'http://127.0.0.2:9/collect', headers: {} }, {}, node, { credentialsHelper });
		} catch (error) {
			messages.add((error as Error).message);
		}
	}
	return { tokenCalls: fake.seen.filter((req) => req.url.endsWith('/token')).length - tokenCallsBefore, writes, messages: [...messages] };
}

describe('a request the credential refuses to sign', () => {
	it('costs no token request and no credential write (Avionté, HTTP Request node path)', async () => {
		const stored: ICredentialDataDecryptedObject = { gateway: 'custom', customBaseUrl: `${fake.url}/av`, customKeyHeader: 'X-api-key', apiKey: 'K-1234', clientId: 'c-refusal', clientSecret: 'cs-1234', tenant: 't', scope: 's', accessToken: 'tok-stored-abcdefgh' };
		const outcome = await refusedRequests(new AvionteApi(), stored, 10);
		expect(outcome.messages).toEqual([expect.stringContaining('refused a request to http://127.0.0.2:9')]);
		expect(outcome).toMatchObject({ tokenCalls: 0, writes: 0 });
		expect(stored.accessToken).toBe('tok-stored-abcdefgh');
	});

	it('costs no token request and no credential write (Avinode OAuth and connection token)', async () => {
		const oauth: ICredentialDataDecryptedObject = { platform: 'avinode', environment: 'custom', customBaseUrl: `${fake.url}/avn/api`, apiToken: 'APP-1234', authentication: 'oauthClientCredentials', clientId: 'an-refusal', clientSecret: 'an-secret-1234', accessToken: 'tok-oauth-abcdefgh' };
		expect(await refusedRequests(new AvinodeApi(), oauth, 5)).toMatchObject({ tokenCalls: 0, writes: 0 });
		const connection: ICredentialDataDecryptedObject = { ...oauth, authentication: 'connectionToken', connectionToken: 'CONN-1234', accessToken: 'connection-token-mode' };
		expect(await refusedRequests(new AvinodeApi(), connection, 5)).toMatchObject({ tokenCalls: 0, writes: 0 });
	});

	it('a token field that is empty is still filled once, as before', async () => {
		const stored: ICredentialDataDecryptedObject = { gateway: 'custom', customBaseUrl: `${fake.url}/av`, customKeyHeader: 'X-api-key', apiKey: 'K-1234', clientId: 'c-empty', clientSecret: 'cs-1234', tenant: 't', scope: 's', accessToken: '' };
		expect(await refusedRequests(new AvionteApi(), stored, 3)).toMatchObject({ tokenCalls: 1, writes: 1 });
	});
});

describe('token reuse', () => {
	it('keeps a margin before expiry of a tenth of the lifetime, at most a minute', () => {
		expect(reuseWindowMs(3600)).toBe(3_540_000);
		expect(reuseWindowMs(300)).toBe(270_000);
		expect(reuseWindowMs(2)).toBe(1_800);
		expect(reuseWindowMs(0)).toBe(0);
	});

	it('reuses a 2-second token while it is valid, then fetches a new one', async () => {
		let clock = 0;
		let fetches = 0;
		const coalescer = new TokenCoalescer(() => clock);
		const fetch = async () => ({ accessToken: `short-${++fetches}`, expiresInSeconds: 2 });
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('short-1');
		clock = 1_500;
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('short-1');
		clock = 1_850;
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('short-2');
		expect(fetches).toBe(2);
	});

	describe('against the sandbox issuing 2-second tokens', () => {
		let sandbox: Sandbox;
		beforeAll(async () => {
			sandbox = await startSandbox({ tokenLifetimeSeconds: 2 });
		});
		afterAll(async () => sandbox.close());

		it('two requests for a token in a row cost one token call', async () => {
			const credentials = { ...avionteCredentials(sandbox), clientId: sandbox.config.avionte.clientId, accessToken: '' };
			const helpers = { helpers: { httpRequest } };
			const first = (await new AvionteApi().preAuthentication.call(helpers as never, { ...credentials })) as IDataObject;
			const second = (await new AvionteApi().preAuthentication.call(helpers as never, { ...credentials })) as IDataObject;
			expect(second.accessToken).toBe(first.accessToken);
			expect(sandbox.stats().tokenFetches).toBe(1);
		});
	});
});
