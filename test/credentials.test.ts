/**
 * Credentials: token fetch, header signing, and the request behind n8n's "Test" button. n8n evaluates
 * the test request's expressions itself; here a tiny evaluator stands in, and the e2e suite runs the
 * real one in n8n.
 */
import type { ICredentialDataDecryptedObject, ICredentialTestRequest, IHttpRequestOptions } from 'n8n-workflow';

import { AvinodeApi } from '../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../credentials/AvionteApi.credentials';
import { SchedaeroApi } from '../credentials/SchedaeroApi.credentials';
import { evaluateCredentialExpression } from './harness/credentialExpressions';
import { httpRequest } from './harness/http';
import { avinodeCredentials, avionteCredentials, sandboxConfig, schedaeroCredentials } from './harness/sandbox';
import { sandboxForEachTest } from './harness/suiteSandbox';
import { failureOf } from './harness/failures';

const { sandbox } = sandboxForEachTest({ credentials: () => ({}) });

const evaluate = evaluateCredentialExpression;

type HttpError = Error & { response: { status: number; data: unknown } };

/** What n8n's credential test does: preAuthentication (forced), authenticate, send the test request. */
async function runCredentialTest(type: AvionteApi | AvinodeApi, credentials: ICredentialDataDecryptedObject) {
	const test = type.test as ICredentialTestRequest;
	const data = { ...credentials, accessToken: credentials.accessToken ?? '' };
	Object.assign(data, await type.preAuthentication.call({ helpers: { httpRequest } } as never, data));
	const request: IHttpRequestOptions = {
		method: test.request.method ?? 'GET',
		url: `${evaluate(test.request.baseURL, data)}${evaluate(test.request.url, data)}`,
	};
	return await httpRequest(await type.authenticate(data, request));
}

describe('avionteApi', () => {
	const type = new AvionteApi();

	it('test request fetches a token with the key header and reads /branch', async () => {
		const branches = await runCredentialTest(type, avionteCredentials(sandbox()));
		expect(Array.isArray(branches)).toBe(true);
		const token = sandbox().ledger.find((e) => e.path === '/avionte/authorize/token')!;
		expect(token.headers['x-api-key']).toBe(sandboxConfig.avionte.apiKey);
		expect(token.headers['content-type']).toContain('application/x-www-form-urlencoded');
		expect(token.body).toEqual({ grant_type: 'client_credentials', client_id: sandboxConfig.avionte.clientId, client_secret: sandboxConfig.avionte.clientSecret, scope: sandboxConfig.avionte.scope });
		expect(sandbox().ledger.at(-1)!.path).toBe('/avionte/front-office/v1/branch');
	});

	it.each([
		[{ clientSecret: 'wrong-secret-x' }, /Avionté refused the token request \(HTTP 400: invalid_client\)/],
		[{ apiKey: 'wrong-key-xyz' }, /Avionté refused the token request \(HTTP 401: Access denied/],
		[{ scope: 'other.scope' }, /HTTP 400: invalid_scope/],
		[{ customBaseUrl: 'http://127.0.0.1:9' }, /Could not reach the Avionté token endpoint/],
	])('bad secrets fail clearly without echoing them: %j', async (override, message) => {
		const error = await failureOf<HttpError>(runCredentialTest(type, avionteCredentials(sandbox(), override)));
		expect(error.message).toMatch(message);
		for (const value of Object.values(override)) if (!String(value).startsWith('http')) expect(error.message).not.toContain(value);
	});

	it('uses the partner gateway header when that gateway is chosen', async () => {
		const signed = await type.authenticate({ gateway: 'https://partner-api.avionte.com', apiKey: 'k', accessToken: 't', tenant: 'x' }, { url: 'https://partner-api.avionte.com/front-office/v1/branch' });
		expect(signed.headers).toMatchObject({ 'Ocp-Apim-Subscription-Key': 'k', Authorization: 'Bearer t', Tenant: 'x' });
		expect(String((signed.headers as Record<string, string>).RequestId)).toMatch(/^[0-9a-f-]{36}$/);
		expect(evaluate(type.test.request.baseURL, { gateway: 'custom', customBaseUrl: 'http://h/avionte/' })).toBe('http://h/avionte');
		expect(evaluate(type.test.request.baseURL, { gateway: 'https://api.avionte.com' })).toBe('https://api.avionte.com');
	});
});

describe('avinodeApi', () => {
	const type = new AvinodeApi();

	it('test request works for Avinode (airports) and Schedaero (webhook settings on the Avinode host)', async () => {
		const avinode = (await runCredentialTest(type, avinodeCredentials(sandbox()))) as { data: unknown[] };
		expect(avinode.data.length).toBeGreaterThan(0);
		expect(sandbox().ledger.at(-1)!.path).toBe('/avinode/api/airports/search');
		await runCredentialTest(type, avinodeCredentials(sandbox(), { platform: 'schedaero' }));
		expect(sandbox().ledger.at(-1)!.path).toBe('/avinode/api/webhooks/settings');
	});

	it('a wrong connection token fails with the API message', async () => {
		const error = await failureOf<HttpError>(runCredentialTest(type, avinodeCredentials(sandbox(), { connectionToken: 'nope-token' })));
		expect(error.response.status).toBe(401);
		expect(JSON.stringify(error.response.data)).toContain('INVALID_AUTHORIZATION');
	});

	it('OAuth mode fetches a token with client_secret_post and a wrong secret explains itself', async () => {
		const good = avinodeCredentials(sandbox(), { authentication: 'oauthClientCredentials', clientId: sandboxConfig.avinode.clientId, clientSecret: sandboxConfig.avinode.clientSecret });
		await runCredentialTest(type, good);
		const tokenCall = sandbox().ledger.find((e) => e.path === '/avinode/api/oauth/token');
		expect(tokenCall?.body).toMatchObject({ grant_type: 'client_credentials', client_id: sandboxConfig.avinode.clientId });
		const error = await failureOf<HttpError>(runCredentialTest(type, { ...good, clientSecret: 'bad-secret-123' }));
		expect(error.message).toBe('Avinode refused the token request (HTTP 401: invalid_client). Check the Client ID, Client Secret, Client Authentication and Application API Token of the credential.');
	});

	it('OAuth client authentication: client_secret_basic sends only a Basic header; the default method is refused by a basic-only client', async () => {
		sandbox().configure({ avinodeOAuthClientAuth: 'client_secret_basic' });
		const good = avinodeCredentials(sandbox(), { authentication: 'oauthClientCredentials', clientId: sandboxConfig.avinode.clientId, clientSecret: sandboxConfig.avinode.clientSecret, clientAuthentication: 'client_secret_basic' });
		await runCredentialTest(type, good);
		const tokenCall = sandbox().ledger.find((e) => e.path === '/avinode/api/oauth/token')!;
		expect(tokenCall.body).toEqual({ grant_type: 'client_credentials' });
		expect(Buffer.from(String(tokenCall.headers.authorization).replace(/^Basic /, ''), 'base64').toString()).toBe(`${sandboxConfig.avinode.clientId}:${sandboxConfig.avinode.clientSecret}`);
		expect(sandbox().ledger.at(-1)!.status).toBe(200);

		// A credential saved before the option existed keeps client_secret_post. (Another application
		// token gives a fresh cache key, so the process-wide token cache cannot answer for the endpoint.)
		const saved = { ...good, apiToken: 'another-application-token' } as Record<string, unknown>;
		delete saved.clientAuthentication;
		const error = await failureOf<HttpError>(runCredentialTest(type, saved as never));
		expect(error.message).toBe('Avinode refused the token request (HTTP 401: invalid_client: This client authenticates with client_secret_basic). Check the Client ID, Client Secret, Client Authentication and Application API Token of the credential.');
		expect(error.message).not.toContain(sandboxConfig.avinode.clientSecret);
		const refused = sandbox().ledger.filter((e) => e.path === '/avinode/api/oauth/token').at(-1)!;
		expect(refused.body).toMatchObject({ client_id: sandboxConfig.avinode.clientId });
		expect(refused.headers.authorization).toBeUndefined();
	});

	it("lets a request's own Accept win over the JSON default, whatever its case", async () => {
		const credentials = avinodeCredentials(sandbox());
		const url = `${sandbox().avinodeBaseUrl}/quotes/q-1`;
		expect((await type.authenticate(credentials, { url, headers: {} })).headers).toMatchObject({ Accept: 'application/json' });
		const pdf = (await type.authenticate(credentials, { url, headers: { accept: 'application/pdf' } })).headers as Record<string, string>;
		expect(Object.entries(pdf).filter(([name]) => name.toLowerCase() === 'accept')).toEqual([['accept', 'application/pdf']]);
	});

	it('connection-token mode needs no token call and omits an empty Act-As header', async () => {
		const result = await type.preAuthentication.call({ helpers: { httpRequest } } as never, avinodeCredentials(sandbox()));
		expect(result).toEqual({ accessToken: 'connection-token-mode' });
		const signed = await type.authenticate({ ...avinodeCredentials(sandbox()), actAsAccount: '  ' }, { url: `${sandbox().avinodeBaseUrl}/airports/search`, headers: {} });
		expect(signed.headers).not.toHaveProperty('X-Avinode-ActAsAccount');
	});
});

describe('schedaeroApi', () => {
	const type = new SchedaeroApi();
	const avinode = new AvinodeApi();

	it('is its own credential type with the Avinode fields, Platform fixed to Schedaero', () => {
		expect(type.name).toBe('schedaeroApi');
		expect(type.displayName).toBe('Schedaero API');
		const visible = (properties: typeof type.properties) => properties.filter((p) => p.type !== 'hidden').map((p) => p.name);
		expect(visible(type.properties)).toEqual(visible(avinode.properties).filter((name) => name !== 'platform'));
		expect(type.properties.find((p) => p.name === 'platform')).toMatchObject({ type: 'hidden', default: 'schedaero' });
		expect(type.properties.find((p) => p.name === 'customBaseUrl')?.displayName).toBe('Schedaero API Base URL');
		// The Avinode credential itself is unchanged.
		expect(avinode.properties.find((p) => p.name === 'platform')?.type).toBe('options');
	});

	it('tests with webhook settings on the Avinode host and the Schedaero connection token', async () => {
		await runCredentialTest(type, schedaeroCredentials(sandbox()));
		const call = sandbox().ledger.at(-1)!;
		expect(call.path).toBe('/avinode/api/webhooks/settings');
		expect(call.status).toBe(200);
		expect(call.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
		const error = await failureOf<HttpError>(runCredentialTest(type, { ...schedaeroCredentials(sandbox()), connectionToken: 'nope-token' }));
		expect(error.response.status).toBe(401);
	});

	it('signs only for its own hosts, like the Avinode credential', async () => {
		const values = schedaeroCredentials(sandbox());
		const signed = await type.authenticate(values, { url: `${sandbox().schedaeroBaseUrl}/contacts/people`, headers: {} });
		expect(signed.headers).toMatchObject({ Authorization: `Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`, 'X-Avinode-ApiToken': sandboxConfig.avinode.apiToken });
		await expect(type.authenticate(values, { url: 'http://127.0.0.2:9/collect', headers: {} })).rejects.toThrow(/only sends its secrets to/);
	});

	it('one OAuth client has one token, whichever of the two credential types holds it', async () => {
		const oauth = { authentication: 'oauthClientCredentials', connectionToken: '', clientId: sandboxConfig.avinode.clientId, clientSecret: sandboxConfig.avinode.clientSecret, apiToken: 'app-token-shared-between-types' };
		const fromSchedaero = await type.preAuthentication.call({ helpers: { httpRequest } } as never, { ...schedaeroCredentials(sandbox()), ...oauth, accessToken: '' });
		const fromAvinode = await avinode.preAuthentication.call({ helpers: { httpRequest } } as never, { ...avinodeCredentials(sandbox(), { platform: 'schedaero' }), ...oauth, accessToken: '' });
		expect(fromAvinode.accessToken).toBe(fromSchedaero.accessToken);
		expect(sandbox().ledger.filter((e) => e.path === '/avinode/api/oauth/token')).toHaveLength(1);
	});
});
