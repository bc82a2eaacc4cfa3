/**
 * A programmable fake API on loopback, plus the "leaky gateway" answers the redaction tests need: error
 * bodies that echo every request header, the request body and chosen extra values, in the encodings a
 * gateway, proxy or API might use.
 */
import http from 'node:http';

export interface Seen {
	method: string;
	url: string;
	host: string | undefined;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export type Handler = (req: Seen) => Answer;

export async function startFake(handler: Handler, host = '127.0.0.1') {
	const seen: Seen[] = [];
	let current = handler;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const entry: Seen = { method: req.method ?? '', url: req.url ?? '', host: req.headers.host, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
			seen.push(entry);
			const answer = current(entry);
			const isText = typeof answer.body === 'string';
			res.writeHead(answer.status, { 'Content-Type': isText ? 'text/plain' : 'application/json', ...(answer.headers ?? {}) });
			res.end(answer.body === undefined ? '' : isText ? String(answer.body) : JSON.stringify(answer.body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const port = (server.address() as { port: number }).port;
	return {
		url: `http://${host}:${port}`,
		port,
		seen,
		setHandler(next: Handler) {
			current = next;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

export type Fake = Awaited<ReturnType<typeof startFake>>;

/** How a leaky answer writes the values it echoes. */
export const ECHO_SHAPES = ['text', 'json', 'envelope', 'errors', 'oauth', 'url', 'url-lower', 'form', 'base64'] as const;
export type EchoShape = (typeof ECHO_SHAPES)[number];

function encode(value: string, shape: EchoShape): string {
	switch (shape) {
		case 'url':
			return encodeURIComponent(value);
		case 'url-lower':
			return encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
		case 'form':
			return new URLSearchParams({ v: value }).toString().slice(2);
		case 'base64':
			return Buffer.from(value, 'utf8').toString('base64');
		default:
			return value;
	}
}

/** Every value worth echoing: header values, a bare bearer token, the body, a Basic pair found in the body. */
export function echoedValues(req: Seen, extra: readonly string[] = []): string[] {
	const values: string[] = [];
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined) continue;
		const text = Array.isArray(value) ? value.join(', ') : value;
		values.push(`${name}=${text}`);
		const bearer = /^Bearer\s+(.+)$/i.exec(text);
		if (bearer) values.push(bearer[1]);
	}
	if (req.body) {
		values.push(req.body);
		try {
			const parsed = JSON.parse(req.body) as Record<string, unknown>;
			for (const value of Object.values(parsed)) if (typeof value === 'string') values.push(value);
			if (typeof parsed.clientIdentifier === 'string' && typeof parsed.clientSecret === 'string') values.push(`${parsed.clientIdentifier}:${parsed.clientSecret}`);
		} catch {
			for (const [, value] of new URLSearchParams(req.body)) values.push(value);
		}
	}
	return [...values, ...extra];
}

/** A 4xx/5xx answer whose body repeats `values` in `shape`. */
export function leakyAnswer(status: number, values: readonly string[], shape: EchoShape): Answer {
	const text = `Rejected upstream. Received: ${values.map((value) => encode(value, shape)).join(' | ')}`;
	switch (shape) {
		case 'json':
			return { status, body: { message: text } };
		case 'envelope':
			return { status, body: { meta: { errors: [{ title: text, detail: `again ${text}`, code: 'ECHO' }] } } };
		case 'errors':
			return { status, body: { errors: [{ detail: text, values }] } };
		case 'oauth':
			return { status, body: { error: 'invalid_client', error_description: text } };
		default:
			return { status, body: text };
	}
}

/** The forms of a secret a scan must not find: raw, URL-encoded (both hex cases), form-encoded, JSON-escaped, base64. */
export function forbiddenForms(secret: string): string[] {
	const encoded = encodeURIComponent(secret);
	return [
		secret,
		encoded,
		encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
		new URLSearchParams({ v: secret }).toString().slice(2),
		JSON.stringify(secret).slice(1, -1),
		Buffer.from(secret, 'utf8').toString('base64'),
	];
}

/** The secrets (in any forbidden form) found in `text`. */
export function leaksIn(text: string, secrets: readonly string[]): string[] {
	return secrets.filter((secret) => forbiddenForms(secret).some((form) => text.includes(form)));
}
