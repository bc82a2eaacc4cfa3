/**
 * Paths that URL parsers leave alone but a server could still turn into `/`, `\` or `..` (by decoding
 * once more, dropping `;` parameters or folding full-width characters) are refused in Custom API Call
 * paths and in hrefs to follow, before anything is sent. Ordinary paths and encoded IDs still work.
 */
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { followHref } from '../../nodes/Avinode/transport';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { disguisedSegmentOf } from '../../nodes/shared/paths';
import { createExecuteContext, runNode } from '../harness/context';
import { avinodeCredentials, avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const { sandbox, store } = sandboxForEachTest({ talentCount: 20, credentials: (running) => ({ avionteApi: avionteCredentials(running), avinodeApi: avinodeCredentials(running) }) });

/** The security review's reproductions: each reached the server verbatim, full credentials attached. */
const DISGUISED_PATHS: Array<[string, string]> = [
	['/..%2f..%2fauthorize%2ftoken', '..%2f..%2fauthorize%2ftoken'],
	['/..%2F..%2Fauthorize', '..%2F..%2Fauthorize'],
	['/..;/..;/authorize/token', '..;'],
	['/%252e%252e/%252e%252e/authorize/token', '%252e%252e'],
	['/%c0%ae%c0%ae/%c0%ae%c0%ae/authorize/token', '%c0%ae%c0%ae'],
	['/\uff0e\uff0e/\uff0e\uff0e/authorize/token', '\uff0e\uff0e'],
	['/..%5c..%5cauthorize%5ctoken', '..%5c..%5cauthorize%5ctoken'],
	['/talent/%2e%2e%3b/x', '%2e%2e%3b'],
];

describe('disguisedSegmentOf', () => {
	it.each(DISGUISED_PATHS)('finds the disguised segment of %j', (path, segment) => expect(disguisedSegmentOf(path)).toBe(segment));

	it.each([
		'/talent/100001',
		'/talents/email%40example.com',
		'/companies/Z%C3%BCrich',
		'/companies/Zürich',
		'/trips/a%2Cb',
		'/x;version=2',
		'/a/b?path=..%2f..%2fsecret',
		'/a..b/c%2ed',
	])('leaves the ordinary path %j alone', (path) => expect(disguisedSegmentOf(path)).toBeUndefined());
});

describe('Custom API Call refuses a disguised path, naming the field and the item, and sends nothing', () => {
	it.each(DISGUISED_PATHS)('Avionté: %j', async (path, segment) => {
		const result = await runNode({ node: new Avionte(), store: store(), continueOnFail: true, parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path } });
		expect(String(result.json[0].error)).toContain(`"Path" of item 0 must stay under the Avionté Front Office API: the segment "${segment}" could leave it once the server decodes it`);
		expect(sandbox().ledger).toEqual([]);
	});

	it('Avinode: the same check', async () => {
		const result = await runNode({ node: new Avinode(), store: store(), continueOnFail: true, parameters: { resource: 'customApiCall', operation: 'call', method: 'POST', path: '/trips/..%2f..%2fwebhooks' } });
		expect(String(result.json[0].error)).toMatch(/^"Path" of item 0 must stay under the Avinode API: the segment "\.\.%2f\.\.%2fwebhooks" could leave it/);
		expect(sandbox().ledger).toEqual([]);
	});

	it('an ordinary path with an encoded character still reaches the API', async () => {
		const result = await runNode({ node: new Avionte(), store: store(), parameters: { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/talent/100001?note=%2f..' } });
		expect(result.json[0].id).toBe(100001);
	});
});

describe('hrefs to follow', () => {
	it('refuses an href whose segment could leave the API base, before any request', async () => {
		const { context } = createExecuteContext({ node: new Avinode(), parameters: {}, store: store() });
		await expect(followHref.call(context as never, `${sandbox().url}/avinode/api/rfqs/..%2f..%2fwebhooks`)).rejects.toThrow(/Refusing to follow the href .*: its segment "\.\.%2f\.\.%2fwebhooks" could leave the API base/);
		await expect(followHref.call(context as never, `${sandbox().url}/avinode/api/rfqs/%252e%252e`)).rejects.toThrow(/Refusing to follow the href/);
		expect(sandbox().ledger).toEqual([]);
		const airports = await followHref.call(context as never, `${sandbox().url}/avinode/api/airports/search?filter=KTEB`);
		expect(airports.statusCode).toBe(200);
	});
});
