/**
 * The embedded sandbox: a stateful fake of Avionté BOLD (`/avionte`), Avinode (`/avinode/api`) and
 * Schedaero (`/schedaero/api`) on plain node:http. Used as a library by the tests and as a process by
 * `npm run sandbox` / `npm start`. It only ever listens on loopback.
 *
 * Faults are injected before a request is processed (a refused, dropped or 5xx request changed
 * nothing), so "exactly once" can be checked against the store. Control endpoints under `/__sandbox`
 * let another process (n8n e2e, the bench) steer faults and read the ledger.
 */
const http = require('node:http');
const { createRandom } = require('./prng');
const { readBody, parseBody, parseQuery, postJson, sendJson, sendText } = require('./http');
const { createAvionteData } = require('./avionte/data');
const { createAvionteApi } = require('./avionte');
const { createAvinodeData } = require('./avinode/data');
const { createAvinodeApi } = require('./avinode');
const { createSchedaeroData } = require('./schedaero/data');
const { createListingSettings } = require('./listing');
const { createDuplicateSettings } = require('./avionte/duplicates');
const { createAvionteThrottle } = require('./avionte/throttle');
const { createAvionteTimes } = require('./avionte/times');
const defaultConfig = require('./config');

/**
 * @typedef {object} FaultConfig
 * @property {Record<string, number>} [statusRates] e.g. { '503': 0.1, '504': 0.05 }: chance per request
 * @property {number} [resetRate] chance of destroying the connection without an answer
 * @property {number} [latencyMs] fixed latency added to every request
 * @property {string} [pathPattern] only requests whose path matches this regex get faults
 * @property {string[]} [methods] only these methods get faults
 * @property {boolean} [includeTokenEndpoints] token calls get faults too (default false)
 * @property {'text' | 'json' | 'both'} [echoHeaders] injected error answers echo the request headers, as
 *   a misconfigured gateway or proxy might: 'text' as a plain-text body, 'json' in `message`, 'both'
 *   alternating. A scripted entry may set it too.
 */

/** An error body that repeats every request header (and the Basic pair decoded), as a leaky proxy would. */
function echoedHeaders(headers, status, shape) {
	const lines = Object.entries(headers).map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(', ') : value}`);
	const basic = /^Basic\s+(\S+)/i.exec(String(headers.authorization ?? ''));
	if (basic) lines.push(`decoded-basic=${Buffer.from(basic[1], 'base64').toString('utf8')}`);
	const text = `Rejected upstream (${status}). Headers received: ${lines.join('; ')}`;
	return shape === 'json' ? { message: text } : text;
}

function start(options = {}) {
	const host = '127.0.0.1';
	const config = { avionte: { ...defaultConfig.avionte, ...options.avionte }, avinode: { ...defaultConfig.avinode, ...options.avinode } };
	let clockOffsetMs = 0;
	const now = () => Date.now() + clockOffsetMs;
	let tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
	let avinodeRateLimit = { limit: options.avinodeRateLimit ?? 1000, windowSeconds: options.avinodeRateLimitWindowSeconds ?? 3600 };
	/** @type {FaultConfig} */
	let faults = { ...(options.faults || {}) };
	let random = createRandom(options.seed ?? 42);
	/** Scripted responses for the next matching requests: { status, headers, body, reset, pathPattern, method } */
	let scripted = [];
	/** The client authentication method the Avinode OAuth secret is configured for. */
	let avinodeOAuthClientAuth = options.avinodeOAuthClientAuth ?? 'client_secret_post';
	/** Avionté-style throttling per API key (avionte/throttle.js). */
	const avionteThrottle = createAvionteThrottle({ now, keyHeader: config.avionte.keyHeader, ratePerSecond: options.avionteRatePerSecond ?? 0 });
	const ledger = [];
	const deliveries = [];
	let avionteWebhook = undefined;
	let inFlight = 0;
	let peakInFlight = 0;

	let avionteData = createAvionteData({ seed: options.seed ?? 42, talentCount: options.talentCount, ...(options.avionteData || {}) });
	let avinodeData = createAvinodeData(options.avinodeData || {});
	let schedaeroData = createSchedaeroData(options.schedaeroData || {});
	let baseUrl = '';
	const avionteTokens = new Map();
	const counters = { tokenFetches: 0 };
	/** Listing switches (page base, page 0, page-size caps, totalCount, RFQ seek paging): see listing.js. */
	const listing = createListingSettings(options.listing || {});
	/** What Create a Talent answers for a person it already has: see avionte/duplicates.js. */
	const duplicates = createDuplicateSettings(options.duplicates || {});
	/** Avionté record times and links, edits that move them (avionte/times.js). */
	const avionteTimes = createAvionteTimes({ now, tenant: config.avionte.tenant, initial: options.avionteTimes || {} });
	avionteTimes.seed(avionteData);
	/** Called before each Avionté API request is answered, so a test can change records mid-listing. */
	let avionteRequestHook;
	let avionte;
	let avinode;

	function buildApis() {
		avionte = createAvionteApi({ config: config.avionte, data: avionteData, tokenLifetimeSeconds: () => tokenLifetimeSeconds, now, tokens: avionteTokens, counters, listing, times: avionteTimes, duplicates });
		avinode = createAvinodeApi({ config: config.avinode, data: avinodeData, schedaero: schedaeroData, now, rateLimit: () => avinodeRateLimit, baseUrl, onDelivery: (d) => deliveries.push(d), listing, oauthClientAuth: () => avinodeOAuthClientAuth });
	}

	function isTokenPath(path) {
		return path === '/avionte/authorize/token' || path === '/avinode/api/oauth/token';
	}

	function pickFault(req, path) {
		const scriptIndex = scripted.findIndex((s) => (!s.method || s.method === req.method) && (!s.pathPattern || new RegExp(s.pathPattern).test(path)));
		if (scriptIndex >= 0) {
			const [fault] = scripted.splice(scriptIndex, 1);
			return fault;
		}
		if (isTokenPath(path) && !faults.includeTokenEndpoints) return undefined;
		if (faults.pathPattern && !new RegExp(faults.pathPattern).test(path)) return undefined;
		if (faults.methods && !faults.methods.includes(req.method)) return undefined;
		if (faults.resetRate && random() < faults.resetRate) return { reset: true };
		for (const [status, rate] of Object.entries(faults.statusRates || {})) {
			if (random() < rate) return { status: Number(status), echoHeaders: faults.echoHeaders };
		}
		return undefined;
	}

	let echoCount = 0;
	function answerFault(req, res, fault, path) {
		if (fault.reset) {
			res.socket?.destroy();
			return;
		}
		const headers = fault.headers || {};
		if (fault.echoHeaders) {
			const shape = fault.echoHeaders === 'both' ? (echoCount++ % 2 === 0 ? 'text' : 'json') : fault.echoHeaders;
			const body = echoedHeaders(req.headers, fault.status, shape);
			if (typeof body === 'string') sendText(res, fault.status, body, headers);
			else sendJson(res, fault.status, body, headers);
			return;
		}
		if (fault.body !== undefined) {
			if (typeof fault.body === 'string') sendText(res, fault.status, fault.body, headers);
			else sendJson(res, fault.status, fault.body, headers);
			return;
		}
		if (path.startsWith('/avinode') || path.startsWith('/schedaero')) {
			sendJson(res, fault.status, { meta: { errors: [{ title: `Injected fault ${fault.status}`, code: 'SANDBOX_FAULT' }], warnings: [], infos: [] } }, headers);
		} else if (fault.status === 502 || fault.status === 504) {
			sendText(res, fault.status, `<html><body><h1>${fault.status} Gateway error</h1></body></html>`, { ...headers, 'Content-Type': 'text/html' });
		} else {
			sendJson(res, fault.status, { message: `Injected fault ${fault.status}` }, headers);
		}
	}

	async function control(req, res, path, query, body) {
		const route = path.slice('/__sandbox'.length);
		if (req.method === 'GET' && route === '/health') return sendJson(res, 200, { ok: true });
		if (req.method === 'GET' && route === '/ledger') return sendJson(res, 200, ledger);
		if (req.method === 'GET' && route === '/stats') return sendJson(res, 200, api.stats());
		if (req.method === 'POST' && route === '/faults') {
			faults = { ...(body || {}) };
			if (body?.seed !== undefined) random = createRandom(body.seed);
			return sendJson(res, 200, faults);
		}
		if (req.method === 'POST' && route === '/script') {
			scripted.push(...[].concat(body || []));
			return sendJson(res, 200, { queued: scripted.length });
		}
		if (req.method === 'POST' && route === '/settings') {
			try {
				api.configure(body || {});
			} catch (error) {
				return sendJson(res, 400, { message: error.message });
			}
			return sendJson(res, 200, { ok: true, listing: listing.snapshot(), duplicates: duplicates.snapshot() });
		}
		if (req.method === 'GET' && route === '/settings') return sendJson(res, 200, { listing: listing.snapshot(), duplicates: duplicates.snapshot() });
		if (req.method === 'POST' && route === '/reset') {
			api.reset(body || {});
			return sendJson(res, 200, { ok: true });
		}
		if (req.method === 'POST' && route === '/expire-tokens') {
			avionte.expireAllTokens();
			avinode.expireOauthTokens();
			return sendJson(res, 200, { ok: true });
		}
		if (req.method === 'POST' && route === '/avinode/emit') {
			return sendJson(res, 200, await avinode.emit(body.eventType, body.resource, { owner: body.owner }));
		}
		if (req.method === 'POST' && route === '/avionte/webhook') {
			avionteWebhook = { url: body.url, secret: body.secret, header: body.header || 'X-Payload-Signature' };
			return sendJson(res, 200, { ok: true });
		}
		if (req.method === 'POST' && route === '/avionte/emit') {
			return sendJson(res, 200, await api.emitAvionte(body.eventName, body.resource, body.correlationId));
		}
		if (req.method === 'GET' && route === '/avionte/talents') return sendJson(res, 200, [...avionteData.talents.values()]);
		if (req.method === 'GET' && route === '/deliveries') return sendJson(res, 200, deliveries);
		void query;
		return sendJson(res, 404, { message: 'unknown sandbox control route' });
	}

	const server = http.createServer(async (req, res) => {
		inFlight++;
		peakInFlight = Math.max(peakInFlight, inFlight);
		res.on('close', () => inFlight--);
		const url = new URL(req.url || '/', `http://${host}`);
		const path = url.pathname;
		const query = parseQuery(url.searchParams);
		const raw = await readBody(req);
		const parsed = parseBody(raw, req.headers['content-type']);
		if (path.startsWith('/__sandbox')) return control(req, res, path, query, parsed.value);

		const entry = { at: now(), method: req.method, path, query, headers: { ...req.headers }, body: parsed.ok ? parsed.value : parsed.text, status: 0 };
		ledger.push(entry);
		res.on('finish', () => {
			entry.status = res.statusCode;
			entry.finishedAt = now();
		});
		res.on('close', () => {
			if (!res.writableFinished) entry.status = -1; // connection dropped
		});

		// `{API base}/redirect-test?to=<url>&status=<3xx>` answers with that redirect: an API host that
		// redirects (an open redirect, a misconfigured gateway) for the tests of what follows a redirect.
		if (/^\/(avionte\/front-office\/v1|avinode\/api|schedaero\/api)\/redirect-test$/.test(path)) {
			res.writeHead(Number(query.status) || 302, { Location: String(query.to ?? '/') }).end();
			return;
		}
		if (faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
		const fault = pickFault(req, path);
		if (fault) return answerFault(req, res, fault, path);

		if (path.startsWith('/avionte/front-office')) {
			const refusal = avionteThrottle.refusal(req);
			if (refusal) return sendJson(res, ...refusal);
		}

		const context = { path, query, body: parsed.ok ? parsed.value : undefined, bodyError: parsed.ok ? undefined : parsed.error };
		try {
			if (avionteRequestHook && path.startsWith('/avionte/front-office/v1/')) avionteRequestHook({ method: req.method, path: path.slice('/avionte/front-office/v1'.length), query, body: context.body });
			if (path.startsWith('/avionte') && avionte.handle(req, res, { ...context, path: path.slice('/avionte'.length) })) return;
			if (avinode.handle(req, res, context)) return;
			sendJson(res, 404, { message: `Nothing at ${path}` });
		} catch (error) {
			sendJson(res, 500, { message: `Sandbox error: ${error.message}` });
		}
	});

	const api = {
		server,
		config,
		ledger,
		deliveries,
		get url() {
			return baseUrl;
		},
		get avionteBaseUrl() {
			return `${baseUrl}/avionte`;
		},
		get avinodeBaseUrl() {
			return `${baseUrl}/avinode/api`;
		},
		get schedaeroBaseUrl() {
			return `${baseUrl}/schedaero/api`;
		},
		/** The current listing switches. */
		get listing() {
			return listing.snapshot();
		},
		/** The current duplicate switches. */
		get duplicates() {
			return duplicates.snapshot();
		},
		get data() {
			return { avionte: avionteData, avinode: avinodeData, schedaero: schedaeroData };
		},
		/** @param {FaultConfig & { seed?: number }} next */
		setFaults(next) {
			faults = { ...next };
			if (next.seed !== undefined) random = createRandom(next.seed);
		},
		/** Queues scripted answers for the next matching requests. */
		script(...entries) {
			scripted.push(...entries);
		},
		/**
		 * `listing: { avionte?, avinode? }` merges into the listing switches (listing.js), `duplicates:
		 * { duplicates?, duplicateStatus?, duplicateRules? }` into the duplicate switches (avionte/duplicates.js);
		 * invalid values throw.
		 */
		configure({ tokenLifetimeSeconds: lifetime, avinodeRateLimit: limit, avinodeRateLimitWindowSeconds: window, avionteRatePerSecond: rate, clockOffsetMs: offset, avinodeOAuthClientAuth: clientAuth, listing: listingSettings, schedaero: schedaeroSettings, avionteTimes: timeSettings, duplicates: duplicateSettings } = {}) {
			// Schedaero contact switches (schedaero/contacts.js); reset restores the defaults.
			if (schedaeroSettings !== undefined) avinode.configureSchedaero(schedaeroSettings);
			if (timeSettings !== undefined) avionteTimes.update(timeSettings, avionteData);
			if (clientAuth !== undefined) avinodeOAuthClientAuth = clientAuth;
			if (duplicateSettings !== undefined) duplicates.update(duplicateSettings);
			if (listingSettings !== undefined) listing.update(listingSettings);
			if (lifetime !== undefined) tokenLifetimeSeconds = lifetime;
			if (limit !== undefined || window !== undefined) avinodeRateLimit = { limit: limit ?? avinodeRateLimit.limit, windowSeconds: window ?? avinodeRateLimit.windowSeconds };
			if (rate !== undefined) avionteThrottle.setRate(rate);
			if (offset !== undefined) clockOffsetMs = offset;
			if (limit !== undefined) avinode.resetQuota();
		},
		expireAvionteTokens() {
			avionte.expireAllTokens();
		},
		/** The Avionté time switches (avionte/times.js). */
		get avionteTimes() {
			return avionteTimes.settings;
		},
		/** Edits a stored Avionté record as a user in Avionté would: its update time moves (see avionte/times.js). */
		editAvionte(plural, id, changes, opts) {
			return avionteTimes.edit(avionteData, plural, id, changes, opts);
		},
		/** Adds an Avionté record with creation and update times, as a create in Avionté would. */
		createAvionte(plural, record, opts) {
			return avionteTimes.create(avionteData, plural, record, opts);
		},
		/** `hook({ method, path, query, body })` runs before each Avionté API request is answered; undefined removes it. */
		onAvionteRequest(hook) {
			avionteRequestHook = hook;
		},
		expireAvinodeTokens() {
			avinode.expireOauthTokens();
		},
		reset({ talentCount, seed } = {}) {
			avionteData = createAvionteData({ seed: seed ?? options.seed ?? 42, talentCount: talentCount ?? options.talentCount, ...(options.avionteData || {}) });
			avinodeData = createAvinodeData(options.avinodeData || {});
			schedaeroData = createSchedaeroData(options.schedaeroData || {});
			ledger.length = 0;
			deliveries.length = 0;
			scripted = [];
			faults = {};
			peakInFlight = 0;
			avinodeOAuthClientAuth = options.avinodeOAuthClientAuth ?? 'client_secret_post';
			listing.reset();
			duplicates.reset();
			avionteTimes.reset(avionteData);
			avionteRequestHook = undefined;
			avionteThrottle.reset();
			buildApis();
		},
		clearLedger() {
			ledger.length = 0;
			peakInFlight = 0;
			avionteThrottle.clearRefusals();
		},
		stats() {
			const refused429 = ledger.filter((entry) => entry.status === 429).length;
			return { ...avionte.stats(), ...avinode.stats(), requests: ledger.length, peakInFlight, throttleRefusals: avionteThrottle.refusals, refused429 };
		},
		emitAvinode(eventType, resource, opts) {
			return avinode.emit(eventType, resource, opts);
		},
		/** Registers where Avionté events go (Avionté staff do this for real customers). */
		setAvionteWebhook(url, secret, header = 'X-Payload-Signature') {
			avionteWebhook = { url, secret, header };
		},
		/** Sends an Avionté event envelope; `Resource` is a JSON string, as in the real envelope [C]. */
		async emitAvionte(eventName, resource, correlationId = require('node:crypto').randomUUID(), { secret } = {}) {
			if (!avionteWebhook) throw new Error('no Avionté webhook registered');
			const envelope = {
				EventName: eventName,
				FrontOfficeTenantId: Number(config.avionte.frontOfficeTenantId),
				Resource: JSON.stringify({ ...resource, CorrelationId: correlationId }),
				ResourceModelType: 'Avionte.Commons.CompasEventModel.ResourceModel.TalentResourceModel, Avionte.Commons',
				CorrelationId: correlationId,
			};
			const status = await postJson(avionteWebhook.url, envelope, { 'Content-Type': 'application/json', [avionteWebhook.header]: secret ?? avionteWebhook.secret });
			deliveries.push({ eventName, status, correlationId });
			return { status, correlationId };
		},
		close() {
			return new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve(undefined));
			});
		},
	};

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			const address = server.address();
			baseUrl = `http://${host}:${typeof address === 'object' && address ? address.port : 0}`;
			buildApis();
			resolve(api);
		});
	});
}

module.exports = { start, config: defaultConfig };
