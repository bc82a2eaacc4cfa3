/**
 * Webhook Setting output never shows the password Avinode sends to a webhook: not under another
 * spelling, not nested, not quoted in a `meta` warning, and not through the Custom API Call.
 */

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { isWebhookSettingsPath } from '../../nodes/Avinode/actions/webhookSetting/output';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, credentialStore, runNode } from '../harness/context';
import type { Fake } from './fake';
import { startFake } from './fake';

const PASSWORD = 'f27760e4e81b080edcc38efa69d60093168b34275e58fb13';

let fake: Fake;
beforeAll(async () => {
	fake = await startFake(() => ({
		status: 200,
		body: {
			data: [
				{ id: 'wh-1', clientSecret: PASSWORD },
				{ id: 'wh-2', ClientSecret: PASSWORD },
				{ id: 'wh-3', client_secret: PASSWORD },
				{ id: 'wh-4', authentication: { clientIdentifier: 'n8n-x', clientSecret: PASSWORD } },
				{ id: 'wh-5', attributes: { 'client-secret': PASSWORD }, history: [{ clientSecret: PASSWORD }] },
				{ id: 'wh-6', clientSecret: '' },
			],
			meta: { warnings: [{ title: `setting wh-1 uses clientSecret ${PASSWORD}` }] },
		},
	}));
});
afterAll(async () => fake.close());
beforeEach(() => forgetBudgets());

function store(): CredentialStore {
	return credentialStore({ avinodeApi: { platform: 'avinode', environment: 'custom', customBaseUrl: `${fake.url}/avn/api`, apiToken: 'APP-S-1234', authentication: 'connectionToken', connectionToken: 'CONN-S-1234', productName: 'x' } });
}

it('Get Many hides every client secret, at any depth and in any spelling, and scrubs it from _meta', async () => {
	const result = await runNode({ node: new Avinode(), store: store(), parameters: { resource: 'webhookSetting', operation: 'getAll' } });
	expect(JSON.stringify(result.json)).not.toContain(PASSWORD);
	expect(result.json.map((record) => ({ ...record, _meta: undefined }))).toEqual([
		{ id: 'wh-1', clientSecretSet: true, _meta: undefined },
		{ id: 'wh-2', clientSecretSet: true, _meta: undefined },
		{ id: 'wh-3', clientSecretSet: true, _meta: undefined },
		{ id: 'wh-4', authentication: { clientIdentifier: 'n8n-x', clientSecretSet: true }, _meta: undefined },
		{ id: 'wh-5', attributes: { clientSecretSet: true }, history: [{ clientSecretSet: true }], _meta: undefined },
		{ id: 'wh-6', clientSecretSet: false, _meta: undefined },
	]);
	expect(result.json[0]._meta).toEqual({ warnings: [{ title: 'setting wh-1 uses clientSecret [redacted]' }] });
});

it.each(['/webhooks/settings', '/webhooks/settings/wh-1', '/Webhooks/Settings/', '//webhooks//settings'])('the Custom API Call to %s hides it too', async (path) => {
	const result = await runNode({ node: new Avinode(), store: store(), parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path } });
	expect(JSON.stringify(result.json)).not.toContain(PASSWORD);
	expect(JSON.stringify(result.json)).toContain('"clientSecretSet":true');
});

it('the Custom API Call to /webhooks%2Fsettings is refused before anything is sent (an encoded slash)', async () => {
	const result = await runNode({ node: new Avinode(), store: store(), continueOnFail: true, parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/webhooks%2Fsettings?x=1' } });
	expect(String(result.json[0].error)).toMatch(/the segment "webhooks%2Fsettings" could leave it once the server decodes it/);
	expect(JSON.stringify(result.json)).not.toContain(PASSWORD);
});

it('other Custom API Call paths are output as the API sent them', async () => {
	expect(isWebhookSettingsPath('/trips/t1')).toBe(false);
	expect(isWebhookSettingsPath('/webhooks/settingsx')).toBe(false);
	const result = await runNode({ node: new Avinode(), store: store(), parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/trips' } });
	expect(JSON.stringify(result.json)).toContain(PASSWORD);
});
