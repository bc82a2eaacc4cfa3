/**
 * A throw-away self-signed certificate for 127.0.0.1, made with openssl when a test starts (no key is
 * ever committed), and an HTTPS fake API that uses it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
	key: string;
	cert: string;
}

export function selfSignedCertificate(): Certificate {
	const dir = mkdtempSync(join(tmpdir(), 'avx-tls-'));
	try {
		const keyFile = join(dir, 'key.pem');
		const certFile = join(dir, 'cert.pem');
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
			{ stdio: 'ignore' },
		);
		return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export interface HttpsFake {
	url: string;
	close: () => Promise<void>;
}

/** An HTTPS server on 127.0.0.1 answering every request with `answer`. */
export async function startHttpsFake(certificate: Certificate, answer: (url: string) => { status: number; headers?: Record<string, string>; body?: string }): Promise<HttpsFake> {
	const server = https.createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
		const { status, headers, body } = answer(req.url ?? '');
		res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
		res.end(body ?? '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
