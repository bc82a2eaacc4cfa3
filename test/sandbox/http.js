/** Request parsing and response helpers shared by the fake APIs. */

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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

module.exports = { readBody, parseBody, parseQuery, sendJson, sendText, sendBytes, GUID };
