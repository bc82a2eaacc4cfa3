/**
 * The fake Avionté API's token endpoint and the authentication of its API calls, as the seed
 * describes them: a form-encoded client-credentials POST to `/authorize/token` with the key header;
 * then every call needs `Authorization: Bearer`, the key header and `Tenant` (or
 * `FrontOfficeTenantId`); an optional `RequestId` must be a GUID.
 */
const crypto = require('node:crypto');
const { GUID, sendJson } = require('../http');

const MISSING_KEY = { statusCode: 401, message: 'Access denied due to missing or invalid API key.' };
const DENIED = { message: 'Authorization has been denied for this request.' };

/** `tokens` (token → expiry in ms) outlives data resets: a token stays valid until it expires. */
function createAvionteAuth({ config, tokens, now, tokenLifetimeSeconds, counters }) {
	/** `POST /authorize/token`. */
	function issueToken(req, body, res) {
		if (req.headers[config.keyHeader.toLowerCase()] !== config.apiKey) return sendJson(res, 401, MISSING_KEY);
		if (!(req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')) {
			return sendJson(res, 400, { error: 'invalid_request', error_description: 'form-encoded body required' });
		}
		if (!body || body.grant_type !== 'client_credentials') return sendJson(res, 400, { error: 'unsupported_grant_type' });
		if (body.client_id !== config.clientId || body.client_secret !== config.clientSecret) return sendJson(res, 400, { error: 'invalid_client' });
		if (body.scope !== config.scope) return sendJson(res, 400, { error: 'invalid_scope' });
		const token = `sbx-at-${crypto.randomBytes(18).toString('hex')}`;
		tokens.set(token, now() + tokenLifetimeSeconds() * 1000);
		counters.tokenFetches++;
		return sendJson(res, 200, { access_token: token, expires_in: tokenLifetimeSeconds(), token_type: 'Bearer' });
	}

	/** `[status, body]` refusing an API call, or undefined when it is authenticated. */
	function refusal(req) {
		const key = req.headers[config.keyHeader.toLowerCase()];
		if (!key || key !== config.apiKey) return [401, MISSING_KEY];
		const match = /^Bearer (.+)$/.exec(req.headers.authorization || '');
		if (!match) return [401, DENIED];
		const expiresAt = tokens.get(match[1]);
		if (expiresAt === undefined || expiresAt <= now()) return [401, DENIED];
		const tenant = req.headers.tenant;
		const frontOfficeTenantId = req.headers.frontofficetenantid;
		if (!tenant && !frontOfficeTenantId) return [400, { message: 'Either the Tenant or the FrontOfficeTenantId header is required.' }];
		if (tenant && tenant !== config.tenant) return [403, { message: `Tenant '${tenant}' is not accessible with these credentials.` }];
		if (frontOfficeTenantId && frontOfficeTenantId !== config.frontOfficeTenantId) return [403, { message: 'FrontOfficeTenantId is not accessible with these credentials.' }];
		const requestId = req.headers.requestid;
		if (requestId !== undefined && !GUID.test(String(requestId))) return [400, { message: 'RequestId must be a valid GUID.' }];
		return undefined;
	}

	return {
		issueToken,
		refusal,
		expireAll() {
			for (const token of tokens.keys()) tokens.set(token, 0);
		},
	};
}

module.exports = { createAvionteAuth };
