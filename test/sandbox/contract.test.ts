/**
 * The sandbox enforces the auth rules of the seeds; these tests pin that down with raw HTTP, so a
 * lenient sandbox cannot make the node tests pass by accident.
 */
import { request } from 'undici';

import type { Sandbox } from '../harness/sandbox';
import { sandboxConfig, startSandbox } from '../harness/sandbox';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ tokenLifetimeSeconds: 1 });
});
afterAll(async () => sandbox.close());

async function avionteToken(headers: Record<string, string> = { 'X-api-key': sandboxConfig.avionte.apiKey }) {
	const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sandboxConfig.avionte.clientId, client_secret: sandboxConfig.avionte.clientSecret, scope: sandboxConfig.avionte.scope });
	return request(`${sandbox.avionteBaseUrl}/authorize/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: form.toString() });
}

const avinodeHeaders = (overrides: Record<string, string | undefined> = {}) => {
	const headers: Record<string, string | undefined> = {
		'X-Avinode-ApiToken': sandboxConfig.avinode.apiToken,
		Authorization: `Bearer ${sandboxConfig.avinode.connectionToken}`,
		'X-Avinode-SentTimestamp': new Date().toISOString(),
		'X-Avinode-ApiVersion': 'v1',
		'X-Avinode-Product': 'contract-test v1',
		...overrides,
	};
	return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
};

describe('Avionté auth', () => {
	it('needs the key header on the token call', async () => {
		expect((await avionteToken({})).statusCode).toBe(401);
	});

	it('needs bearer, key and tenant on API calls, echoes RequestId, and expires tokens', async () => {
		const { access_token: token } = (await (await avionteToken()).body.json()) as { access_token: string };
		const url = `${sandbox.avionteBaseUrl}/front-office/v1/branch`;
		const base = { 'X-api-key': sandboxConfig.avionte.apiKey, Authorization: `Bearer ${token}`, Tenant: 'apitest' };
		const ok = await request(url, { headers: { ...base, RequestId: '6f1c2a7e-1111-4222-8333-944455556666' } });
		expect(ok.statusCode).toBe(200);
		expect(ok.headers.requestid).toBe('6f1c2a7e-1111-4222-8333-944455556666');
		await ok.body.dump();
		const cases: Array<[Record<string, string>, number]> = [
			[{ ...base, 'X-api-key': 'wrong' }, 401],
			[{ ...base, Authorization: 'Bearer forged' }, 401],
			[{ 'X-api-key': base['X-api-key'], Authorization: base.Authorization }, 400],
			[{ ...base, Tenant: 'other' }, 403],
			[{ ...base, RequestId: 'not-a-guid' }, 400],
		];
		for (const [headers, status] of cases) {
			const response = await request(url, { headers });
			await response.body.dump();
			expect(response.statusCode).toBe(status);
		}
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const expired = await request(url, { headers: base });
		await expired.body.dump();
		expect(expired.statusCode).toBe(401);
	});
});

describe('Avinode headers', () => {
	it.each([
		[{ 'X-Avinode-ApiToken': undefined }, 401],
		[{ Authorization: 'Bearer wrong' }, 401],
		[{ 'X-Avinode-SentTimestamp': undefined }, 400],
		[{ 'X-Avinode-SentTimestamp': 'yesterday' }, 400],
		[{ 'X-Avinode-SentTimestamp': new Date(Date.now() - 6 * 60 * 1000).toISOString() }, 400],
		[{ 'X-Avinode-ApiVersion': 'v1.0' }, 400],
		[{ 'X-Avinode-Product': undefined }, 400],
		[{}, 200],
	])('%j -> %i', async (overrides, status) => {
		const response = await request(`${sandbox.avinodeBaseUrl}/airports/search?filter=KT`, { headers: avinodeHeaders(overrides) });
		const body = (await response.body.json()) as { meta: { errors: unknown[] } };
		expect(response.statusCode).toBe(status);
		expect(Array.isArray(body.meta.errors)).toBe(true);
		expect(response.headers['x-rate-limit-limit']).toBeDefined();
	});

	it('answers 403 with Remaining 0 once the hourly quota is used, and Schedaero has no limits', async () => {
		sandbox.configure({ avinodeRateLimit: 2 });
		const statuses = [];
		for (let i = 0; i < 3; i++) {
			const response = await request(`${sandbox.avinodeBaseUrl}/aircrafttypes`, { headers: avinodeHeaders() });
			await response.body.dump();
			statuses.push([response.statusCode, response.headers['x-rate-limit-remaining']]);
		}
		expect(statuses).toEqual([[200, '1'], [200, '0'], [403, '0']]);
		const schedaero = await request(`${sandbox.schedaeroBaseUrl}/passengers`, { headers: avinodeHeaders({ Authorization: `Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}` }) });
		await schedaero.body.dump();
		expect(schedaero.statusCode).toBe(200);
		expect(schedaero.headers['x-rate-limit-limit']).toBeUndefined();
		sandbox.configure({ avinodeRateLimit: 1000 });
	});
});

describe('faults', () => {
	it('injects statuses and resets deterministically for a seed, before processing', async () => {
		sandbox.setFaults({ statusRates: { 503: 0.3 }, resetRate: 0.1, seed: 7, pathPattern: '/aircrafttypes' });
		const outcomes: string[] = [];
		for (let i = 0; i < 30; i++) {
			try {
				const response = await request(`${sandbox.avinodeBaseUrl}/aircrafttypes`, { headers: avinodeHeaders() });
				await response.body.dump();
				outcomes.push(String(response.statusCode));
			} catch {
				outcomes.push('reset');
			}
		}
		sandbox.setFaults({});
		expect(outcomes).toContain('503');
		expect(outcomes).toContain('reset');
		expect(outcomes).toContain('200');
	});
});
