import { apiMessageFromBody, describeFailure, extractHttpFailure, redactSecrets } from '../../nodes/shared/errors';

describe('apiMessageFromBody', () => {
	it.each([
		[{ meta: { errors: [{ title: 'Not found', code: 'NOT_FOUND' }] } }, 'Not found [NOT_FOUND]'],
		[{ meta: { errors: [{ title: 'Bad', code: 'A' }, { title: 'Worse', detail: 'x', code: 'B' }] } }, 'Bad [A]; Worse: x [B]'],
		[{ error: 'invalid_client' }, 'invalid_client'],
		[{ error: 'invalid_scope', error_description: 'nope' }, 'invalid_scope: nope'],
		[{ Message: 'Server said so' }, 'Server said so'],
		[{ errors: ['a', { b: 1 }] }, 'a; {"b":1}'],
		['plain text failure', 'plain text failure'],
		['<html><body>502</body></html>', undefined],
		[{ unrelated: true }, undefined],
		[undefined, undefined],
	])('%j -> %s', (body, expected) => {
		expect(apiMessageFromBody(body)).toBe(expected);
	});
});

describe('extractHttpFailure', () => {
	it('reads status, headers and a JSON body from an axios-style error wrapped in a cause chain', () => {
		const axiosError = { message: 'Request failed', code: 'ERR_BAD_REQUEST', response: { status: 429, headers: { 'Retry-After': '3' }, data: Buffer.from('{"message":"slow down"}') } };
		const wrapped = { message: 'wrapped', httpCode: '429', cause: axiosError };
		expect(extractHttpFailure(wrapped)).toMatchObject({ status: 429, headers: { 'retry-after': '3' }, body: { message: 'slow down' } });
	});

	it('reads a network code when no response arrived', () => {
		expect(extractHttpFailure({ message: 'socket hang up' })).toMatchObject({ status: undefined, networkCode: 'ECONNRESET' });
		expect(extractHttpFailure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toMatchObject({ networkCode: 'ECONNREFUSED' });
	});
});

describe('redaction', () => {
	it('removes known secrets and anything shaped like a bearer token', () => {
		const text = 'key sbx-secret-123 and Authorization: Bearer eyJhbGciOi.abc.def-ghi';
		expect(redactSecrets(text, ['sbx-secret-123'])).toBe('key [redacted] and Authorization: Bearer [redacted]');
	});

	it('keeps the API text, RequestId and the unknown-outcome note in the description', () => {
		const result = describeFailure({ status: 504, headers: {}, body: 'upstream timeout' }, { api: 'Avionté', method: 'POST', path: '/talent', requestId: 'r-1', attempts: 1, note: 'check before re-sending', secrets: [] });
		expect(result.message).toBe('Avionté API error 504: upstream timeout');
		expect(result.description).toBe('POST /talent · The API gateway timed out · RequestId r-1 · check before re-sending');
	});
});

describe('network and other failures', () => {
	it('names a dropped connection in words n8n will not rewrite, keeping the code in the description', () => {
		const result = describeFailure({ headers: {}, networkCode: 'ECONNRESET' }, { api: 'Avinode', method: 'POST', path: '/leads', secrets: [] });
		expect(result.message).toBe('Avinode API unreachable (connection dropped)');
		expect(result.message).not.toMatch(/ECONN/);
		expect(result.description).toBe('POST /leads · ECONNRESET');
	});

	it('passes a non-HTTP failure message through, redacted', () => {
		const result = describeFailure({ headers: {}, clientMessage: 'token s3cr3t-value refused' }, { api: 'Avionté', method: 'GET', path: '/x', secrets: ['s3cr3t-value'] });
		expect(result.message).toBe('token [redacted] refused');
	});
});
