/**
 * Ids of `.`/`..` (raw or percent-encoded, any case) and Custom API Call paths with dot segments would
 * leave the API prefix with full credentials, and an href is checked at a path-segment boundary: each is
 * refused with the field and the item named, and nothing is sent (so the 401 retry cannot send it twice
 * either).
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { followHref } from '../../nodes/Avinode/transport';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { avionteRequest, segment } from '../../nodes/Avionte/transport';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { dotSegmentOf, isDotsOnly, isUnderBasePath, pathOutsideBase, trimTrailingSlash } from '../../nodes/shared/paths';
import { createExecuteContext, runNode } from '../harness/context';
import { avinodeCredentials, avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const { sandbox, store } = sandboxForEachTest({ talentCount: 20, credentials: (running) => ({ avionteApi: avionteCredentials(running), avinodeApi: avinodeCredentials(running) }) });


const DOT_IDS = ['.', '..', '%2e%2e', '%2E%2e', '.%2E', '%2e', ' .. '];

type Case = [string, INodeType, 'avinode' | 'schedaero', (id: string) => IDataObject, RegExp];

const CASES: Case[] = [
	['trip cancel', new Avinode(), 'avinode', (id) => ({ resource: 'trip', operation: 'cancel', tripId: id }), /"Trip ID" of item 1 is not an ID/],
	['trip get', new Avinode(), 'avinode', (id) => ({ resource: 'trip', operation: 'get', tripId: id }), /"Trip ID" of item 1 is not an ID/],
	['rfq cancel', new Avinode(), 'avinode', (id) => ({ resource: 'rfq', operation: 'cancel', rfqId: id }), /"RFQ ID" of item 1 is not an ID/],
	['empty leg delete', new Avinode(), 'avinode', (id) => ({ resource: 'emptyLeg', operation: 'delete', emptyLegId: { __rl: true, mode: 'id', value: id } }), /"Empty Leg" of item 1 is not an ID/],
	['empty leg watch delete', new Avinode(), 'avinode', (id) => ({ resource: 'emptyLegWatch', operation: 'delete', watchId: id }), /"Watch ID" of item 1 is not an ID/],
	['webhook setting update', new Avinode(), 'avinode', (id) => ({ resource: 'webhookSetting', operation: 'update', webhookSettingId: id, updateFields: { active: false } }), /"Webhook Setting ID" of item 1 is not an ID/],
	['trip message chat', new Avinode(), 'avinode', (id) => ({ resource: 'tripMessage', operation: 'sendChatMessage', requestId: id, message: 'hi' }), /"Request ID" of item 1 is not an ID/],
	['Schedaero contact update', new Schedaero(), 'schedaero', (id) => ({ resource: 'contact', operation: 'update', contactType: 'people', contactId: id, updateFields: { firstName: 'A' } }), /"Contact ID" of item 1 is not an ID/],
	['Schedaero quote get', new Schedaero(), 'schedaero', (id) => ({ resource: 'quote', operation: 'get', quoteId: id }), /"Quote ID" of item 1 is not an ID/],
];

describe.each(CASES)('%s refuses a dot-only id, naming the field and the item, and sends nothing', (_name, node, platform, parameters, expected) => {
	it.each(DOT_IDS)('id %j', async (id) => {
		if (platform === 'schedaero') store().set('avinodeApi', avinodeCredentials(sandbox(), { platform: 'schedaero' }));
		const result = await runNode({ node, store: store(), items: [{}, {}], continueOnFail: true, parameters: (i) => parameters(i === 1 ? id : 'x-1') });
		expect(String(result.json[1].error)).toMatch(expected);
		const sentForBadItem = sandbox().ledger.filter((entry) => !entry.path.includes('x-1'));
		expect(sentForBadItem).toEqual([]);
	});
});

describe('Custom API Call paths stay under the API base', () => {
	const AVIONTE_PATHS = ['/../../authorize/token', '/%2e%2e/%2e%2e/authorize/token', '/%2E%2E/x', '/talent/./100001', '..\\..\\authorize\\token', '/../../../../other-product/v1/secret?x=1'];

	it.each(AVIONTE_PATHS)('Avionté refuses %j and sends nothing, not even the token call', async (path) => {
		const result = await runNode({ node: new Avionte(), store: store(), continueOnFail: true, parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path } });
		expect(String(result.json[0].error)).toMatch(/^"Path" of item 0 must stay under the Avionté Front Office API: remove the segment "(\.|\.\.|%2e%2e|%2E%2E)"$/);
		expect(sandbox().ledger).toEqual([]);
	});

	it.each(['/../../../../other-product/v1/secret', '/trips/%2e%2e/%2e%2e/x'])('Avinode refuses %j and sends nothing (no 401 retry either)', async (path) => {
		const result = await runNode({ node: new Avinode(), store: store(), continueOnFail: true, parameters: { resource: 'customApiCall', operation: 'call', method: 'POST', path } });
		expect(String(result.json[0].error)).toMatch(/^"Path" of item 0 must stay under the Avinode API:/);
		expect(sandbox().ledger).toEqual([]);
	});

	it('ordinary paths, and ".." inside a segment or the query, still work', async () => {
		const result = await runNode({ node: new Avionte(), store: store(), parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/talent/100001?note=a..b' } });
		expect(result.json[0].id).toBe(100001);
		expect(sandbox().ledger.map((entry) => entry.path)).toContain('/avionte/front-office/v1/talent/100001');
	});

	it('the transport itself refuses a path that leaves the base, whoever builds it', async () => {
		const { context } = createExecuteContext({ node: new Avionte(), parameters: {}, store: store() });
		await expect(avionteRequest.call(context as never, 'GET', '/talent/../../authorize/token')).rejects.toThrow(/Refused to call GET \/talent\/\.\.\/\.\.\/authorize\/token: .*Nothing was sent/);
		expect(() => segment('..')).toThrow(/an ID made only of dots/);
		expect(sandbox().ledger).toEqual([]);
	});
});

describe('hrefs are followed only below the API base, bounded at a segment', () => {
	it('refuses /api-internal for the base /api, and follows /api/...', async () => {
		const { context } = createExecuteContext({ node: new Avinode(), parameters: {}, store: store() });
		await expect(followHref.call(context as never, `${sandbox().url}/avinode/api-internal/admin`)).rejects.toThrow(/Refusing to follow an href outside the credential's API hosts/);
		await expect(followHref.call(context as never, `${sandbox().url}/avinode/apix`)).rejects.toThrow(/Refusing to follow/);
		expect(sandbox().ledger).toEqual([]);
		const airports = await followHref.call(context as never, `${sandbox().url}/avinode/api/airports/search?filter=KTEB`);
		expect(airports.statusCode).toBe(200);
	});
});

describe('path helpers', () => {
	it.each([
		['.', true],
		['..', true],
		['...', true],
		['%2e%2E', true],
		[' . ', true],
		['a.b', false],
		['..a', false],
		['%2e1', false],
	])('isDotsOnly(%j) = %s', (value, expected) => expect(isDotsOnly(value)).toBe(expected));

	it.each([
		['/a/../b', '..'],
		['/a/%2E/b', '%2E'],
		['/a\\..\\b', '..'],
		['/a/b?c=/../d', undefined],
		['/a/...', undefined],
		['/a.b/c..d', undefined],
	])('dotSegmentOf(%j) = %j', (path, expected) => expect(dotSegmentOf(path)).toBe(expected));

	it.each([
		['http://h.test/api/', 'http://h.test/api'],
		['http://h.test/api//', 'http://h.test/api'],
		['http://h.test/api', 'http://h.test/api'],
		['', ''],
	])('trimTrailingSlash(%j) = %j', (url, expected) => expect(trimTrailingSlash(url)).toBe(expected));

	it('bounds the base path at a segment', () => {
		expect(isUnderBasePath('/api', '/api')).toBe(true);
		expect(isUnderBasePath('/api/x', '/api/')).toBe(true);
		expect(isUnderBasePath('/api-internal/x', '/api')).toBe(false);
		expect(pathOutsideBase('http://h.test/api', '/x')).toBeUndefined();
		expect(pathOutsideBase('http://h.test/api', '/../x')).toMatch(/contains the segment "\.\."/);
		expect(pathOutsideBase('http://h.test/api', '@evil.test/x')).toMatch(/would leave the API base \/api/);
		expect(pathOutsideBase('http://h.test', '@evil.test/x')).toMatch(/would leave the API host/);
	});
});
