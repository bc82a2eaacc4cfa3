/**
 * Fake Avionté BOLD Front Office API, mounted at `/avionte`: the token endpoint and the API below
 * `/front-office/v1`, whose routes come from one module per resource. Every API answer echoes a valid
 * `RequestId` (auth.js checks the rest of the headers).
 */
const { GUID, sendJson } = require('../http');
const activities = require('./activities');
const { createAvionteAuth } = require('./auth');
const lookups = require('./lookups');
const records = require('./records');
const stages = require('./stages');
const talentDetails = require('./talent-details');
const talents = require('./talents');
const users = require('./users');
const webApplications = require('./web-applications');

const API_PREFIX = '/front-office/v1';
/** No two of these modules serve one method and path, so their order does not matter. */
const RESOURCES = [talents, talentDetails, stages, activities, webApplications, lookups, users, records];

/** `tokens` outlives data resets: a token stays valid until it expires, whatever happens to the records. */
function createAvionteApi({ config, data, tokenLifetimeSeconds, now, tokens, counters, listing, times, duplicates }) {
	/** Record times as Avionté writes them (times.js). */
	const stampNow = () => (times ? times.stamp() : new Date(now()).toISOString());
	const notFound = (kind, id) => [404, { message: `${kind} ${id} was not found.` }];
	/** Route table: [method, pattern, handler(params, { body, query }) -> [status, body]]; paths below /front-office/v1. */
	const routes = RESOURCES.flatMap((resource) => resource.routes({ data, now, stampNow, notFound, listing, duplicates }));
	const auth = createAvionteAuth({ config, tokens, now, tokenLifetimeSeconds, counters });

	/** Handles a request below `/avionte`; returns true when it answered. */
	function handle(req, res, { path, query, body, bodyError }) {
		if (req.method === 'POST' && path === '/authorize/token') {
			auth.issueToken(req, body, res);
			return true;
		}
		if (!path.startsWith(API_PREFIX)) return false;
		const requestId = req.headers.requestid;
		const echo = requestId && GUID.test(String(requestId)) ? { RequestId: String(requestId) } : {};
		const refusal = auth.refusal(req);
		if (refusal) {
			sendJson(res, refusal[0], refusal[1], echo);
			return true;
		}
		if (bodyError) {
			sendJson(res, 400, { message: bodyError }, echo);
			return true;
		}
		const subPath = path.slice(API_PREFIX.length);
		for (const [method, pattern, handler] of routes) {
			if (method !== req.method) continue;
			const match = pattern.exec(subPath);
			if (!match) continue;
			const [status, payload] = handler(match.slice(1), { body, query });
			sendJson(res, status, payload, echo);
			return true;
		}
		sendJson(res, 404, { message: `No HTTP resource was found that matches ${req.method} ${path}.` }, echo);
		return true;
	}

	return {
		handle,
		stats: () => ({ tokenFetches: counters.tokenFetches }),
		expireAllTokens: auth.expireAll,
	};
}

module.exports = { createAvionteApi };
