/**
 * No request that carries a credential's secrets follows a redirect to another origin: the pack's own
 * calls, the token call, and n8n's HTTP Request node using the credentials (its legacy request path,
 * as n8n runs it). The API on 127.0.0.1 answers with a redirect to a collector on 127.0.0.2, which must
 * receive nothing. A redirect is followed only for a read, to the same origin, below the API base.
 * The e2e suite runs the HTTP Request node in a real n8n on both lines.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { dirname, join } from 'node:path';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, credentialStore, createExecuteContext, runNode } from '../harness/context';
import type { Fake, Seen } from './fake';
import { startFake } from './fake';
import type { Certificate } from './tls';
import { selfSignedCertificate, startHttpsFake } from './tls';

const networkDist = join(dirname(require.resolve('@n8n/backend-network')), 'http');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { executeLegacyRequest } = require(join(networkDist, 'legacy-request.js')) as {
	executeLegacyRequest: (options: unknown, ssrf: unknown, logger: unknown) => Promise<{ statusCode: number; body: unknown }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { httpRequest: n8nHttpRequest } = require(join(networkDist, 'axios', 'request.js')) as {
	httpRequest: (options: IHttpRequestOptions) => Promise<unknown>;
};

const STATUSES = [301, 302, 303, 307, 308];
const AVIONTE = { apiKey: 'AVK-REDIRECT-0001', clientSecret: 'AV-CLIENT-SECRET-0002', accessToken: 'ACCESS-TOKEN-0005' };
const AVINODE = { apiToken: 'AN-APP-TOKEN-0003', connectionToken: 'AN-CONN-TOKEN-0004' };
const SECRETS = [...Object.values(AVIONTE), ...Object.values(AVINODE)];
/** Put into the redirect's query: an error may name where a redirect points, never with its query. */
const QUERY_SECRET = 'QUERY-SECRET-0006';

let api: Fake;
let collector: Fake;
/** How the API answers non-token calls: a redirect (status and Location) or a record. */
let redirect: { status: number; location: (req: Seen) => string } | undefined;
let redirectToken: number | undefined;

beforeAll(async () => {
	collector = await startFake(() => ({ status: 200, body: { collected: true } }), '127.0.0.2');
	api = await startFake(defaultHandler);
});
afterAll(async () => {
	await api.close();
	await collector.close();
});
beforeEach(() => {
	forgetBudgets();
	api.seen.length = 0;
	collector.seen.length = 0;
	redirect = undefined;
	redirectToken = undefined;
});

const toCollector = (status: number) => ({ status, location: () => `${collector.url}/collect?${QUERY_SECRET}` });

function avionteStore(clientId = 'cid'): CredentialStore {
	return credentialStore({ avionteApi: { gateway: 'custom', customBaseUrl: `${api.url}/av`, customKeyHeader: 'X-api-key', apiKey: AVIONTE.apiKey, clientId, clientSecret: AVIONTE.clientSecret, tenant: 'tenantA', scope: 's' } });
}

function avinodeStore(): CredentialStore {
	return credentialStore({ avinodeApi: { platform: 'avinode', environment: 'custom', customBaseUrl: `${api.url}/avn/api`, apiToken: AVINODE.apiToken, authentication: 'connectionToken', connectionToken: AVINODE.connectionToken, productName: 'x' } });
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const noRetry = { maxRetries: 0 };
const talentGet = { resource: 'talent', operation: 'get', talentId: byId('1'), options: noRetry };
const talentCreate = { resource: 'talent', operation: 'create', firstName: 'Ann', lastName: 'Lee', emailAddress: 'ann@example.test', additionalFields: {}, options: noRetry };
const tripGet = { resource: 'trip', operation: 'get', tripId: 't1', options: noRetry };

function expectNothingCollected(): void {
	expect(collector.seen).toEqual([]);
}

/** The error of an item, which must name the collector's origin and nothing of the redirect's path or query. */
function expectRedirectRefusal(json: IDataObject, api: string): void {
	const text = JSON.stringify(json);
	expect(String(json.error)).toContain(`${api} API redirected the request to ${collector.url};`);
	expect(text).not.toContain(QUERY_SECRET);
	expect(text).not.toContain('/collect');
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("a redirect to another host: the pack's own requests send nothing there", () => {
	it.each(STATUSES)('HTTP %i answering an Avionté read, an Avionté write and an Avinode read', async (status) => {
		redirect = toCollector(status);
		const read = await runNode({ node: new Avionte(), store: avionteStore(), parameters: talentGet, continueOnFail: true });
		const write = await runNode({ node: new Avionte(), typeVersion: 1, store: avionteStore(), parameters: talentCreate, continueOnFail: true });
		const avinode = await runNode({ node: new Avinode(), store: avinodeStore(), parameters: tripGet, continueOnFail: true });
		expectNothingCollected();
		expectRedirectRefusal(read.json[0], 'Avionté');
		expectRedirectRefusal(write.json[0], 'Avionté');
		expect(String(write.json[0].description)).toContain('check whether the API applied this change');
		expectRedirectRefusal(avinode.json[0], 'Avinode');
	});

	it.each(STATUSES)('HTTP %i answering the token call: the client secret is not re-posted', async (status) => {
		redirectToken = status;
		const result = await runNode({ node: new Avionte(), store: avionteStore(`cid-token-${status}`), parameters: talentGet, continueOnFail: true });
		expectNothingCollected();
		const text = JSON.stringify(result.json);
		expect(text).toContain(`token endpoint answered with a redirect (HTTP ${status}) to ${collector.url}; it was not followed, so the client secret was not sent there`);
		expect(text).not.toContain(QUERY_SECRET);
	});

	it('a redirect loop on the API host ends with an error, not a hang', async () => {
		redirect = { status: 302, location: (req) => req.url };
		const result = await runNode({ node: new Avionte(), store: avionteStore(), parameters: talentGet, continueOnFail: true });
		expect(String(result.json[0].error)).toContain('not followed: it is redirect number 6 in a row');
		expect(api.seen.filter((req) => req.url.startsWith('/av/front-office/v1/talent/1'))).toHaveLength(6);
	});
});

describe('a redirect on the API host', () => {
	it.each([301, 302, 303, 307, 308])('HTTP %i of a read to a path below the API base is followed, signed again', async (status) => {
		api.setHandler((req) => {
			if (req.url.endsWith('/authorize/token')) return { status: 200, body: { access_token: AVIONTE.accessToken, expires_in: 3600 } };
			if (!req.url.includes('/moved/')) return { status, headers: { Location: `/av/front-office/v1/moved${req.url.slice('/av/front-office/v1'.length)}` } };
			return { status: 200, body: { id: 1, where: 'moved' } };
		});
		try {
			const result = await runNode({ node: new Avionte(), store: avionteStore(), parameters: { ...talentGet, simplify: false } });
			expect(result.json[0]).toMatchObject({ id: 1, where: 'moved' });
			const moved = api.seen.find((req) => req.url.startsWith('/av/front-office/v1/moved/talent/1'))!;
			expect(moved.headers['x-api-key']).toBe(AVIONTE.apiKey);
			expect(moved.headers.requestid).toBeDefined();
		} finally {
			api.setHandler(defaultHandler);
		}
	});

	it('is refused when it leads outside the API base, or when the request is a write', async () => {
		redirect = { status: 302, location: () => '/elsewhere/x' };
		const outside = await runNode({ node: new Avionte(), store: avionteStore(), parameters: talentGet, continueOnFail: true });
		expect(String(outside.json[0].error)).toBe(`Avionté API redirected the request to ${api.url}; not followed: it leads outside the API base`);
		redirect = { status: 307, location: () => '/av/front-office/v1/talent-moved' };
		const write = await runNode({ node: new Avionte(), typeVersion: 1, store: avionteStore(), parameters: talentCreate, continueOnFail: true });
		expect(String(write.json[0].error)).toBe(`Avionté API redirected the request to ${api.url}; not followed: a change is never re-sent to another address`);
		expect(api.seen.some((req) => req.url.startsWith('/elsewhere') || req.url.startsWith('/av/front-office/v1/talent-moved'))).toBe(false);
	});
});

/** The API's handler as set in beforeAll, for tests that swap it. */
function defaultHandler(req: Seen) {
	if (req.url.endsWith('/authorize/token') || req.url.endsWith('/oauth/token')) {
		if (redirectToken) return { status: redirectToken, headers: { Location: `${collector.url}/token?${QUERY_SECRET}` } };
		return { status: 200, body: { access_token: AVIONTE.accessToken, expires_in: 3600 } };
	}
	if (redirect) return { status: redirect.status, headers: { Location: redirect.location(req) } };
	return { status: 200, body: { id: 1, where: 'api' } };
}

/**
 * n8n's HTTP Request node with a predefined credential type: the options its V3 code builds (n8n-nodes-base
 * 2.40), signed by the credential's `authenticate`, sent by n8n's legacy request executor.
 */
async function httpRequestNode(nodeVersion: number, credential: 'avionte' | 'avinode', method: 'GET' | 'POST', extra: IDataObject = {}): Promise<string> {
	const options: IDataObject = {
		headers: {},
		method,
		uri: credential === 'avionte' ? `${api.url}/av/front-office/v1/branch` : `${api.url}/avn/api/trips/t1`,
		gzip: true,
		rejectUnauthorized: true,
		followRedirect: true,
		followAllRedirects: true,
		maxRedirects: undefined,
		resolveWithFullResponse: true,
		sendCredentialsOnCrossOriginRedirect: nodeVersion < 4.4,
		...(method === 'POST' ? { body: { name: 'x' }, json: true } : {}),
	};
	const signed =
		credential === 'avionte'
			? await new AvionteApi().authenticate({ ...avionteStore().get('avionteApi'), accessToken: AVIONTE.accessToken }, options as unknown as IHttpRequestOptions)
			: await new AvinodeApi().authenticate(avinodeStore().get('avinodeApi'), options as unknown as IHttpRequestOptions);
	try {
		const response = await executeLegacyRequest({ ...signed, ...extra }, undefined, { warn() {}, debug() {} });
		return `status ${response.statusCode}`;
	} catch (error) {
		return `error ${(error as Error).message}`;
	}
}

describe("n8n's HTTP Request node with the credentials: a redirect to another host is not followed", () => {
	const cases = STATUSES.flatMap((status) => [4.2, 4.5].flatMap((version) => (['avionte', 'avinode'] as const).flatMap((credential) => (['GET', 'POST'] as const).map((method) => [status, version, credential, method] as const))));
	it.each(cases)('HTTP %i, node version %s, %s credential, %s', async (status, version, credential, method) => {
		redirect = toCollector(status);
		const outcome = await httpRequestNode(version, credential, method);
		expectNothingCollected();
		// n8n's executor answers a redirect it does not follow as an error carrying its status.
		expect(outcome).toMatch(new RegExp(`^error ${status} - `));
	});
});

describe('https to plain http', () => {
	let certificate: Certificate;
	beforeAll(() => {
		certificate = selfSignedCertificate();
	});

	/** n8n's request helpers trusting the test certificate, as NODE_EXTRA_CA_CERTS would make the process do. */
	const trusting = (options: IHttpRequestOptions) => n8nHttpRequest({ ...options, agentOptions: { ca: certificate.cert } });

	it("an https API redirecting to http on another host: the pack's request sends nothing there", async () => {
		const tlsApi = await startHttpsFake(certificate, () => ({ status: 302, headers: { Location: `${collector.url}/collect` } }));
		try {
			const credentials: ICredentialDataDecryptedObject = { gateway: 'custom', customBaseUrl: `${tlsApi.url}/av`, customKeyHeader: 'X-api-key', apiKey: AVIONTE.apiKey, tenant: 'tenantA', accessToken: AVIONTE.accessToken };
			const store = credentialStore({ avionteApi: credentials });
			const { context } = createExecuteContext({ node: new Avionte(), store, parameters: talentGet, continueOnFail: true });
			// The stored token is used as is (no token call); every request is signed by the credential.
			context.helpers.httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => await trusting(await new AvionteApi().authenticate(credentials, options));
			const output = (await new Avionte().execute.call(context as never)) as INodeExecutionData[][];
			expectNothingCollected();
			expectRedirectRefusal(output[0][0].json, 'Avionté');
		} finally {
			await tlsApi.close();
		}
	});

	it.each([4.2, 4.5])("an https API redirecting to http: n8n's HTTP Request node %s sends nothing there", async (version) => {
		const tlsApi = await startHttpsFake(certificate, () => ({ status: 302, headers: { Location: `${collector.url}/collect` } }));
		try {
			const credentials = { gateway: 'custom', customBaseUrl: `${tlsApi.url}/av`, customKeyHeader: 'X-api-key', apiKey: AVIONTE.apiKey, tenant: 'tenantA', accessToken: AVIONTE.accessToken };
			const options = { headers: {}, method: 'GET', uri: `${tlsApi.url}/av/front-office/v1/branch`, followRedirect: true, followAllRedirects: true, resolveWithFullResponse: true, sendCredentialsOnCrossOriginRedirect: version < 4.4 };
			const signed = await new AvionteApi().authenticate(credentials, options as unknown as IHttpRequestOptions);
			await expect(executeLegacyRequest({ ...signed, agentOptions: { ca: certificate.cert } }, undefined, { warn() {}, debug() {} })).rejects.toThrow(/^302 - /);
			expectNothingCollected();
		} finally {
			await tlsApi.close();
		}
	});
});
