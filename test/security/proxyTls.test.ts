/**
 * The credentials add their secrets only to requests nobody else can read: not with TLS certificate
 * checks off, not trusting a certificate authority of the request's own, not through a proxy to a
 * plain-http API. A proxy to an https API with the certificate checked is allowed: it only tunnels
 * bytes it cannot read. n8n's HTTP Request node sets these from its "Ignore SSL Issues" and "Proxy"
 * options and an "SSL Certificates" credential; a MITM proxy on 127.0.0.2 that ends the TLS itself
 * shows what reaches it, through n8n's legacy request executor.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { refusal } from './refusal';
import type { Certificate } from './tls';
import { selfSignedCertificate } from './tls';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { executeLegacyRequest } = require(join(dirname(require.resolve('@n8n/backend-network')), 'http', 'legacy-request.js')) as {
	executeLegacyRequest: (options: unknown, ssrf: unknown, logger: unknown) => Promise<{ statusCode: number; body: unknown }>;
};

const SECRETS = { apiKey: 'AVK-PROXY-0001', accessToken: 'ACCESS-PROXY-0005' };
const httpsCredential: ICredentialDataDecryptedObject = { gateway: 'custom', customBaseUrl: 'https://127.0.0.1:9/av', customKeyHeader: 'X-api-key', tenant: 'tenantA', ...SECRETS };
const httpCredential: ICredentialDataDecryptedObject = { ...httpsCredential, customBaseUrl: 'http://127.0.0.1:9/av' };
const avinodeHttps: ICredentialDataDecryptedObject = { platform: 'avinode', environment: 'sandbox', authentication: 'connectionToken', apiToken: 'APP-PROXY-0003', connectionToken: 'CONN-PROXY-0004' };

describe('authenticate refuses a request whose connection another party could read', () => {
	const avionte = new AvionteApi();
	const avinode = new AvinodeApi();
	const https443 = { method: 'GET', uri: 'https://127.0.0.1:9/av/front-office/v1/branch', headers: {} };

	it.each([
		['Ignore SSL Issues (legacy rejectUnauthorized: false)', { rejectUnauthorized: false }, 'TLS certificate checks are turned off'],
		['skipSslCertificateValidation', { skipSslCertificateValidation: true }, 'TLS certificate checks are turned off'],
		['agent options without certificate checks', { agentOptions: { rejectUnauthorized: false } }, 'TLS certificate checks are turned off'],
		['a certificate authority of its own (SSL Certificates credential)', { agentOptions: { ca: '-----BEGIN CERTIFICATE-----' } }, 'it trusts a certificate authority of its own'],
		['a proxy and Ignore SSL Issues', { proxy: 'http://127.0.0.2:3128', rejectUnauthorized: false }, 'TLS certificate checks are turned off'],
	])('https API: %s', async (_name, extra, reason) => {
		const options = { ...https443, ...extra } as unknown as IHttpRequestOptions;
		const message = await refusal(avionte.authenticate(httpsCredential, options));
		expect(message).toMatch(/^The Avionté BOLD API credential sends its secrets only over a connection nobody else can read; it refused this request because /);
		expect(message).toContain(reason);
		expect(message).toMatch(/Remove that option of the request, or use another credential\.$/);
		expect(options.headers).toEqual({});
		const avinodeMessage = await refusal(avinode.authenticate(avinodeHttps, { ...options, uri: 'https://sandbox.avinode.com/api/trips/t1' } as unknown as IHttpRequestOptions));
		expect(avinodeMessage).toContain(`Avinode / Schedaero API credential sends its secrets only over a connection nobody else can read; it refused this request because ${reason}`);
	});

	it.each([
		['legacy proxy text', { proxy: 'http://127.0.0.2:3128' }],
		['proxy object', { proxy: { host: '127.0.0.2', port: 3128 } }],
	])('plain-http API through a proxy (%s)', async (_name, extra) => {
		const message = await refusal(avionte.authenticate(httpCredential, { method: 'GET', url: 'http://127.0.0.1:9/av/front-office/v1/branch', ...extra } as unknown as IHttpRequestOptions));
		expect(message).toContain('because it goes through a proxy over plain HTTP, which reads every header');
	});

	it('signs an https request through a proxy with the certificate checked, and a request without these options', async () => {
		const proxied = await avionte.authenticate(httpsCredential, { ...https443, proxy: 'http://127.0.0.2:3128' } as unknown as IHttpRequestOptions);
		expect(proxied.headers).toMatchObject({ 'X-api-key': SECRETS.apiKey, Authorization: `Bearer ${SECRETS.accessToken}` });
		const plain = await avionte.authenticate(httpCredential, { method: 'GET', url: 'http://127.0.0.1:9/av/front-office/v1/branch', rejectUnauthorized: true, proxy: '' } as unknown as IHttpRequestOptions);
		expect(plain.headers).toMatchObject({ 'X-api-key': SECRETS.apiKey });
	});
});

describe("n8n's HTTP Request node through a MITM proxy", () => {
	let certificate: Certificate;
	let proxy: http.Server;
	let proxyUrl = '';
	const captured: Array<{ line: string; headers: http.IncomingHttpHeaders }> = [];
	/** Tunnels leave the server's own connection list, so they are closed here. */
	const tunnels = new Set<Socket>();

	beforeAll(async () => {
		certificate = selfSignedCertificate();
		// Ends the tunnelled TLS itself with its own certificate and answers as if it were the API.
		const inner = https.createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
			captured.push({ line: `${req.method} ${req.url}`, headers: req.headers });
			res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"proxied":true}');
		});
		proxy = http.createServer((req, res) => {
			captured.push({ line: `${req.method} ${req.url}`, headers: req.headers });
			res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"proxied":true}');
		});
		proxy.on('connect', (req: http.IncomingMessage, socket: Socket) => {
			captured.push({ line: `CONNECT ${req.url}`, headers: req.headers });
			tunnels.add(socket);
			socket.on('error', () => socket.destroy());
			socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			inner.emit('connection', socket);
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.2', resolve));
		proxyUrl = `http://127.0.0.2:${(proxy.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		for (const socket of tunnels) socket.destroy();
		proxy.closeAllConnections();
		await new Promise((resolve) => proxy.close(resolve));
	});
	beforeEach(() => {
		captured.length = 0;
	});

	async function viaHttpRequestNode(credential: ICredentialDataDecryptedObject, uri: string, extra: IDataObject): Promise<string> {
		const options = { headers: {}, method: 'GET', uri, gzip: true, rejectUnauthorized: true, followRedirect: true, followAllRedirects: true, resolveWithFullResponse: true, timeout: 5000, proxy: proxyUrl, ...extra };
		let signed: IHttpRequestOptions;
		try {
			signed = await new AvionteApi().authenticate(credential, options as unknown as IHttpRequestOptions);
		} catch (error) {
			return `refused: ${(error as Error).message}`;
		}
		try {
			const response = await executeLegacyRequest(signed, undefined, { warn() {}, debug() {} });
			return `status ${response.statusCode}`;
		} catch (error) {
			return `error ${(error as Error).message}`;
		}
	}

	function secretsSeenByProxy(): string[] {
		const seen = JSON.stringify(captured);
		return Object.values(SECRETS).filter((secret) => seen.includes(secret));
	}

	it.each([
		['Proxy + Ignore SSL Issues', { rejectUnauthorized: false }],
		['Proxy + an SSL Certificates credential trusting the proxy', () => ({ agentOptions: { ca: certificate.cert } })],
	])('%s: refused before anything is sent', async (_name, extra) => {
		const outcome = await viaHttpRequestNode(httpsCredential, 'https://127.0.0.1:9/av/front-office/v1/branch', typeof extra === 'function' ? extra() : extra);
		expect(secretsSeenByProxy()).toEqual([]);
		expect(captured).toEqual([]);
		expect(outcome).toMatch(/^refused: The Avionté BOLD API credential sends its secrets only over a connection nobody else can read/);
	});

	it('Proxy to an https API with the certificate checked: signed, and the proxy learns nothing', async () => {
		const outcome = await viaHttpRequestNode(httpsCredential, 'https://127.0.0.1:9/av/front-office/v1/branch', {});
		expect(outcome).toMatch(/^error /);
		expect(secretsSeenByProxy()).toEqual([]);
		expect(captured.map((entry) => entry.line)).toEqual(['CONNECT 127.0.0.1:9']);
	});

	it('Proxy to a plain-http API: refused before anything is sent', async () => {
		const outcome = await viaHttpRequestNode(httpCredential, 'http://127.0.0.1:9/av/front-office/v1/branch', {});
		expect(captured).toEqual([]);
		expect(outcome).toContain('because it goes through a proxy over plain HTTP');
	});
});
