/**
 * Fake Avinode Marketplace (`/avinode/api`) and Schedaero (`/schedaero/api`) APIs: the OAuth token
 * endpoint, the header rules every call is checked by (auth.js), the Marketplace's hourly quota
 * (rate-limit.js), and routes from one module per resource (Schedaero's in ../schedaero). Bodies use
 * the `{ meta: { errors, warnings, infos }, data }` envelope (envelope.js). Paths marked [I] in the
 * research are served as the nodes call them, so they stay testable.
 */
const { sendAnswer, sendJson } = require('../http');
const { createContactSwitches } = require('../schedaero/contacts');
const { schedaeroRoutes } = require('../schedaero');
const aircraft = require('./aircraft');
const aircraftTypes = require('./aircraft-types');
const airports = require('./airports');
const { createAvinodeAuth } = require('./auth');
const emptyLegWatches = require('./empty-leg-watches');
const emptyLegs = require('./empty-legs');
const { fail, numberedPage } = require('./envelope');
const leads = require('./leads');
const quotes = require('./quotes');
const { createQuota } = require('./rate-limit');
const rfqs = require('./rfqs');
const schedules = require('./schedules');
const searches = require('./searches');
const tripMessages = require('./trip-messages');
const trips = require('./trips');
const webhooks = require('./webhooks');

/**
 * The first route that matches answers, so empty-leg-watches comes before empty-legs (whose
 * `/emptylegs/{id}` would read "watches" as an id); no other two modules serve one method and path.
 */
const MARKETPLACE = [trips, rfqs, tripMessages, quotes, leads, emptyLegWatches, emptyLegs, airports, aircraftTypes, aircraft, schedules, searches, webhooks];

function createAvinodeApi({ config, data, schedaero, now, rateLimit, baseUrl, onDelivery, listing, oauthClientAuth = () => 'client_secret_post' }) {
	const auth = createAvinodeAuth({ config, now, oauthClientAuth });
	const quota = createQuota({ now, rateLimit });
	const contactSwitches = createContactSwitches();
	const avinodeUrl = (path) => `${baseUrl}/avinode/api${path}`;
	const schedaeroUrl = (path) => `${baseUrl}/schedaero/api${path}`;
	/** `page[number]` paging per the listing switches (../listing.js). */
	const paginate = (items, query) => numberedPage(items, query, listing.avinode);
	const withHref = (resource, collection) => ({ ...resource, href: avinodeUrl(`/${collection}/${resource.id}`) });
	function nextId(prefix) {
		data.counter += 1;
		return `${prefix}-${data.counter}`;
	}

	/** Route tables: [method, pattern, handler(params, { body, query, req, owner }) -> [status, body, headers?]]. */
	const tables = {
		avinode: MARKETPLACE.flatMap((resource) => resource.routes({ data, now, baseUrl, avinodeUrl, withHref, paginate, listing, nextId })),
		schedaero: schedaeroRoutes({ schedaero, switches: contactSwitches, paginate, schedaeroUrl }),
	};

	/** Handles a request below `/avinode/api` or `/schedaero/api`; returns true when it answered. */
	function handle(req, res, { path, query, body, bodyError }) {
		const platform = path.startsWith('/avinode/api/') ? 'avinode' : path.startsWith('/schedaero/api/') ? 'schedaero' : undefined;
		if (!platform) return false;
		const subPath = path.slice(`/${platform}/api`.length).replace(/\/$/, '');
		if (platform === 'avinode' && req.method === 'POST' && subPath === '/oauth/token') {
			auth.issueOauthToken(req, body, res);
			return true;
		}
		let headers = {};
		if (platform === 'avinode') {
			const taken = quota.take();
			headers = taken.headers;
			if (taken.exhausted) {
				sendJson(res, ...fail(403, 'Rate limit exceeded', 'RATE_LIMIT_EXCEEDED'), headers);
				return true;
			}
		}
		const refusal = auth.refusal(req, platform, subPath);
		if (refusal) {
			sendJson(res, refusal[0], refusal[1], headers);
			return true;
		}
		if (bodyError) {
			sendJson(res, ...fail(400, bodyError, 'INVALID_JSON'), headers);
			return true;
		}
		const owner = (/^Bearer (.+)$/.exec(req.headers.authorization || '') || [])[1] === config.schedaeroConnectionToken ? 'schedaero' : 'avinode';
		for (const [method, pattern, handler] of tables[platform]) {
			if (method !== req.method) continue;
			const match = pattern.exec(subPath);
			if (!match) continue;
			const [status, payload, extraHeaders] = handler(match.slice(1), { body, query, req, owner });
			sendAnswer(res, status, payload, { ...headers, ...(extraHeaders || {}) });
			return true;
		}
		sendJson(res, ...fail(404, `No operation matches ${req.method} ${subPath}`, 'NOT_FOUND'), headers);
		return true;
	}

	return {
		handle,
		emit: webhooks.createEmitter({ data, schedaero, avinodeUrl, schedaeroUrl, onDelivery }),
		/** Sets Schedaero contact switches (../schedaero/contacts.js); an unknown switch or value throws. */
		configureSchedaero: contactSwitches.configure,
		stats: () => ({ oauthTokenFetches: auth.oauthTokenFetches, quotaUsed: quota.used }),
		resetQuota: quota.reset,
		expireOauthTokens: auth.expireOauthTokens,
	};
}

module.exports = { createAvinodeApi };
