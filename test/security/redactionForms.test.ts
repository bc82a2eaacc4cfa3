/**
 * Redaction of the forms an echoed secret takes beyond the plain encodings (redaction.test.ts): hex,
 * letter case, base64 inside a longer base64 text (any byte offset, also URL-safe), `\/`, `\uXXXX`,
 * HTML entities, quoted-printable `=2F`, a secret split over lines, 12 or more leading characters.
 * Also text the pack adds next to an answer: Avinode `meta` warnings (execution hints and `_meta`)
 * and the talent-requirements sentence; and error bodies are processed up to a bound.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { extractHttpFailure } from '../../nodes/shared/errors';
import { redactSecrets } from '../../nodes/shared/secrets';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { credentialStore, runNode } from '../harness/context';
import type { Fake, Seen } from './fake';
import { startFake } from './fake';

// Realistic shapes: an APIM key (32 hex), an OAuth client secret, a JWT, a base64-like token, a GUID app token.
const API_KEY = '3f9a1c0be47d4e2a9b6c5d8e7f012345';
const CLIENT_SECRET = 'Qx7~Lm2.Pz9-Rt4_Vw8.Ks3~Nb6';
const ACCESS = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlX3BhcnQ';
const CONNECTION = 'Zm9v/YmFy+YmF6/cXV4==';
const APP = '229B8C9E-4FA6-8BAE-1111-0123456789AB';
const SECRETS = [API_KEY, CLIENT_SECRET, ACCESS, CONNECTION, APP];
/** An echo of this many leading characters of a secret's form counts as an echo. */
const PREFIX_ECHO_LENGTH = 12;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const urlSafe = (text: string) => text.replace(/\+/g, '-').replace(/\//g, '_');
const unicodeEscaped = (text: string, upper = false) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).map((escape) => (upper ? escape.toUpperCase().replace('\\U', '\\u') : escape)).join('');

/**
 * How a gateway might echo a secret, and what of the echo must not survive: the whole echo (text forms),
 * or the base64 groups that hold only the secret's bytes (a secret inside a longer base64 text).
 */
interface Form {
	echo: (secret: string) => string;
	sensitive?: (secret: string) => string[];
}

/** The base64 groups of `secret` encoded `prefix.length` bytes into a text. */
function coreOf(prefix: string, secret: string, encode: (text: string) => string): string {
	const offset = Buffer.byteLength(prefix) % 3;
	const start = (Math.floor(Buffer.byteLength(prefix) / 3) + (offset === 0 ? 0 : 1)) * 4;
	const end = Math.floor((Buffer.byteLength(prefix) + Buffer.byteLength(secret)) / 3) * 4;
	return encode(`${prefix}${secret}!!`).slice(start, end);
}

const FORMS: Record<string, Form> = {
	hex: { echo: (s) => Buffer.from(s).toString('hex') },
	'hex, upper case': { echo: (s) => Buffer.from(s).toString('hex').toUpperCase() },
	'upper case': { echo: (s) => s.toUpperCase() },
	'lower case': { echo: (s) => s.toLowerCase() },
	'split over two lines': { echo: (s) => `${s.slice(0, 16)}\n${s.slice(16)}`, sensitive: (s) => [s.slice(0, 16), s.slice(16)] },
	'split with CRLF and indentation': { echo: (s) => `${s.slice(0, 10)}\r\n    ${s.slice(10)}`, sensitive: (s) => [s.slice(10)] },
	'split with an escaped \\n': { echo: (s) => `${s.slice(0, 14)}\\n${s.slice(14)}`, sensitive: (s) => [s.slice(14)] },
	'slash escaped \\/': { echo: (s) => s.replace(/\//g, '\\/') },
	'\\uXXXX escaped': { echo: (s) => unicodeEscaped(s) },
	'\\uXXXX escaped, upper-case hex': { echo: (s) => unicodeEscaped(s, true) },
	'\\uXXXX for punctuation only (.NET style)': { echo: (s) => s.replace(/[+/=~]/g, (c) => unicodeEscaped(c)) },
	'HTML entities, decimal and hex mixed': { echo: (s) => s.replace(/\+/g, '&#43;').replace(/\//g, '&#x2F;').replace(/=/g, '&#61;').replace(/~/g, '&#x7e;').replace(/\./g, '&#046;') },
	'HTML named entities': { echo: (s) => s.replace(/\//g, '&sol;').replace(/\+/g, '&plus;').replace(/=/g, '&equals;').replace(/\./g, '&period;') },
	'quoted-printable =2F': { echo: (s) => s.replace(/=/g, '=3D').replace(/\//g, '=2F').replace(/\+/g, '=2B') },
	'URL-encoded, lower-case hex': { echo: (s) => encodeURIComponent(s).toLowerCase() },
	'first 24 characters': { echo: (s) => s.slice(0, 24) },
	[`first ${PREFIX_ECHO_LENGTH} characters`]: { echo: (s) => s.slice(0, PREFIX_ECHO_LENGTH) },
	'base64 at byte offset 0 of a longer text': { echo: (s) => base64(`key${s}!!`), sensitive: (s) => [coreOf('key', s, base64)] },
	'base64 at byte offset 2 ("key: ")': { echo: (s) => base64(`key: ${s}`), sensitive: (s) => [coreOf('key: ', s, base64)] },
	'base64 at byte offset 1 ("x-api-key=")': { echo: (s) => base64(`x-api-key=${s}`), sensitive: (s) => [coreOf('x-api-key=', s, base64)] },
	'URL-safe base64 at byte offset 1': { echo: (s) => urlSafe(base64(`ab: ${s}`)), sensitive: (s) => [coreOf('ab: ', s, (text) => urlSafe(base64(text)))] },
	'base64 wrapped at 76 characters': { echo: (s) => base64(`Authorization dump: ${s} ${s}`).replace(/(.{76})/g, '$1\n'), sensitive: (s) => [coreOf('Authorization dump: ', s, base64)].flatMap((core) => core.match(/.{1,12}/g) ?? []).filter((piece) => piece.length === 12) },
};

/** Every run of `length` characters of `text`: none may survive. */
function windows(text: string, length = PREFIX_ECHO_LENGTH): string[] {
	if (text.length <= length) return [text];
	return Array.from({ length: text.length - length + 1 }, (_, index) => text.slice(index, index + length));
}

function survivors(output: string, form: Form, secret: string): string[] {
	const pieces = form.sensitive ? form.sensitive(secret) : [form.echo(secret)];
	return pieces.flatMap((piece) => windows(piece)).filter((window) => output.includes(window));
}

describe('redactSecrets finds every form', () => {
	it.each(Object.keys(FORMS))('%s', (name) => {
		const form = FORMS[name];
		for (const secret of SECRETS) {
			const output = redactSecrets(`rejected: ${form.echo(secret)} | done`, SECRETS);
			expect({ secret, survivors: survivors(output, form, secret) }).toEqual({ secret, survivors: [] });
			expect(output).toContain('[redacted]');
			expect(output.startsWith('rejected: ')).toBe(true);
		}
	});

	it('leaves ordinary text alone, also text sharing fewer than 12 leading characters with a secret', () => {
		const text = `Talent 100001 was not found; try again after 12:00. ${API_KEY.slice(0, 11)} is a prefix too short to tell.`;
		expect(redactSecrets(text, SECRETS)).toBe(text);
	});
});

describe('through the nodes (the API echoes the request headers in each form)', () => {
	let fake: Fake;
	let form: Form = FORMS.hex;
	beforeAll(async () => {
		fake = await startFake((req: Seen) => {
			if (req.url.endsWith('/authorize/token')) return { status: 200, body: { access_token: ACCESS, expires_in: 3600 } };
			const echoed = [req.headers['x-api-key'], String(req.headers.authorization ?? '').replace(/^Bearer /, ''), req.headers['x-avinode-apitoken']]
				.filter((value): value is string => typeof value === 'string' && value !== '')
				.map((value) => form.echo(value));
			return { status: 400, body: `rejected: ${echoed.join(' | ')}` };
		});
	});
	afterAll(async () => fake.close());

	/** The error items of an Avionté and an Avinode read with these credentials, as one text. */
	async function errorItems(avionteValues: ICredentialDataDecryptedObject, avinodeValues: ICredentialDataDecryptedObject): Promise<string> {
		const avionte = credentialStore({ avionteApi: { gateway: 'custom', customBaseUrl: `${fake.url}/av`, customKeyHeader: 'X-api-key', clientId: 'cid', clientSecret: CLIENT_SECRET, tenant: 't', scope: 's', ...avionteValues } });
		const avinode = credentialStore({ avinodeApi: { platform: 'avinode', environment: 'custom', customBaseUrl: `${fake.url}/avn/api`, authentication: 'connectionToken', productName: 'x', ...avinodeValues } });
		const talent = await runNode({ node: new Avionte(), store: avionte, parameters: { resource: 'talent', operation: 'get', talentId: { __rl: true, mode: 'id', value: '1' }, options: { maxRetries: 0 } }, continueOnFail: true });
		const trip = await runNode({ node: new Avinode(), store: avinode, parameters: { resource: 'trip', operation: 'get', tripId: 't1', options: { maxRetries: 0 } }, continueOnFail: true });
		return JSON.stringify([talent.json, trip.json]);
	}

	it.each(Object.keys(FORMS))('%s: the Avionté and Avinode error items hold no secret', async (name) => {
		form = FORMS[name];
		forgetBudgets();
		const output = await errorItems({ apiKey: API_KEY }, { apiToken: APP, connectionToken: CONNECTION });
		expect(output).toContain('[redacted]');
		for (const secret of [API_KEY, ACCESS, APP, CONNECTION]) expect({ secret, survivors: survivors(output, form, secret) }).toEqual({ secret, survivors: [] });
	});

	it.each(Object.keys(FORMS))('%s: secrets pasted with spaces and "Bearer " are sent trimmed, and that form is scrubbed too', async (name) => {
		form = FORMS[name];
		forgetBudgets();
		const output = await errorItems({ apiKey: ` ${API_KEY}\n` }, { apiToken: `${APP} `, connectionToken: ` Bearer ${CONNECTION}\r\n` });
		expect(output).toContain('[redacted]');
		for (const secret of [API_KEY, APP, CONNECTION]) expect({ secret, survivors: survivors(output, form, secret) }).toEqual({ secret, survivors: [] });
	});
});

describe('text added next to an answer', () => {
	let fake: Fake;
	beforeAll(async () => {
		fake = await startFake((req) => {
			if (req.url.endsWith('/authorize/token')) return { status: 200, body: { access_token: 'ACCESS-HINT-123456', expires_in: 3600 } };
			if (req.url.startsWith('/avn/api/')) {
				const meta = { warnings: [{ title: `token ${String(req.headers['x-avinode-apitoken'])} is deprecated` }], infos: [{ title: `connection ${base64(`bearer ${String(req.headers.authorization)}`)}` }] };
				if (req.url.startsWith('/avn/api/trips/t1')) return { status: 200, body: { data: { id: 't1' }, meta } };
				return { status: 200, body: { data: [{ id: 'at-1', name: 'Type' }], meta: { ...meta, pagination: { pageNumber: 0, batchSize: 50, totalCount: 1 } } } };
			}
			if (req.method === 'POST' && req.url.startsWith('/av/front-office/v1/talent')) return { status: 400, body: { message: 'invalid' } };
			if (req.url.startsWith('/av/front-office/v1/talent-requirement')) return { status: 200, body: { [`key ${String(req.headers['x-api-key'])}`]: true, firstName: true } };
			return { status: 404, body: {} };
		});
	});
	afterAll(async () => fake.close());

	it('Avinode meta warnings and infos: execution hints and _meta are scrubbed', async () => {
		const store = credentialStore({ avinodeApi: { platform: 'avinode', environment: 'custom', customBaseUrl: `${fake.url}/avn/api`, apiToken: 'APP-HINT-123456', authentication: 'connectionToken', connectionToken: 'CONN-HINT-654321', productName: 'x' } });
		const list = await runNode({ node: new Avinode(), store, parameters: { resource: 'aircraftType', operation: 'getAll', returnAll: true, options: {} } });
		const trip = await runNode({ node: new Avinode(), store, parameters: { resource: 'trip', operation: 'get', tripId: 't1', options: {} } });
		const shown = JSON.stringify([list.hints, list.json, trip.json]);
		expect(list.hints.map((hint) => hint.message).join()).toContain('token [redacted] is deprecated');
		expect((trip.json[0]._meta as { warnings: unknown[] }).warnings).toEqual([{ title: 'token [redacted] is deprecated' }]);
		for (const secret of ['APP-HINT-123456', 'CONN-HINT-654321']) expect(shown).not.toContain(secret);
		expect(shown).not.toContain(base64('bearer Bearer CONN-HINT-654321').slice(12, 24));
	});

	it("the talent-requirements sentence added to a refused create is scrubbed", async () => {
		const store = credentialStore({ avionteApi: { gateway: 'custom', customBaseUrl: `${fake.url}/av`, customKeyHeader: 'X-api-key', apiKey: 'AVK-HINT-123456', clientId: 'c', clientSecret: 'cs-1234', tenant: 't', scope: 's' } });
		const result = await runNode({
			node: new Avionte(),
			store,
			continueOnFail: true,
			typeVersion: 1,
			parameters: { resource: 'talent', operation: 'create', firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalFields: {}, options: { maxRetries: 0 } },
		});
		expect(String(result.json[0].description)).toContain('mark as required: key [redacted], firstName');
		expect(JSON.stringify(result.json)).not.toContain('AVK-HINT-123456');
	});
});

describe('error bodies', () => {
	const MAX_ERROR_BODY_CHARS = 64 * 1024;
	it(`are decoded, parsed and scrubbed up to ${MAX_ERROR_BODY_CHARS} characters`, () => {
		const huge = 'x'.repeat(5 * 1024 * 1024);
		for (const data of [huge, Buffer.from(huge), new Uint8Array(Buffer.from(huge)).buffer]) {
			const failure = extractHttpFailure({ response: { status: 500, headers: {}, data } });
			expect(typeof failure.body).toBe('string');
			expect((failure.body as string).length).toBe(MAX_ERROR_BODY_CHARS);
		}
		expect(extractHttpFailure({ response: { status: 400, headers: {}, data: '{"message":"short"}' } }).body).toEqual({ message: 'short' });
	});
});
