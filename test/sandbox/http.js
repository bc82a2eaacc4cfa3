/** HTTP plumbing of the fake APIs: request parsing, answers, and the POST that delivers a webhook event. */
const http = require('node:http');

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Parses a request body by content type; returns { ok, value } or { ok: false, error }. */
function parseBody(raw, contentType) {
	const text = raw.toString('utf8');
	if (text.length === 0) return { ok: true, value: undefined, text };
	if ((contentType || '').includes('application/x-www-form-urlencoded')) {
		return { ok: true, value: Object.fromEntries(new URLSearchParams(text)), text };
	}
	try {
		return { ok: true, value: JSON.parse(text), text };
	} catch (error) {
		return { ok: false, error: `Malformed JSON body: ${error.message}`, text };
	}
}

/** Collects repeated query keys into arrays (fields[trips]=a&fields[trips]=b). */
function parseQuery(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) {
		if (key in query) query[key] = [].concat(query[key], value);
		else query[key] = value;
	}
	return query;
}

function sendJson(res, status, body, headers = {}) {
	const payload = body === undefined ? '' : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload), ...headers });
	res.end(payload);
}

function sendText(res, status, text, headers = {}) {
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
	res.end(text);
}

function sendBytes(res, status, bytes, contentType, headers = {}) {
	res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': bytes.length, ...headers });
	res.end(bytes);
}

/**
 * Sends a route's answer: JSON, or bytes when the body is a Buffer (its `Content-Type` taken from the
 * headers).
 */
function sendAnswer(res, status, body, headers = {}) {
	if (!Buffer.isBuffer(body)) return sendJson(res, status, body, headers);
	const { 'Content-Type': contentType, ...rest } = headers;
	return sendBytes(res, status, body, contentType, rest);
}

/** POSTs a JSON payload (a webhook delivery); resolves with the status, or 0 when nothing answered. */
function postJson(url, payload, headers) {
	return new Promise((resolve) => {
		const body = JSON.stringify(payload);
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, timeout: 10000 }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode));
		});
		request.on('error', () => resolve(0));
		request.on('timeout', () => request.destroy());
		request.end(body);
	});
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

module.exports = { readBody, parseBody, parseQuery, sendJson, sendText, sendBytes, sendAnswer, postJson, GUID };
