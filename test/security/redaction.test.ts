/**
 * An API, gateway or proxy that echoes request headers, the request body or a token in an error body
 * must not get any secret of the credential into an error, an error item, a trigger output, a list
 * search, load options or the credential test. A fake "leaky gateway" echoes everything it received
 * (and the secrets it could not have received) in every shape and encoding.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { AvionteTrigger } from '../../nodes/Avionte/AvionteTrigger.node';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { describeFailure } from '../../nodes/shared/errors';
import { credentialSecrets, redactSecrets, SECRET_FIELDS, secretVariants } from '../../nodes/shared/secrets';
import { CredentialStore, credentialStore, createLoadOptionsContext, runNode } from '../harness/context';
import { httpRequest } from '../harness/http';
import { hookContext, pollContext, webhookContext } from '../harness/triggers';
import type { EchoShape, Fake, Seen } from './fake';
import { ECHO_SHAPES, echoedValues, leakyAnswer, leaksIn, startFake } from './fake';
import { failureOf } from '../harness/failures';

// Secrets with characters that change under URL, form and JSON encoding.
const AVIONTE = {
	apiKey: 'AVK/0123+4567=89&key "x"',
	clientSecret: 'avionte client/secret+=&?#0042',
	webhookSecret: 'avionte-webhook-secret/9f8e7d6c',
};
const AVINODE = {
	apiToken: '229B8C9E-APP+TOKEN/4FA6=8BAE',
	connectionToken: 'avinode-conn-token/long+lived=abcdef',
	schedaeroConnectionToken: 'schedaero-conn-token/long+lived=99',
	clientSecret: 'avinode oauth/secret+=&77aa10',
};
const TYPED_WEBHOOK_PASSWORD = 'typed-webhook-pass/word+=1234';

let fake: Fake;
let shape: EchoShape = 'text';
/** Answer the token endpoints with a leaky refusal. */
let tokenRefused = false;
/** Answer the next N API calls with a plain 401 (the token "expired" mid-run). */
let expireNext = 0;
/** Answer webhook-setting writes with a success (to activate the Avinode Trigger). */
let settingsSucceed = false;
let issued = 0;
const issuedTokens: string[] = [];
const produced: string[] = [];

function record(value: unknown) {
	produced.push(typeof value === 'string' ? value : JSON.stringify(value));
}

function recordError(error: unknown) {
	const e = error as { message?: string; description?: string; context?: unknown; cause?: unknown };
	produced.push(String(e?.message), String(e?.description ?? ''), JSON.stringify(e), JSON.stringify(e?.context ?? null), JSON.stringify(e?.cause ?? null));
	return error;
}

/**
 * Secrets of the credential in use that the fake did not receive on this call, echoed anyway (a gateway
 * that reflects its configuration). A credential can only scrub its own secrets, so each API echoes its own.
 */
function alwaysEchoed(req: Seen): string[] {
	return req.url.startsWith('/av/') ? [AVIONTE.webhookSecret, AVIONTE.clientSecret] : [AVINODE.clientSecret];
}

function handle(req: Seen) {
	const isToken = req.url.endsWith('/authorize/token') || req.url.endsWith('/oauth/token');
	if (isToken) {
		if (tokenRefused) return leakyAnswer(401, echoedValues(req, alwaysEchoed(req)), shape === 'text' ? 'oauth' : shape);
		const token = `ACCESS-${++issued}-tok/en+Zx9=`;
		issuedTokens.push(token);
		return { status: 200, body: { access_token: token, expires_in: 3600 } };
	}
	if (expireNext > 0) {
		expireNext--;
		return { status: 401, body: { message: 'token expired' } };
	}
	if (settingsSucceed && req.url.includes('/webhooks/settings')) {
		if (req.method === 'GET') return { status: 200, body: { data: [] } };
		return { status: 200, body: { data: { id: 'wh-1', active: true } } };
	}
	return leakyAnswer(403, echoedValues(req, alwaysEchoed(req)), shape);
}

function avionteData(overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		gateway: 'custom',
		customBaseUrl: `${fake.url}/av`,
		customKeyHeader: 'X-api-key',
		apiKey: AVIONTE.apiKey,
		clientId: 'avionte-client',
		clientSecret: AVIONTE.clientSecret,
		tenant: 'apitest',
		frontOfficeTenantId: '',
		scope: 'scope.x',
		webhookSecret: AVIONTE.webhookSecret,
		webhookHeaderName: 'X-Payload-Signature',
		...overrides,
	};
}

function avinodeData(overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	const schedaero = overrides.platform === 'schedaero';
	return {
		platform: 'avinode',
		environment: 'custom',
		customBaseUrl: schedaero ? `${fake.url}/sch/api` : `${fake.url}/avn/api`,
		customAvinodeBaseUrl: `${fake.url}/avn/api`,
		apiToken: AVINODE.apiToken,
		authentication: 'connectionToken',
		connectionToken: schedaero ? AVINODE.schedaeroConnectionToken : AVINODE.connectionToken,
		clientId: 'avinode-client',
		clientSecret: AVINODE.clientSecret,
		productName: 'n8n test',
		actAsAccount: '',
		...overrides,
	};
}

function storeWith(type: 'avionteApi' | 'avinodeApi', data: ICredentialDataDecryptedObject): CredentialStore {
	return credentialStore({ [type]: data });
}

/** Every secret that exists at the end of the run, in every form it may have been echoed. */
function allSecrets(): string[] {
	const generatedPasswords = fake.seen
		.filter((req) => req.url.includes('/webhooks/settings') && req.body)
		.flatMap((req) => {
			const body = JSON.parse(req.body) as IDataObject;
			return typeof body.clientSecret === 'string' ? [body.clientSecret, `${String(body.clientIdentifier)}:${body.clientSecret}`] : [];
		});
	return [...Object.values(AVIONTE), ...Object.values(AVINODE), TYPED_WEBHOOK_PASSWORD, ...issuedTokens, ...generatedPasswords];
}

beforeAll(async () => {
	fake = await startFake(handle);
});
afterAll(async () => fake.close());
beforeEach(() => {
	tokenRefused = false;
	expireNext = 0;
	settingsSucceed = false;
});

const noRetry = { maxRetries: 0 };

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

async function runBoth(node: INodeType, store: CredentialStore, parameters: IDataObject) {
	const result = await runNode({ node, store, parameters, continueOnFail: true });
	record(result.json);
	expect(result.json[0].error).toBeDefined();
	recordError(await failureOf<unknown>(runNode({ node, store, parameters })));
}

describe.each(ECHO_SHAPES)('a gateway echoing secrets as %s', (echoShape) => {
	beforeEach(() => {
		shape = echoShape;
	});

	it('Avionté node: Get (error item and thrown error) and Custom API Call', async () => {
		const store = storeWith('avionteApi', avionteData());
		await runBoth(new Avionte(), store, { resource: 'talent', operation: 'get', talentId: byId('1'), options: noRetry });
		await runBoth(new Avionte(), store, { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/branch', options: noRetry });
	});

	it('Avionté list search and load options', async () => {
		const node = new Avionte();
		const context = createLoadOptionsContext(storeWith('avionteApi', avionteData()), node);
		recordError(await failureOf<unknown>(node.methods.listSearch.searchTalents.call(context as never)));
		recordError(await failureOf<unknown>(node.methods.loadOptions.getBranches.call(context as never)));
	});

	it('Avionté Trigger (recordError) and New Record Trigger', async () => {
		const store = storeWith('avionteApi', avionteData());
		const trigger = new AvionteTrigger();
		const { context } = webhookContext({
			node: trigger,
			parameters: { events: [], options: { fetchRecord: true } },
			store,
			staticData: {},
			headers: { 'X-Payload-Signature': AVIONTE.webhookSecret },
			body: { EventName: 'talent_created', Resource: JSON.stringify({ Id: 100001 }), CorrelationId: `c-${echoShape}` },
		});
		const output = await trigger.webhook.call(context as never);
		const json = output.workflowData![0][0].json;
		expect(json.recordError).toBeDefined();
		record(json);
		const poller = new AvionteNewRecordTrigger();
		recordError(await failureOf<unknown>(poller.poll.call(pollContext({ node: poller, parameters: { resource: 'talent' }, store, staticData: {} }) as never)));
	});

	it('Avionté token endpoint (credential test and node)', async () => {
		tokenRefused = true;
		const data = { ...avionteData({ clientId: `test-${echoShape}` }), accessToken: '' };
		recordError(await failureOf<unknown>(new AvionteApi().preAuthentication.call({ helpers: { httpRequest } } as never, data)));
		await runBoth(new Avionte(), storeWith('avionteApi', avionteData({ clientId: `other-${echoShape}` })), { resource: 'talent', operation: 'get', talentId: byId('2'), options: noRetry });
	});

	it('the token after a mid-run refresh', async () => {
		const store = storeWith('avionteApi', avionteData({ clientId: `refresh-${echoShape}` }));
		expireNext = 1;
		const before = issuedTokens.length;
		await runBoth(new Avionte(), store, { resource: 'talent', operation: 'get', talentId: byId('3'), options: noRetry });
		// A token was fetched, refused with 401, and a new one fetched and echoed.
		expect(issuedTokens.length - before).toBeGreaterThanOrEqual(2);
	});

	it('Avinode node: connection token, OAuth access token, and a typed webhook password', async () => {
		const node = new Avinode();
		await runBoth(node, storeWith('avinodeApi', avinodeData()), { resource: 'trip', operation: 'get', tripId: 'atrip-1', options: noRetry });
		const oauth = storeWith('avinodeApi', avinodeData({ authentication: 'oauthClientCredentials', clientId: `oauth-${echoShape}` }));
		await runBoth(node, oauth, { resource: 'trip', operation: 'get', tripId: 'atrip-2', options: noRetry });
		await runBoth(node, storeWith('avinodeApi', avinodeData()), {
			resource: 'webhookSetting',
			operation: 'create',
			displayName: 'x',
			targetURI: 'https://example.test/hook',
			eventTypes: ['TripRequest'],
			additionalFields: { clientIdentifier: 'me', clientSecret: TYPED_WEBHOOK_PASSWORD },
			options: noRetry,
		});
		const context = createLoadOptionsContext(storeWith('avinodeApi', avinodeData()), node);
		recordError(await failureOf<unknown>(node.methods.listSearch.searchEmptyLegs.call(context as never)));
	});

	it('Avinode token endpoint (credential test)', async () => {
		tokenRefused = true;
		const data = { ...avinodeData({ authentication: 'oauthClientCredentials', clientId: `t-${echoShape}` }), accessToken: '' };
		recordError(await failureOf<unknown>(new AvinodeApi().preAuthentication.call({ helpers: { httpRequest } } as never, data)));
	});

	it('Avinode Trigger: activation (generated password) and webhook (resolveError)', async () => {
		const node = new AvinodeTrigger();
		const store = storeWith('avinodeApi', avinodeData());
		const parameters = { events: ['TripRequest'], options: {} };
		// Activation whose POST is refused by the leaky gateway: the error echoes the generated password.
		recordError(await failureOf<unknown>(node.webhookMethods.default.create.call(hookContext({ node, parameters, store, staticData: {} }) as never)));
		// Re-activation whose PUT is refused the same way.
		recordError(await failureOf<unknown>(node.webhookMethods.default.create.call(hookContext({ node, parameters, store, staticData: { webhookSettingId: 'wh-0' } }) as never)));
		// A working activation, then a delivery whose resource cannot be read.
		settingsSucceed = true;
		const staticData: IDataObject = {};
		await node.webhookMethods.default.create.call(hookContext({ node, parameters, store, staticData }) as never);
		settingsSucceed = false;
		const post = fake.seen.filter((req) => req.method === 'POST' && req.url.endsWith('/webhooks/settings')).at(-1)!;
		const { clientIdentifier, clientSecret } = JSON.parse(post.body) as { clientIdentifier: string; clientSecret: string };
		const { context } = webhookContext({
			node,
			parameters,
			store,
			staticData,
			headers: { authorization: `Basic ${Buffer.from(`${clientIdentifier}:${clientSecret}`).toString('base64')}` },
			body: { type: 'rfqs', id: `arfq-${echoShape}`, href: `${fake.url}/avn/api/rfqs/arfq-1` },
		});
		const output = await node.webhook.call(context as never);
		const json = output.workflowData![0][0].json;
		expect(json.resolveError).toBeDefined();
		record(json);
	});

	it('Schedaero node', async () => {
		await runBoth(new Schedaero(), storeWith('avinodeApi', avinodeData({ platform: 'schedaero' })), { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'c-1', options: noRetry });
	});
});

describe('the scan', () => {
	it('the leaky gateway really echoed the secrets (the scan can fail)', () => {
		const echoed = fake.seen.length;
		expect(echoed).toBeGreaterThan(100);
		const request = fake.seen.find((req) => req.headers['x-api-key'])!;
		const raw = leakyAnswer(403, echoedValues(request, alwaysEchoed(request)), 'text').body as string;
		expect(leaksIn(raw, [AVIONTE.apiKey, AVIONTE.webhookSecret])).toEqual([AVIONTE.apiKey, AVIONTE.webhookSecret]);
	});

	it('finds no secret in any error, error item, trigger output, list search, load options or token error', () => {
		expect(produced.length).toBeGreaterThan(200);
		const text = produced.join('\n');
		expect(text).toContain('[redacted]');
		expect(leaksIn(text, allSecrets())).toEqual([]);
	});
});

describe('redaction helpers', () => {
	it('every password field of both credential types is a secret the redaction knows', () => {
		for (const type of [new AvionteApi(), new AvinodeApi()]) {
			for (const property of type.properties.filter((p) => p.typeOptions?.password)) expect(SECRET_FIELDS).toContain(property.name);
		}
	});

	it('reads the secrets of a credential, skipping empty values and the connection-token placeholder', () => {
		expect(credentialSecrets({ apiKey: 'k-123456', clientSecret: '', accessToken: 'connection-token-mode', tenant: 'apitest', connectionToken: 'c-123456' })).toEqual(['k-123456', 'c-123456']);
	});

	it('scrubs the raw, URL-encoded, form-encoded, JSON-escaped and base64 forms, and a Basic pair', () => {
		const secret = 'a b/c+d=e&"f"';
		const text = secretVariants(secret).join(' ~ ');
		expect(redactSecrets(text, [secret]).split(' ~ ').every((part) => part === '[redacted]')).toBe(true);
		const basic = Buffer.from('n8n-abc:pass-word-1234').toString('base64');
		expect(redactSecrets(`Authorization: Basic ${basic}`, ['n8n-abc:pass-word-1234'])).toBe('Authorization: Basic [redacted]');
	});

	it('does not leave half a secret where a long body is cut at 500 characters', () => {
		const secret = 'SECRET-0123456789-abcdefghij';
		const body = `${'x'.repeat(490)}${secret} and more`;
		const { message } = describeFailure({ status: 400, headers: {}, body }, { api: 'Avionté', method: 'GET', path: '/x', secrets: [secret] });
		expect(message).not.toContain('SECRET-01');
	});
});
