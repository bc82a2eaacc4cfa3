/**
 * The credentials' `authenticate` adds secrets only to requests for the credential's own API origins,
 * whoever calls it: our nodes (`url`), n8n's credential test (`baseURL` + relative `url`) and the HTTP
 * Request node (legacy `uri`). The e2e suite runs the HTTP Request node.
 */
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { requestTarget } from '../../nodes/shared/hostPin';
import { refusal } from './refusal';

const avionte = new AvionteApi();
const avinode = new AvinodeApi();

const AVIONTE_SECRETS = { apiKey: 'AV-KEY-123456', accessToken: 'tok-abc-123456', clientSecret: 'cs-123456' };
const avionteCurrent: ICredentialDataDecryptedObject = { gateway: 'https://api.avionte.com', tenant: 'tenantA', ...AVIONTE_SECRETS };
const avionteCustom: ICredentialDataDecryptedObject = { ...avionteCurrent, gateway: 'custom', customBaseUrl: 'http://127.0.0.1:4010/avionte/', customKeyHeader: 'X-api-key' };
const AVINODE_SECRETS = { apiToken: 'APP-123456', connectionToken: 'CONN-123456' };
const avinodeSandbox: ICredentialDataDecryptedObject = { platform: 'avinode', environment: 'sandbox', authentication: 'connectionToken', ...AVINODE_SECRETS };
const avinodeCustom: ICredentialDataDecryptedObject = {
	...avinodeSandbox,
	platform: 'schedaero',
	environment: 'custom',
	customBaseUrl: 'http://127.0.0.1:4010/schedaero/api',
	customAvinodeBaseUrl: 'http://127.0.0.1:4011/avinode/api',
};

describe('Avionté credential', () => {
	it.each([
		['the gateway, absolute url', { url: 'https://api.avionte.com/front-office/v1/branch' }],
		['baseURL + relative url (credential test)', { baseURL: 'https://api.avionte.com', url: '/front-office/v1/branch' }],
		['legacy uri (HTTP Request node)', { uri: 'https://api.avionte.com/front-office/v1/talent/1' }],
		['upper-case host and default port', { url: 'https://API.AVIONTE.COM:443/front-office/v1/branch' }],
	])('signs a request to its own gateway: %s', async (_name, options) => {
		const signed = await avionte.authenticate(avionteCurrent, { method: 'GET', ...options } as IHttpRequestOptions);
		expect(signed.headers).toMatchObject({ Authorization: 'Bearer tok-abc-123456', 'X-api-key': 'AV-KEY-123456', Tenant: 'tenantA' });
	});

	it.each([
		['another host', { url: 'https://evil.test/collect' }, 'https://evil.test'],
		['the partner gateway (not this credential)', { url: 'https://partner-api.avionte.com/front-office/v1/branch' }, 'https://partner-api.avionte.com'],
		['http instead of https', { url: 'http://api.avionte.com/front-office/v1/branch' }, 'http://api.avionte.com'],
		['a look-alike host', { url: 'https://api.avionte.com.evil.test/x' }, 'https://api.avionte.com.evil.test'],
		['user-info trick', { url: 'https://api.avionte.com@evil.test/x' }, 'https://evil.test'],
		['protocol-relative url that ignores baseURL', { baseURL: 'https://api.avionte.com', url: '//evil.test/x' }, 'https://evil.test'],
		['absolute url that ignores baseURL', { baseURL: 'https://api.avionte.com', url: 'https://evil.test/x' }, 'https://evil.test'],
		['legacy uri to another host', { uri: 'https://evil.test/x' }, 'https://evil.test'],
		['baseURL of another host', { baseURL: 'https://evil.test', url: '/front-office/v1/branch' }, 'https://evil.test'],
	])('refuses %s, naming the host and the credential, and adds nothing', async (_name, options, host) => {
		const requestOptions = { method: 'GET', headers: {}, ...options } as IHttpRequestOptions;
		const message = await refusal(avionte.authenticate(avionteCurrent, requestOptions));
		expect(message).toContain(`refused a request to ${host}`);
		expect(message).toContain('Avionté BOLD API credential');
		expect(message).toContain('https://api.avionte.com');
		expect(requestOptions.headers).toEqual({});
		for (const secret of Object.values(AVIONTE_SECRETS)) expect(message).not.toContain(secret);
	});

	it('with a custom base URL, pins scheme, host and port', async () => {
		await expect(avionte.authenticate(avionteCustom, { url: 'http://127.0.0.1:4010/avionte/front-office/v1/branch' })).resolves.toBeDefined();
		expect(await refusal(avionte.authenticate(avionteCustom, { url: 'http://127.0.0.1:4011/avionte/front-office/v1/branch' }))).toContain('http://127.0.0.1:4011');
		expect(await refusal(avionte.authenticate(avionteCustom, { url: 'http://localhost:4010/avionte/front-office/v1/branch' }))).toContain('http://localhost:4010');
		expect(await refusal(avionte.authenticate(avionteCustom, { url: 'http://127.0.0.2:4010/avionte/front-office/v1/branch' }))).toContain('http://127.0.0.2:4010');
	});

	it('refuses everything when the custom base URL is empty, and a URL it cannot read', async () => {
		expect(await refusal(avionte.authenticate({ ...avionteCustom, customBaseUrl: '' }, { url: 'http://127.0.0.1:4010/x' }))).toMatch(/has no valid API base URL/);
		expect(await refusal(avionte.authenticate(avionteCurrent, { url: '/front-office/v1/branch' }))).toMatch(/could not be read/);
	});
});

describe('Avinode / Schedaero credential', () => {
	it.each([
		['Avinode sandbox', 'https://sandbox.avinode.com/api/trips/t1'],
		['Schedaero sandbox (same environment)', 'https://sandbox-schedaero.avinode.com/api/contacts/people'],
	])('signs a request to %s', async (_name, url) => {
		const signed = await avinode.authenticate(avinodeSandbox, { url });
		expect(signed.headers).toMatchObject({ 'X-Avinode-ApiToken': 'APP-123456', Authorization: 'Bearer CONN-123456' });
	});

	it.each([
		['production from a sandbox credential', 'https://services.avinode.com/api/trips/t1'],
		['Schedaero production from a sandbox credential', 'https://schedaero.avinode.com/api/quotes/q1'],
		['another host', 'https://evil.test/collect'],
	])('refuses %s', async (_name, url) => {
		const message = await refusal(avinode.authenticate(avinodeSandbox, { url, headers: {} }));
		expect(message).toContain('Avinode / Schedaero API credential');
		expect(message).toContain(new URL(url).origin);
		expect(message).toContain('https://sandbox.avinode.com, https://sandbox-schedaero.avinode.com');
	});

	it('with custom base URLs, signs both of them and nothing else', async () => {
		await expect(avinode.authenticate(avinodeCustom, { url: 'http://127.0.0.1:4010/schedaero/api/contacts/people' })).resolves.toBeDefined();
		await expect(avinode.authenticate(avinodeCustom, { baseURL: 'http://127.0.0.1:4011/avinode/api', url: '/webhooks/settings' })).resolves.toBeDefined();
		expect(await refusal(avinode.authenticate(avinodeCustom, { url: 'http://127.0.0.1:4012/x' }))).toContain('refused a request to http://127.0.0.1:4012');
	});
});

describe('requestTarget', () => {
	it.each([
		[{ url: 'https://h.test/a' }, 'https://h.test/a'],
		[{ baseURL: 'https://h.test/api/', url: '/x' }, 'https://h.test/api/x'],
		[{ baseURL: 'https://h.test/api', url: 'x?y=1' }, 'https://h.test/api/x?y=1'],
		[{ baseURL: 'https://h.test/api', url: '@evil.test/x' }, 'https://h.test/api/@evil.test/x'],
		[{ baseURL: 'https://h.test', url: '//evil.test/x' }, 'https://evil.test/x'],
		[{ uri: 'https://h.test/legacy' }, 'https://h.test/legacy'],
		[{ baseUrl: 'https://h.test/api', uri: '/legacy' }, 'https://h.test/api/legacy'],
	])('%j -> %s', (options, expected) => {
		expect(requestTarget(options as unknown as IHttpRequestOptions)?.href).toBe(expected);
	});
});
