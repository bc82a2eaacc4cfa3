/**
 * The fake Avinode OAuth token endpoint and the header rules every Avinode and Schedaero call is
 * checked by (API Basics seed): `X-Avinode-ApiToken` and `Authorization: Bearer` identify the
 * application and the API connection (401 when wrong), `X-Avinode-SentTimestamp` must be ISO-8601 and
 * within 5 minutes (400), `X-Avinode-ApiVersion` must be `v1` and `X-Avinode-Product` present (400).
 * A bearer token is the connection token of the platform, or an OAuth token from `/oauth/token`.
 */
const crypto = require('node:crypto');
const { sendJson } = require('../http');
const { fail } = require('./envelope');

const SENT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function createAvinodeAuth({ config, now, oauthClientAuth }) {
	const oauthTokens = new Map();
	let oauthTokenFetches = 0;

	/**
	 * `POST /oauth/token` [C: docs/oauth-management]. The secret is configured for one client
	 * authentication method, and only that one is accepted: "if you selected client_secret_basic, do not
	 * also send client_secret in the request body".
	 */
	function issueOauthToken(req, body, res) {
		if (!(req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')) return sendJson(res, 400, { error: 'invalid_request' });
		if (body?.grant_type !== 'client_credentials') return sendJson(res, 400, { error: 'unsupported_grant_type' });
		const basic = /^Basic (.+)$/.exec(req.headers.authorization || '');
		let clientId;
		let clientSecret;
		if (oauthClientAuth() === 'client_secret_basic') {
			if (!basic || body.client_secret !== undefined) return sendJson(res, 401, { error: 'invalid_client', error_description: 'This client authenticates with client_secret_basic' });
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			const colon = decoded.indexOf(':');
			[clientId, clientSecret] = [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
		} else {
			if (basic || body.client_secret === undefined) return sendJson(res, 401, { error: 'invalid_client', error_description: 'This client authenticates with client_secret_post' });
			[clientId, clientSecret] = [body.client_id, body.client_secret];
		}
		if (clientId !== config.clientId || clientSecret !== config.clientSecret) return sendJson(res, 401, { error: 'invalid_client' });
		const minutes = Math.min(120, Math.max(1, Number(body.expiresInMinutes ?? 30)));
		const token = `sbx-avn-${crypto.randomBytes(16).toString('hex')}`;
		oauthTokens.set(token, now() + minutes * 60 * 1000);
		oauthTokenFetches++;
		return sendJson(res, 200, { access_token: token, expires_in: minutes * 60, token_type: 'Bearer' });
	}

	/** `[status, body]` refusing the call, or undefined when its headers pass. */
	function refusal(req, platform, subPath) {
		if (req.headers['x-avinode-apitoken'] !== config.apiToken) return fail(401, 'Invalid or missing API token', 'INVALID_API_TOKEN');
		const match = /^Bearer (.+)$/.exec(req.headers.authorization || '');
		// Schedaero connections manage their webhooks on the Avinode host [C], so that path accepts both.
		const accepted = platform === 'schedaero' ? [config.schedaeroConnectionToken] : subPath.startsWith('/webhooks/settings') ? [config.connectionToken, config.schedaeroConnectionToken] : [config.connectionToken];
		const oauth = match && oauthTokens.get(match[1]);
		if (!match || (!accepted.includes(match[1]) && !(oauth && oauth > now()))) return fail(401, 'Invalid or missing authorization token', 'INVALID_AUTHORIZATION');
		const sent = req.headers['x-avinode-senttimestamp'];
		const sentMs = typeof sent === 'string' && SENT_TIMESTAMP.test(sent) ? Date.parse(sent) : NaN;
		if (Number.isNaN(sentMs)) return fail(400, 'Missing or malformed X-Avinode-SentTimestamp', 'INVALID_TIMESTAMP');
		if (Math.abs(now() - sentMs) > 5 * 60 * 1000) return fail(400, 'X-Avinode-SentTimestamp is more than 5 minutes off', 'INVALID_TIMESTAMP');
		if (req.headers['x-avinode-apiversion'] !== 'v1') return fail(400, 'Unsupported X-Avinode-ApiVersion', 'INVALID_API_VERSION');
		if (!req.headers['x-avinode-product']) return fail(400, 'X-Avinode-Product is required', 'MISSING_PRODUCT');
		return undefined;
	}

	return {
		issueOauthToken,
		refusal,
		get oauthTokenFetches() {
			return oauthTokenFetches;
		},
		expireOauthTokens() {
			for (const token of oauthTokens.keys()) oauthTokens.set(token, 0);
		},
	};
}

module.exports = { createAvinodeAuth };
