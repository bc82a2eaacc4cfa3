import { chunk, mapWithConcurrency } from '../../nodes/shared/concurrency';
import { customQuery, shownFor } from '../../nodes/shared/descriptions';
import { compact } from '../../nodes/shared/json';
import { markTokenRefused, TokenCoalescer, tokenCacheKey } from '../../nodes/shared/tokenCoalescer';
import { clientAuthentication } from '../../nodes/shared/tokenRequest';
import { parseBasicAuth, safeEqual, seenBefore } from '../../nodes/shared/webhookSecurity';
import { unwrap, visibleMeta } from '../../nodes/Avinode/helpers/envelope';
import { listOf, queryFromOptions } from '../../nodes/Avinode/helpers/fields';
import { windowFromDepartureDate } from '../../nodes/Avinode/actions/emptyLeg/fields';
import { statusProperty } from '../../nodes/Avionte/actions/talent/fields';
import { requiredFieldNames } from '../../nodes/Avionte/helpers/talentRequirements';
import { webhookTargetProblem } from '../../nodes/Avinode/helpers/events';
import { avinodeConnection } from '../../nodes/Avinode/transport/connection';
import { avionteConnection } from '../../nodes/Avionte/transport/connection';
import { simplifyRecord } from '../../nodes/Avionte/helpers/simplify';
import { DEFAULT_PRODUCT_NAME, PACKAGE_NAME, PACKAGE_VERSION } from '../../nodes/shared/version';
import packageJson from '../../package.json';

describe('mapWithConcurrency', () => {
	it('keeps order and never exceeds the limit', async () => {
		let inFlight = 0;
		let peak = 0;
		const result = await mapWithConcurrency([5, 1, 3, 2, 4], 2, async (value) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			return value * 10;
		});
		expect(result).toEqual([50, 10, 30, 20, 40]);
		expect(peak).toBe(2);
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
	});
});

describe('TokenCoalescer', () => {
	it('fetches once for concurrent callers and reuses the token until refused', async () => {
		let clock = 0;
		const coalescer = new TokenCoalescer(() => clock);
		let fetches = 0;
		const fetch = async () => {
			fetches++;
			await new Promise((resolve) => setImmediate(resolve));
			return { accessToken: `t${fetches}`, expiresInSeconds: 3600 };
		};
		const tokens = await Promise.all(Array.from({ length: 10 }, () => coalescer.getToken('k', '', false, fetch)));
		expect(new Set(tokens)).toEqual(new Set(['t1']));
		expect(fetches).toBe(1);
		// Several requests refused with t1 at once: one refresh.
		const refreshed = await Promise.all(Array.from({ length: 5 }, () => coalescer.getToken('k', 't1', true, fetch)));
		expect(new Set(refreshed)).toEqual(new Set(['t2']));
		expect(fetches).toBe(2);
		// Near expiry the cached token is not handed out.
		clock = 3600 * 1000 - 30_000;
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('t3');
		expect(tokenCacheKey(['a', 'b'])).not.toBe(tokenCacheKey(['a', 'c']));
	});

	it('never hands out a token marked refused, even when asked without the stale token', async () => {
		const coalescer = new TokenCoalescer();
		let fetches = 0;
		const fetch = async () => ({ accessToken: `refusable-${++fetches}`, expiresInSeconds: 3600 });
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('refusable-1');
		expect(await coalescer.getToken('k', '', false, fetch)).toBe('refusable-1');
		// The transport empties a refused token (n8n then asks without it) and marks it refused.
		markTokenRefused('refusable-1');
		const after = await Promise.all([coalescer.getToken('k', '', false, fetch), coalescer.getToken('k', '', false, fetch)]);
		expect(after).toEqual(['refusable-2', 'refusable-2']);
		expect(fetches).toBe(2);
	});

	it('does not cache a failed fetch', async () => {
		const coalescer = new TokenCoalescer();
		await expect(coalescer.getToken('k', '', false, async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
		expect(await coalescer.getToken('k', '', false, async () => ({ accessToken: 'ok', expiresInSeconds: 60 * 60 }))).toBe('ok');
	});
});

describe('webhook security', () => {
	it('parses Basic auth and compares in constant time', () => {
		expect(parseBasicAuth(`Basic ${Buffer.from('user:pa:ss').toString('base64')}`)).toEqual({ user: 'user', password: 'pa:ss' });
		expect(parseBasicAuth('Bearer x')).toBeUndefined();
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
	});

	it('remembers keys inside the window only, hashed', () => {
		const store = {};
		expect(seenBefore(store, 'a', 0, 1000)).toBe(false);
		expect(seenBefore(store, 'a', 500, 1000)).toBe(true);
		expect(seenBefore(store, 'a', 2000, 1000)).toBe(false);
		expect(JSON.stringify(store)).not.toContain('"a"');
		const bounded = {};
		for (let i = 0; i < 50; i++) seenBefore(bounded, String(i), i, 10_000, 10);
		expect(Object.keys(bounded)).toHaveLength(10);
	});

	it('refuses plain HTTP targets in production only', () => {
		expect(webhookTargetProblem('production', 'http://x.test/hook')).toMatch(/HTTPS/);
		expect(webhookTargetProblem('production', 'https://x.test/hook')).toBeUndefined();
		expect(webhookTargetProblem('sandbox', 'http://127.0.0.1/hook')).toBeUndefined();
		expect(webhookTargetProblem('sandbox', 'not a url')).toMatch(/not a URL/);
	});
});

describe('small pure helpers', () => {
	it('unwraps the Avinode envelope keeping warnings visible', () => {
		expect(unwrap({ meta: { errors: [], warnings: [], infos: [] }, data: [{ id: 'a' }, { id: 'b' }] }, true)).toEqual([{ id: 'a' }, { id: 'b' }]);
		expect(unwrap({ meta: { warnings: [{ title: 'w' }] }, data: { id: 'a' } }, true)).toEqual([{ id: 'a', _meta: { warnings: [{ title: 'w' }] } }]);
		expect(unwrap({ meta: {} }, true)).toEqual([{ success: true }]);
		expect(unwrap({ meta: {}, data: { id: 'a' } }, false)).toEqual([{ meta: {}, data: { id: 'a' } }]);
		expect(visibleMeta(undefined)).toBeUndefined();
	});

	it("shows an operation's fields for that resource and operation only, keeping their own display rules", () => {
		const [plain, ruled] = shownFor('trip', 'get', [
			{ displayName: 'A', name: 'a', type: 'string', default: '' },
			{ displayName: 'B', name: 'b', type: 'string', default: '', displayOptions: { show: { simplify: [true] } } },
		]);
		expect(plain.displayOptions).toEqual({ show: { resource: ['trip'], operation: ['get'] } });
		expect(ruled.displayOptions).toEqual({ show: { simplify: [true], resource: ['trip'], operation: ['get'] } });
	});

	it('builds sparse-field and expansion queries', () => {
		// Include values are fields[…] values too; each value once, nothing sent as value=true.
		expect(queryFromOptions({ sparseFields: 'a, b', extraFields: ['b', 'c'], expansions: ['latestquote'] }, 'rfqs')).toEqual({ 'fields[rfqs]': ['a', 'b', 'c', 'latestquote'] });
		expect(queryFromOptions({ expansions: ['latestquote'] })).toEqual({});
		expect(queryFromOptions({ sparseFields: [] }, 'rfqs')).toEqual({});
		expect(customQuery({ parameter: [{ name: 'x', value: '1' }, { name: 'x', value: '2' }, { name: '', value: 'skip' }] })).toEqual({ x: ['1', '2'] });
		expect(compact({ a: '', b: 0, c: undefined, d: 'x' })).toEqual({ b: 0, d: 'x' });
	});

	it('puts the OAuth client id and secret in the body or in a Basic header, never both', () => {
		expect(clientAuthentication('client_secret_post', 'id 1', 's:e/c+r%t')).toEqual({ headers: {}, form: { client_id: 'id 1', client_secret: 's:e/c+r%t' } });
		const basic = clientAuthentication('client_secret_basic', 'id 1', 's:e/c+r%t');
		expect(basic.form).toEqual({});
		// RFC 6749 2.3.1: id and secret are form-encoded before Base64, so a colon in the secret stays unambiguous.
		expect(Buffer.from(basic.headers.Authorization.replace('Basic ', ''), 'base64').toString()).toBe('id%201:s%3Ae%2Fc%2Br%25t');
	});

	it('maps audit-driven values: empty-leg windows, talent status name or ID, required fields, lists', () => {
		expect(windowFromDepartureDate('2026-12-30')).toEqual({ startDate: '2026-12-30T00:00:00Z', endDate: '2026-12-30T23:59:59Z' });
		expect(windowFromDepartureDate('2026-12-30T09:30:00Z')).toEqual({ startDate: '2026-12-30T09:30:00Z', endDate: '2026-12-30T09:30:00Z' });
		expect(statusProperty('Active')).toEqual({ status: 'Active' });
		expect(statusProperty(' 3 ')).toEqual({ statusId: 3 });
		expect(statusProperty(4)).toEqual({ statusId: 4 });
		expect(statusProperty('')).toEqual({});
		expect(requiredFieldNames({ firstName: true, phone: false, email: true })).toEqual(['firstName', 'email']);
		expect(requiredFieldNames([true])).toEqual([]);
		expect(listOf(' usd, ,eur ')).toEqual(['usd', 'eur']);
		expect(listOf(['a', ' b '])).toEqual(['a', 'b']);
	});

	it('resolves gateways and hosts', () => {
		expect(avionteConnection({ gateway: 'https://partner-api.avionte.com' })).toEqual({ baseUrl: 'https://partner-api.avionte.com', keyHeader: 'Ocp-Apim-Subscription-Key' });
		expect(avionteConnection({ gateway: 'custom', customBaseUrl: 'http://x/avionte/', customKeyHeader: '' })).toEqual({ baseUrl: 'http://x/avionte', keyHeader: 'X-api-key' });
		expect(avinodeConnection({ platform: 'schedaero', environment: 'sandbox' })).toMatchObject({ apiBaseUrl: 'https://sandbox-schedaero.avinode.com/api', avinodeApiBaseUrl: 'https://sandbox.avinode.com/api' });
		expect(avinodeConnection({ platform: 'avinode', environment: 'production' }).apiBaseUrl).toBe('https://services.avinode.com/api');
	});

	it('simplifies known resources only', () => {
		expect(simplifyRecord('job', { id: 1, title: 'x', secretField: 2 })).toEqual({ id: 1, title: 'x' });
		expect(simplifyRecord('unknown', { a: 1 })).toEqual({ a: 1 });
		// A talent's city, state and postal code come out as flat columns for a sheet.
		const talent = { id: 7, firstName: 'Ada', residentAddress: { street1: '1 Main St', city: 'Denver', state_Province: 'CO', postalCode: '80202' } };
		expect(simplifyRecord('talent', talent)).toEqual({ id: 7, firstName: 'Ada', city: 'Denver', state: 'CO', postalCode: '80202' });
		expect(simplifyRecord('talent', { id: 8, residentAddress: null })).toEqual({ id: 8 });
	});

	it('sends the real package name and version as the product', () => {
		expect(PACKAGE_NAME).toBe(packageJson.name);
		expect(PACKAGE_VERSION).toBe(packageJson.version);
		expect(DEFAULT_PRODUCT_NAME).toBe(`${packageJson.name} v${packageJson.version}`);
	});
});
