/**
 * Fake Avinode Marketplace (`/avinode/api`) and Schedaero (`/schedaero/api`) APIs.
 *
 * Header rules from the API Basics seed: `X-Avinode-ApiToken` and `Authorization: Bearer` identify the
 * application and the API connection (401 when wrong), `X-Avinode-SentTimestamp` must be ISO-8601 and
 * within 5 minutes (400), `X-Avinode-ApiVersion` must be `v1` and `X-Avinode-Product` present (400).
 * Marketplace responses carry `X-Rate-Limit-*` headers and answer 403 once the hourly quota is used;
 * Schedaero has no rate limits [C]. Bodies use the `{ meta: { errors, warnings, infos }, data }` envelope.
 * Paths marked [I] in the research are served as the nodes call them, so they stay testable.
 */
const crypto = require('node:crypto');
const http = require('node:http');
const { sendJson, sendBytes } = require('../http');
const { avinodeNumberedPage, avinodeSeekPage } = require('../listing');
const { marketplaceExtraRoutes, quoteAttachmentStream } = require('./schedules');

const MAX_PAGE_SIZE = 100;
const TRIP_CANCEL_REASONS = ['BY_CLIENT', 'CHANGED', 'BOOKED', 'OTHER'];
const DECLINE_REASONS = ['AIRCRAFT_NOT_AVAILABLE', 'CABOTAGE', 'CREW_NOT_AVAILABLE', 'OWNER_DECLINED', 'UNATTRACTIVE_TRIP', 'UNKNOWN', 'OTHER'];

function meta(extra = {}) {
	return { errors: [], warnings: [], infos: [], ...extra };
}
function ok(data, status = 200, extraMeta = {}) {
	return [status, { meta: meta(extraMeta), data }];
}
function fail(status, title, code, detail) {
	return [status, { meta: meta({ errors: [{ title, code, ...(detail ? { detail } : {}) }] }) }];
}

/**
 * Documented `fields[<type>]` values per resource type. Avinode's "sparse fields" are extra information
 * included only when requested [C: API Basics]; they never remove properties. Values a type does not
 * document are ignored, as are query parameters an operation does not document (e.g. `latestquote=true`).
 * Types listed as `undefined` have documented values the research did not capture: any value is taken.
 */
const TRIP_EXTRAS = ['accountnames', 'amenities', 'analytics', 'aviquote', 'buyermessages', 'categorydetails', 'homebase', 'insurance', 'latestquote', 'legacy_ids', 'liftaoc', 'office', 'perfdetails', 'quoteattachments', 'quotebreakdown', 'requestingcustomer', 'safety', 'sellercontactinfo', 'sellermessagelinks', 'sellerprofilephoto', 'sellerstats', 'taildetails', 'tailphotos', 'timestamps', 'typedetails', 'typephotos'];
const EXTRAS = {
	trips: TRIP_EXTRAS,
	rfqs: TRIP_EXTRAS,
	aircrafttypes: ['perfdetails', 'typedetails', 'typephotos'],
	tripmsgs: undefined,
	quotes: undefined,
	emptylegs: undefined,
};

function requestedExtras(query, type) {
	const values = [].concat(query[`fields[${type}]`] ?? []).flatMap((value) => String(value).split(',')).map((value) => value.trim()).filter(Boolean);
	const documented = EXTRAS[type];
	return [...new Set(values)].filter((value) => documented === undefined || documented.includes(value));
}

/** Adds the requested extras to a copy of the resource; `expand(result, value)` may add a specific block. */
function sparse(resource, query, type, expand) {
	const result = { ...resource };
	for (const value of requestedExtras(query, type)) {
		if (!expand?.(result, value)) result[value] = { included: true };
	}
	return result;
}

function isAirportRef(value) {
	return value && typeof value === 'object' && ['icao', 'iata', 'faa', 'id', 'unofficialICAO'].some((key) => typeof value[key] === 'string' && value[key]);
}

function validateSegments(segments) {
	if (!Array.isArray(segments) || segments.length === 0) return 'segments must be a non-empty array';
	for (const [i, segment] of segments.entries()) {
		if (!isAirportRef(segment.startAirport)) return `segments[${i}].startAirport needs an icao, iata, faa or id`;
		if (!isAirportRef(segment.endAirport)) return `segments[${i}].endAirport needs an icao, iata, faa or id`;
		if (!segment.dateTime || typeof segment.dateTime.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(segment.dateTime.date)) return `segments[${i}].dateTime.date must be YYYY-MM-DD`;
	}
	return undefined;
}

/** Documented empty-leg properties [C-3p: /reference/createemptyleg]; others are ignored. */
const EMPTY_LEG_PROPERTIES = ['lift', 'startAirport', 'endAirport', 'startDate', 'endDate', 'published', 'sellerMessage', 'sellerVerified', 'sellerPrice', 'sellerPriceCurrency'];

function pickEmptyLeg(body) {
	return Object.fromEntries(Object.entries(body || {}).filter(([key]) => EMPTY_LEG_PROPERTIES.includes(key)));
}

const isDateTime = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

function validateEmptyLeg(body) {
	if (!body || typeof body !== 'object') return 'Body must be an empty leg object';
	if (!isAirportRef(body.startAirport) || !isAirportRef(body.endAirport)) return 'startAirport and endAirport are required';
	if (!isDateTime(body.startDate) || !isDateTime(body.endDate)) return 'startDate and endDate are required date-times';
	if (Date.parse(body.endDate) < Date.parse(body.startDate)) return 'endDate must not be before startDate';
	const lift = body.lift;
	if (!lift || typeof lift !== 'object' || !(lift.aircraftTail || lift.aircraftType || lift.aircraftCategory)) return 'lift needs an aircraftTail, aircraftType or aircraftCategory';
	if (body.sellerPrice !== undefined && (typeof body.sellerPrice !== 'number' || body.sellerPrice < 0)) return 'sellerPrice must be a non-negative number';
	if (body.sellerPrice !== undefined && !/^[A-Z]{3}$/.test(String(body.sellerPriceCurrency ?? ''))) return 'sellerPriceCurrency must be an ISO 4217 code when sellerPrice is set';
	for (const flag of ['published', 'sellerVerified']) if (body[flag] !== undefined && typeof body[flag] !== 'boolean') return `${flag} must be true or false`;
	return undefined;
}

const RATES_TO_USD = { USD: 1, EUR: 1.1, GBP: 1.25, CHF: 1.12 };

function convert(amount, from, to) {
	const usd = amount * (RATES_TO_USD[from] ?? 1);
	return Math.round((usd / (RATES_TO_USD[to] ?? 1)) * 100) / 100;
}

/** Phone and email types as the docs' example writes them [C: /reference-link/createendclientlead]. */
const CONTACT_TYPES = ['Work', 'Home', 'Mobile', 'Other'];

/** Whether an Accept header allows a PDF (a missing header allows anything). */
function acceptsPdf(accept) {
	if (accept === undefined || accept === '') return true;
	return String(accept).split(',').map((part) => part.split(';')[0].trim().toLowerCase()).some((type) => ['application/pdf', 'application/octet-stream', 'application/*', '*/*'].includes(type));
}

/**
 * Schedaero contact behaviours the public material does not settle, one switch each (defaults first):
 * - `externalIdentities`: 'embedded' (contacts list and read their `externalIdentities`) | 'separate'
 *   (they do not; `GET /contacts/{kind}/{id}/externalidentity/{systemId}` answers per contact, 404 when unlinked);
 * - `companyExternalIdentity`: true (companies take external identities like people) | false (404);
 * - `createAnswer`: 'record' (201 with the contact) | 'location' (201 with only a Location header,
 *   as `POST /externalsystems` answers [C]);
 * - `putMode`: 'merge' (PUT changes the fields sent) | 'replace' (PUT replaces the contact: fields left out are cleared).
 */
const SCHEDAERO_SWITCHES = {
	externalIdentities: ['embedded', 'separate'],
	companyExternalIdentity: [true, false],
	createAnswer: ['record', 'location'],
	putMode: ['merge', 'replace'],
};

function defaultSchedaeroSwitches() {
	return Object.fromEntries(Object.entries(SCHEDAERO_SWITCHES).map(([name, values]) => [name, values[0]]));
}

function createAvinodeApi({ config, data, schedaero, now, rateLimit, baseUrl, onDelivery, listing, oauthClientAuth = () => 'client_secret_post' }) {
	const schedaeroSwitches = defaultSchedaeroSwitches();
	/** `page[number]` paging per the listing switches (listing.js). */
	function paginate(items, query) {
		const result = avinodeNumberedPage(items, query, listing.avinode, MAX_PAGE_SIZE);
		return result.error ? { error: fail(result.error.status, result.error.title, result.error.code) } : result;
	}
	/** `GET /rfqs`: seek paging unless the switch says the server pages by number. */
	function paginateRfqs(items, query) {
		if (listing.avinode.rfqPaging === 'number') return paginate(items, query);
		const result = avinodeSeekPage(items, query, listing.avinode, MAX_PAGE_SIZE);
		return result.error ? { error: fail(result.error.status, result.error.title, result.error.code) } : result;
	}

	const oauthTokens = new Map();
	let quota = { windowStart: now(), used: 0 };
	let oauthTokenFetches = 0;

	function nextId(prefix) {
		data.counter += 1;
		return `${prefix}-${data.counter}`;
	}

	function checkHeaders(req, platform, subPath) {
		if (req.headers['x-avinode-apitoken'] !== config.apiToken) return fail(401, 'Invalid or missing API token', 'INVALID_API_TOKEN');
		const match = /^Bearer (.+)$/.exec(req.headers.authorization || '');
		// Schedaero connections manage their webhooks on the Avinode host [C], so that path accepts both.
		const accepted = platform === 'schedaero' ? [config.schedaeroConnectionToken] : subPath.startsWith('/webhooks/settings') ? [config.connectionToken, config.schedaeroConnectionToken] : [config.connectionToken];
		const oauth = match && oauthTokens.get(match[1]);
		if (!match || (!accepted.includes(match[1]) && !(oauth && oauth > now()))) return fail(401, 'Invalid or missing authorization token', 'INVALID_AUTHORIZATION');
		const sent = req.headers['x-avinode-senttimestamp'];
		const sentMs = typeof sent === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(sent) ? Date.parse(sent) : NaN;
		if (Number.isNaN(sentMs)) return fail(400, 'Missing or malformed X-Avinode-SentTimestamp', 'INVALID_TIMESTAMP');
		if (Math.abs(now() - sentMs) > 5 * 60 * 1000) return fail(400, 'X-Avinode-SentTimestamp is more than 5 minutes off', 'INVALID_TIMESTAMP');
		if (req.headers['x-avinode-apiversion'] !== 'v1') return fail(400, 'Unsupported X-Avinode-ApiVersion', 'INVALID_API_VERSION');
		if (!req.headers['x-avinode-product']) return fail(400, 'X-Avinode-Product is required', 'MISSING_PRODUCT');
		return undefined;
	}

	function rateLimitHeaders() {
		const { limit, windowSeconds } = rateLimit();
		if (now() - quota.windowStart >= windowSeconds * 1000) quota = { windowStart: now(), used: 0 };
		const reset = Math.max(0, Math.ceil((quota.windowStart + windowSeconds * 1000 - now()) / 1000));
		return { limit, remaining: Math.max(0, limit - quota.used), reset };
	}

	const href = (platformBase, path) => `${platformBase}${path}`;

	// --- Marketplace routes (below /avinode/api) ---
	const A = `${baseUrl}/avinode/api`;
	const marketplace = [
		...marketplaceExtraRoutes({ data, A, ok, fail, sparse, nextId, validateSegments }),
		['POST', /^\/trips$/, (_, { body }) => {
			if (!body || typeof body !== 'object') return fail(400, 'Body must be a trip object', 'INVALID_BODY');
			if (!body.criteria || typeof body.criteria !== 'object') return fail(422, 'criteria is required', 'VALIDATION_FAILED');
			const problem = validateSegments(body.segments);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			if (typeof body.sourcing !== 'boolean') return fail(422, 'sourcing must be true or false', 'VALIDATION_FAILED');
			const id = nextId('atrip');
			const trip = { id, type: 'trips', href: href(A, `/trips/${id}`), tripId: `S${crypto.randomBytes(3).toString('hex').toUpperCase()}`, externalTripId: body.externalTripId ?? null, criteria: body.criteria, segments: body.segments, sourcing: body.sourcing, canceled: false, links: { tripmsgs: [], rfqs: [] }, actions: { searchInAvinode: { type: 'searchInAvinode', description: 'Compare in Avinode', httpMethod: 'GET', href: `${baseUrl}/avinode/marketplace/mvc/search/load/${id}?source=api&origin=api_action` } } };
			data.trips.set(id, trip);
			return ok(trip, 201);
		}],
		// No trip list is documented: the only trip search is by identifier [C-3p: /reference/searchtrips].
		['GET', /^\/trips$/, () => fail(405, 'Method not allowed: GET /trips', 'METHOD_NOT_ALLOWED')],
		['GET', /^\/trips\/searchTrips$/, (_, { query }) => {
			const identifier = String(query.id ?? '').trim();
			if (!identifier) return fail(400, 'id is required', 'VALIDATION_FAILED');
			const trips = [...data.trips.values()].filter((t) => t.id === identifier || t.tripId === identifier);
			return ok(trips.map((t) => sparse(t, query, 'trips')));
		}],
		['GET', /^\/trips\/([^/]+)$/, ([id], { query }) => (data.trips.has(id) ? ok(sparse(data.trips.get(id), query, 'trips')) : fail(404, 'Not found', 'NOT_FOUND'))],
		['PUT', /^\/trips\/([^/]+)$/, ([id], { body }) => {
			const trip = data.trips.get(id);
			if (!trip) return fail(404, 'Not found', 'NOT_FOUND');
			// The documented examples carry the trip id in the body; this sandbox insists on it.
			if (body?.id !== id) return fail(422, 'id in the body must be the trip id of the path', 'VALIDATION_FAILED');
			if (trip.canceled) return fail(422, 'A canceled trip cannot be updated', 'INVALID_STATE');
			if (body?.segments !== undefined) {
				const problem = validateSegments(body.segments);
				if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			}
			Object.assign(trip, body, { id: trip.id, type: 'trips', href: trip.href });
			return ok(trip);
		}],
		['PUT', /^\/trips\/([^/]+)\/cancel$/, ([id], { body }) => {
			const trip = data.trips.get(id);
			if (!trip) return fail(404, 'Not found', 'NOT_FOUND');
			if (body?.id !== id) return fail(422, 'id in the body must be the trip id of the path', 'VALIDATION_FAILED');
			if (!TRIP_CANCEL_REASONS.includes(body.reason)) return fail(422, `reason must be one of ${TRIP_CANCEL_REASONS.join(', ')}`, 'VALIDATION_FAILED');
			trip.canceled = true;
			trip.cancelReason = body.reason;
			trip.messageToSeller = body.messageToSeller ?? null;
			return ok(trip);
		}],
		['GET', /^\/rfqs$/, (_, { query }) => {
			const result = paginateRfqs([...data.rfqs.values()], query);
			return result.error ?? ok(result.page.map((r) => expandRfq(r, query)), 200, { pagination: result.pagination });
		}],
		['GET', /^\/rfqs\/([^/]+)$/, ([id], { query }) => (data.rfqs.has(id) ? ok(expandRfq(data.rfqs.get(id), query)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['PUT', /^\/rfqs\/([^/]+)\/cancel$/, ([id], { body }) => {
			const rfq = data.rfqs.get(id);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			rfq.canceled = true;
			rfq.messageToSeller = body?.messageToSeller ?? null;
			return ok(withHref(rfq, 'rfqs'));
		}],
		['GET', /^\/tripmsgs\/([^/]+)$/, ([id], { query }) => {
			const msg = data.tripMessages.get(id);
			if (!msg) return fail(404, 'Not found', 'NOT_FOUND');
			const currencies = [].concat(query.outputCurrencies ?? []);
			if (currencies.some((code) => !/^[A-Z]{3}$/.test(code))) return fail(400, 'outputCurrencies must be ISO 4217 codes', 'VALIDATION_FAILED');
			const result = sparse(msg, query, 'tripmsgs');
			const quote = msg.quote && data.quotes.get(msg.quote.id);
			if (quote) {
				// [C] outputCurrencies gives prices in more currencies; fields[quotes] adds extras to the quote.
				result.quote = sparse({ ...msg.quote }, query, 'quotes');
				if (currencies.length > 0) result.quote.convertedPrices = currencies.map((currency) => ({ currency, amount: convert(quote.totalPrice, quote.currencyCode, currency) }));
			}
			return ok(result);
		}],
		['POST', /^\/tripmsgs\/([^/]+)\/submitQuote$/, ([requestId], { body, req }) => {
			const rfq = findRfq(requestId);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			if (rfq.canceled) return fail(422, 'The request was canceled and cannot be quoted', 'INVALID_STATE');
			const quoteIn = body?.quote;
			if (!quoteIn || typeof quoteIn !== 'object') return fail(422, 'quote is required', 'VALIDATION_FAILED');
			if (typeof quoteIn.totalPrice !== 'number' || quoteIn.totalPrice < 0) return fail(422, 'quote.totalPrice must be a non-negative number', 'VALIDATION_FAILED');
			if (!/^[A-Z]{3}$/.test(String(quoteIn.currencyCode ?? ''))) return fail(422, 'quote.currencyCode must be an ISO 4217 code', 'VALIDATION_FAILED');
			const quoteId = nextId('aquote');
			const quote = { id: quoteId, type: 'quotes', href: href(A, `/quotes/${quoteId}`), ...quoteIn };
			data.quotes.set(quoteId, quote);
			const msg = tripMessage('quote', rfq, { message: body.message ?? null, quote: { id: quoteId, href: quote.href, type: 'quotes' }, actAs: req.headers['x-avinode-actasaccount'] ?? null });
			for (const lift of rfq.sellerLift) if (lift.id === requestId || requestId === rfq.id) lift.links.quotes.push({ id: quoteId, href: quote.href, type: 'quotes' });
			return ok(msg, 201);
		}],
		['POST', /^\/tripmsgs\/([^/]+)\/decline$/, ([requestId], { body, req }) => {
			const rfq = findRfq(requestId);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			if (!DECLINE_REASONS.includes(body?.declineReason)) return fail(422, `declineReason must be one of ${DECLINE_REASONS.join(', ')}`, 'VALIDATION_FAILED');
			return ok(tripMessage('decline', rfq, { message: body.message ?? null, declineReason: body.declineReason, actAs: req.headers['x-avinode-actasaccount'] ?? null }), 201);
		}],
		['POST', /^\/tripmsgs\/([^/]+)\/chat$/, ([requestId], { body, req }) => {
			const rfq = findRfq(requestId) ?? findTripForMessage(requestId);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			if (typeof body?.message !== 'string' || body.message === '') return fail(422, 'message is required', 'VALIDATION_FAILED');
			return ok(tripMessage('chat', rfq, { message: body.message, actAs: req.headers['x-avinode-actasaccount'] ?? null }), 201);
		}],
		['GET', /^\/quotes\/([^/]+)$/, ([id]) => (data.quotes.has(id) ? ok(data.quotes.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['POST', /^\/leads$/, (_, { body }) => {
			if (!body?.leadContactInfo || typeof body.leadContactInfo.name !== 'string' || !body.leadContactInfo.name) return fail(422, 'leadContactInfo.name is required', 'VALIDATION_FAILED');
			for (const [list, key] of [['emailAddresses', 'emailAddress'], ['phoneNumbers', 'phoneNumber']]) {
				for (const [i, entry] of (body.leadContactInfo[list] ?? []).entries()) {
					if (!CONTACT_TYPES.includes(entry?.type)) return fail(422, `leadContactInfo.${list}[${i}].type must be one of ${CONTACT_TYPES.join(', ')}`, 'VALIDATION_FAILED');
					if (typeof entry[key] !== 'string' || !entry[key]) return fail(422, `leadContactInfo.${list}[${i}].${key} is required`, 'VALIDATION_FAILED');
				}
			}
			if (body.clientIdentifier) {
				const existing = [...data.leads.values()].find((lead) => lead.clientIdentifier === body.clientIdentifier);
				if (existing) return ok(existing, 200, { infos: [{ title: 'A lead with this clientIdentifier exists; nothing changed', code: 'DUPLICATE_IGNORED' }] });
			}
			const id = nextId('alead');
			const lead = { id, type: 'leads', href: href(A, `/leads/${id}`), ...body };
			data.leads.set(id, lead);
			return ok(lead, 201);
		}],
		['GET', /^\/leads\/([^/]+)$/, ([id]) => (data.leads.has(id) ? ok(data.leads.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['POST', /^\/emptylegs$/, (_, { body }) => {
			const problem = validateEmptyLeg(body);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			const id = nextId('aemptyleg');
			const leg = { id, type: 'emptylegs', published: false, ...pickEmptyLeg(body) };
			data.emptyLegs.set(id, leg);
			return ok(withHref(leg, 'emptylegs'), 201);
		}],
		['GET', /^\/emptylegs$/, (_, { query }) => {
			const result = paginate([...data.emptyLegs.values()], query);
			return result.error ?? ok(result.page.map((leg) => sparse(withHref(leg, 'emptylegs'), query, 'emptylegs')), 200, { pagination: result.pagination });
		}],
		['GET', /^\/emptylegs\/watches$/, (_, { query }) => {
			const result = paginate([...data.watches.values()], query);
			return result.error ?? ok(result.page, 200, { pagination: result.pagination });
		}],
		['POST', /^\/emptylegs\/watches$/, (_, { body }) => {
			if (!body?.uniqueName) return fail(422, 'uniqueName is required', 'VALIDATION_FAILED');
			if (!Array.isArray(body.watchedSegments) || body.watchedSegments.length === 0) return fail(422, 'watchedSegments is required', 'VALIDATION_FAILED');
			if ([...data.watches.values()].some((w) => w.uniqueName === body.uniqueName)) return fail(422, 'uniqueName is already used', 'DUPLICATE');
			const id = nextId('aelwatch');
			const watch = { id, type: 'emptylegwatches', href: href(A, `/emptylegs/watches/${id}`), active: true, ...body };
			data.watches.set(id, watch);
			return ok(watch, 201);
		}],
		['GET', /^\/emptylegs\/watches\/([^/]+)$/, ([id]) => (data.watches.has(id) ? ok(data.watches.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['DELETE', /^\/emptylegs\/watches\/([^/]+)$/, ([id]) => (data.watches.delete(id) ? ok(null) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/emptylegs\/([^/]+)$/, ([id], { query }) => (data.emptyLegs.has(id) ? ok(sparse(withHref(data.emptyLegs.get(id), 'emptylegs'), query, 'emptylegs')) : fail(404, 'Not found', 'NOT_FOUND'))],
		['PUT', /^\/emptylegs\/([^/]+)$/, ([id], { body }) => {
			const leg = data.emptyLegs.get(id);
			if (!leg) return fail(404, 'Not found', 'NOT_FOUND');
			const problem = validateEmptyLeg({ ...leg, ...body, lift: { ...leg.lift, ...body?.lift } });
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			Object.assign(leg, pickEmptyLeg(body), { id, type: 'emptylegs' });
			return ok(withHref(leg, 'emptylegs'));
		}],
		['DELETE', /^\/emptylegs\/([^/]+)$/, ([id]) => (data.emptyLegs.delete(id) ? ok(null) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/airports\/search$/, (_, { query }) => {
			const filter = String(query.filter ?? '').toLowerCase();
			const mode = query.filterMatchType === 'starts_with' ? 'starts_with' : 'contains';
			const matches = data.airports.filter((a) => [a.icao, a.iata, a.name, a.city].some((v) => (mode === 'starts_with' ? v.toLowerCase().startsWith(filter) : v.toLowerCase().includes(filter))));
			const result = paginate(matches, query);
			return result.error ?? ok(result.page.map((a) => withHref(a, 'airports')), 200, { pagination: result.pagination });
		}],
		['GET', /^\/airports\/([^/]+)$/, ([id]) => {
			const airport = data.airports.find((a) => a.id === id);
			return airport ? ok(withHref(airport, 'airports')) : fail(404, 'Not found', 'NOT_FOUND');
		}],
		['GET', /^\/aircrafttypes$/, (_, { query }) => {
			const filter = String(query.filter ?? '').toLowerCase();
			const result = paginate(data.aircraftTypes.filter((t) => t.name.toLowerCase().includes(filter)), query);
			return result.error ?? ok(result.page.map((t) => sparse(withHref(t, 'aircrafttypes'), query, 'aircrafttypes')), 200, { pagination: result.pagination });
		}],
		['PUT', /^\/schedules$/, (_, { body }) => {
			if (!body?.lift?.aircraftTail) return fail(422, 'lift.aircraftTail is required', 'VALIDATION_FAILED');
			if (!Array.isArray(body.activities)) return fail(422, 'activities must be an array (the complete schedule)', 'VALIDATION_FAILED');
			data.schedules.set(body.lift.aircraftTail, { ...body, receivedAt: new Date(now()).toISOString() });
			return ok({ aircraftTail: body.lift.aircraftTail, activityCount: body.activities.length });
		}],
		['POST', /^\/searches$/, (_, { body }) => {
			const problem = validateSegments(body?.segments);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			const id = nextId('asearch');
			const results = data.aircraftTypes.slice(0, 3).map((t, i) => ({ id: nextId('asearchhit'), aircraftType: t.name, sellerPrice: { price: { amount: 12000 + i * 3500, currency: 'USD' } } }));
			const search = { id, type: 'searches', href: href(A, `/searches/${id}`), segments: body.segments, results };
			data.searches.set(id, search);
			return ok(search, 201);
		}],
		['GET', /^\/webhooks\/settings$/, (_, { owner }) => ok([...data.webhookSettings.values()].filter((s) => s.owner === owner).map(publicSetting))],
		['POST', /^\/webhooks\/settings$/, (_, { body, owner }) => {
			const problem = validateSetting(body);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			const id = nextId('webhooksetting');
			const setting = { id, version: 1, active: true, ...body, owner };
			data.webhookSettings.set(id, setting);
			return ok(publicSetting(setting), 201);
		}],
		['PUT', /^\/webhooks\/settings\/([^/]+)$/, ([id], { body, owner }) => {
			const setting = data.webhookSettings.get(id);
			if (!setting || setting.owner !== owner) return fail(404, 'Not found', 'NOT_FOUND');
			const merged = { ...setting, ...body };
			const problem = validateSetting(merged);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			Object.assign(setting, body, { id, owner, version: setting.version + 1 });
			return ok(publicSetting(setting));
		}],
	];

	function validateSetting(body) {
		if (!body?.targetURI || !/^https?:\/\//.test(body.targetURI)) return 'targetURI must be an absolute URL';
		const url = new URL(body.targetURI);
		// Avinode requires HTTPS; the sandbox also accepts http on loopback so local n8n instances can subscribe.
		if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return 'targetURI must use HTTPS';
		if (!body.displayName) return 'displayName is required';
		if (!Array.isArray(body.eventTypes) || body.eventTypes.length === 0) return 'eventTypes must be a non-empty array';
		return undefined;
	}

	function publicSetting(setting) {
		const { owner: _owner, clientSecret: _secret, ...rest } = setting;
		return { ...rest, type: 'webhooksettings', href: href(A, `/webhooks/settings/${setting.id}`) };
	}

	function withHref(resource, collection) {
		return { ...resource, href: href(A, `/${collection}/${resource.id}`) };
	}

	function expandRfq(rfq, query) {
		return sparse(withHref(rfq, 'rfqs'), query, 'rfqs', (result, value) => {
			if (value === 'latestquote') {
				result.sellerLift = rfq.sellerLift.map((lift) => {
					const last = lift.links.quotes[lift.links.quotes.length - 1];
					return { ...lift, latestQuote: last ? data.quotes.get(last.id) : null };
				});
				return true;
			}
			if (value === 'quotebreakdown') {
				result.quoteBreakdown = { included: true };
				return true;
			}
			return false;
		});
	}

	function findRfq(requestId) {
		if (data.rfqs.has(requestId)) return data.rfqs.get(requestId);
		return [...data.rfqs.values()].find((rfq) => rfq.sellerLift.some((lift) => lift.id === requestId));
	}

	function findTripForMessage(requestId) {
		const msg = data.tripMessages.get(requestId);
		return msg ? data.rfqs.get(msg.rfqId) : undefined;
	}

	function tripMessage(kind, rfq, fields) {
		const id = nextId('asellermsg');
		const msg = { id, type: 'tripmsgs', href: href(A, `/tripmsgs/${id}`), kind, rfqId: rfq.id, createdOn: new Date(now()).toISOString(), ...fields, links: { rfqs: [{ id: rfq.id, href: href(A, `/rfqs/${rfq.id}`), type: 'rfqs' }] } };
		data.tripMessages.set(id, msg);
		rfq.links.tripmsgs.push({ id, href: msg.href, type: 'tripmsgs' });
		return msg;
	}

	// --- Schedaero routes (below /schedaero/api) ---
	const S = `${baseUrl}/schedaero/api`;
	function contactStore(kind) {
		return kind === 'people' ? schedaero.people : schedaero.companies;
	}
	/** A contact as the API shows it, per the externalIdentities switch. */
	function contactView(kind, contact) {
		const { externalIdentities, ...rest } = contact;
		const view = { ...rest, href: href(S, `/contacts/${kind}/${contact.id}`) };
		return schedaeroSwitches.externalIdentities === 'embedded' ? { ...view, externalIdentities: externalIdentities ?? [] } : view;
	}
	function identityRoute(kind) {
		return kind === 'people' || schedaeroSwitches.companyExternalIdentity;
	}
	const schedaeroRoutes = [
		['GET', /^\/contacts\/(people|companies)$/, ([kind], { query }) => {
			const result = paginate([...contactStore(kind).values()], query);
			return result.error ?? ok(result.page.map((c) => contactView(kind, c)), 200, { pagination: result.pagination });
		}],
		['GET', /^\/contacts\/(people|companies)\/([^/]+)$/, ([kind, id]) => {
			const contact = contactStore(kind).get(id);
			return contact ? ok(contactView(kind, contact)) : fail(404, 'Not found', 'NOT_FOUND');
		}],
		['POST', /^\/contacts\/(people|companies)$/, ([kind], { body }) => {
			const required = kind === 'people' ? ['firstName', 'lastName'] : ['name'];
			for (const field of required) if (typeof body?.[field] !== 'string' || !body[field]) return fail(422, `${field} is required`, 'VALIDATION_FAILED');
			schedaero.counter += 1;
			const id = `contact-${schedaero.counter}`;
			const contact = { id, type: `contacts-${kind}`, ...body, externalIdentities: [] };
			contactStore(kind).set(id, contact);
			if (schedaeroSwitches.createAnswer === 'location') return [201, { meta: meta() }, { Location: href(S, `/contacts/${kind}/${id}`) }];
			return ok(contactView(kind, contact), 201);
		}],
		['PUT', /^\/contacts\/(people|companies)\/([^/]+)$/, ([kind, id], { body }) => {
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			const kept = { id, type: contact.type, externalIdentities: contact.externalIdentities ?? [] };
			const { externalIdentities: _ignored, ...sent } = body || {};
			const next = schedaeroSwitches.putMode === 'replace' ? { ...sent, ...kept } : { ...contact, ...sent, ...kept };
			contactStore(kind).set(id, next);
			return ok(contactView(kind, next));
		}],
		['GET', /^\/contacts\/(people|companies)\/([^/]+)\/externalidentity\/([^/]+)$/, ([kind, id, systemId]) => {
			if (!identityRoute(kind)) return fail(404, `No operation matches GET /contacts/${kind}/.../externalidentity`, 'NOT_FOUND');
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			const identity = (contact.externalIdentities || []).find((e) => e.externalSystemId === systemId);
			return identity ? ok(identity) : fail(404, 'No external identity in this system', 'NOT_FOUND');
		}],
		['PATCH', /^\/contacts\/(people|companies)\/([^/]+)\/externalidentity\/([^/]+)$/, ([kind, id, systemId], { body }) => {
			if (!identityRoute(kind)) return fail(404, `No operation matches PATCH /contacts/${kind}/.../externalidentity`, 'NOT_FOUND');
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			if (!schedaero.externalSystems.has(systemId)) return fail(404, 'External system not found', 'NOT_FOUND');
			// The docs show isActive as the string "false" [C]; a JSON boolean is refused here [I].
			if (body?.isActive !== undefined && body.isActive !== 'false' && body.isActive !== 'true') return fail(422, 'isActive must be "true" or "false"', 'VALIDATION_FAILED');
			if (body?.isActive !== 'false' && (typeof body?.identifier !== 'string' || !body.identifier)) return fail(422, 'identifier is required', 'VALIDATION_FAILED');
			// The identifier is unique per external system [C].
			const taken = body?.isActive !== 'false' && [...contactStore(kind).values()].some((other) => other.id !== id && (other.externalIdentities || []).some((e) => e.externalSystemId === systemId && e.identifier === body.identifier));
			if (taken) return fail(422, 'identifier is already used by another contact in this external system', 'DUPLICATE');
			contact.externalIdentities = (contact.externalIdentities || []).filter((e) => e.externalSystemId !== systemId);
			if (body.isActive !== 'false') contact.externalIdentities.push({ externalSystemId: systemId, ...body });
			return ok(contactView(kind, contact));
		}],
		['GET', /^\/passengers$/, (_, { query }) => {
			const result = paginate([...schedaero.passengers.values()], query);
			return result.error ?? ok(result.page.map((p) => ({ ...p, href: href(S, `/passengers/${p.id}`) })), 200, { pagination: result.pagination });
		}],
		['GET', /^\/passengers\/([^/]+)$/, ([id]) => (schedaero.passengers.has(id) ? ok({ ...schedaero.passengers.get(id), href: href(S, `/passengers/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/logistics\/([^/]+)$/, ([id]) => (schedaero.logistics.has(id) ? ok({ ...schedaero.logistics.get(id), href: href(S, `/logistics/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/quotes\/([^/]+)$/, ([id]) => {
			const quote = schedaero.quotes.get(id);
			return quote ? ok({ ...quote, href: href(S, `/quotes/${id}`), links: { 'generate-pdf': { href: href(S, `/streams/quotes/${id}`) } } }) : fail(404, 'Not found', 'NOT_FOUND');
		}],
		['POST', /^\/externalsystems$/, (_, { body }) => {
			if (typeof body?.name !== 'string' || !body.name) return fail(422, 'name is required', 'VALIDATION_FAILED');
			schedaero.counter += 1;
			const id = `external-system-${schedaero.counter}`;
			schedaero.externalSystems.set(id, { id, type: 'externalsystems', name: body.name });
			return [201, { meta: {} }, { Location: href(S, `/externalsystems/${id}`) }];
		}],
		['GET', /^\/externalsystems\/([^/]+)$/, ([id]) => (schedaero.externalSystems.has(id) ? ok({ ...schedaero.externalSystems.get(id), href: href(S, `/externalsystems/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))],
	];

	function quotePdf(id) {
		// A tiny but valid one-page PDF naming the quote.
		const text = `Quote ${id}`;
		const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
		const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', `<< /Length ${content.length} >>\nstream\n${content}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
		let pdf = '%PDF-1.4\n';
		const offsets = [];
		objects.forEach((object, i) => {
			offsets.push(pdf.length);
			pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
		});
		const xref = pdf.length;
		pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
		return Buffer.from(pdf, 'latin1');
	}

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

	function handle(req, res, { path, query, body, bodyError }) {
		const platform = path.startsWith('/avinode/api/') ? 'avinode' : path.startsWith('/schedaero/api/') ? 'schedaero' : undefined;
		if (!platform) return false;
		const subPath = path.slice(`/${platform}/api`.length).replace(/\/$/, '');
		if (platform === 'avinode' && req.method === 'POST' && subPath === '/oauth/token') {
			issueOauthToken(req, body, res);
			return true;
		}
		const headers = {};
		if (platform === 'avinode') {
			const rl = rateLimitHeaders();
			Object.assign(headers, { 'X-Rate-Limit-Limit': String(rl.limit), 'X-Rate-Limit-Remaining': String(rl.remaining), 'X-Rate-Limit-Reset': String(rl.reset) });
			if (rl.remaining <= 0) {
				const [status, payload] = fail(403, 'Rate limit exceeded', 'RATE_LIMIT_EXCEEDED');
				sendJson(res, status, payload, headers);
				return true;
			}
			quota.used += 1;
			headers['X-Rate-Limit-Remaining'] = String(Math.max(0, rl.limit - quota.used));
		}
		const authError = checkHeaders(req, platform, subPath);
		if (authError) {
			sendJson(res, authError[0], authError[1], headers);
			return true;
		}
		if (bodyError) {
			const [status, payload] = fail(400, bodyError, 'INVALID_JSON');
			sendJson(res, status, payload, headers);
			return true;
		}
		if (platform === 'avinode' && req.method === 'GET') {
			const stream = quoteAttachmentStream(data, subPath);
			if (stream?.notFound) {
				sendJson(res, ...fail(404, 'Not found', 'NOT_FOUND'), headers);
				return true;
			}
			if (stream) {
				const ascii = stream.fileName.replace(/[^\x20-\x7e]|"/g, '_');
				sendBytes(res, 200, stream.bytes, stream.mimeType, { ...headers, 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(stream.fileName)}` });
				return true;
			}
		}
		if (platform === 'schedaero' && req.method === 'GET') {
			const pdf = /^\/streams\/quotes\/([^/]+)$/.exec(subPath);
			if (pdf) {
				// A strict server: the stream is a PDF, so an Accept that allows only JSON gets 406.
				if (!acceptsPdf(req.headers.accept)) sendJson(res, ...fail(406, 'Not acceptable: this stream is application/pdf', 'NOT_ACCEPTABLE'));
				else if (!schedaero.quotes.has(pdf[1])) sendJson(res, ...fail(404, 'Not found', 'NOT_FOUND'));
				else sendBytes(res, 200, quotePdf(pdf[1]), 'application/pdf', { 'Content-Disposition': `attachment; filename="${pdf[1]}.pdf"` });
				return true;
			}
		}
		const owner = (/^Bearer (.+)$/.exec(req.headers.authorization || '') || [])[1] === config.schedaeroConnectionToken ? 'schedaero' : 'avinode';
		const table = platform === 'avinode' ? marketplace : schedaeroRoutes;
		for (const [method, pattern, handler] of table) {
			if (method !== req.method) continue;
			const match = pattern.exec(subPath);
			if (!match) continue;
			const [status, payload, extraHeaders] = handler(match.slice(1), { body, query, req, owner });
			sendJson(res, status, payload, { ...headers, ...(extraHeaders || {}) });
			return true;
		}
		const [status, payload] = fail(404, `No operation matches ${req.method} ${subPath}`, 'NOT_FOUND');
		sendJson(res, status, payload, headers);
		return true;
	}

	/** Delivers an event to every active webhook setting subscribed to it, as Avinode does (Basic auth). */
	async function emit(eventType, resource, { owner = 'avinode' } = {}) {
		const deliveries = [];
		for (const setting of data.webhookSettings.values()) {
			if (!setting.active || setting.owner !== owner || !setting.eventTypes.includes(eventType)) continue;
			const payload = resource ?? defaultResource(eventType);
			const headers = { 'Content-Type': 'application/json' };
			if (setting.clientIdentifier && setting.clientSecret) headers.Authorization = `Basic ${Buffer.from(`${setting.clientIdentifier}:${setting.clientSecret}`).toString('base64')}`;
			const status = await postJson(setting.targetURI, payload, headers);
			deliveries.push({ settingId: setting.id, targetURI: setting.targetURI, status });
			onDelivery?.({ eventType, settingId: setting.id, status, payload });
		}
		return deliveries;
	}

	function defaultResource(eventType) {
		if (eventType.startsWith('SchedAero')) {
			const contact = [...schedaero.people.values()][0];
			return { id: contact.id, href: href(S, `/contacts/people/${contact.id}`), type: eventType, platformTripId: null };
		}
		if (eventType === 'TripRequest' || eventType === 'TripRequestMine') {
			const rfq = [...data.rfqs.values()][0];
			return { id: rfq.id, href: href(A, `/rfqs/${rfq.id}`), type: 'rfqs' };
		}
		const message = [...data.tripMessages.values()][0];
		if (message) return { id: message.id, href: message.href, type: 'tripmsgs' };
		const rfq = [...data.rfqs.values()][0];
		return { id: rfq.id, href: href(A, `/rfqs/${rfq.id}`), type: 'rfqs' };
	}

	return {
		handle,
		emit,
		/** Sets Schedaero switches (see SCHEDAERO_SWITCHES); an unknown switch or value throws. */
		configureSchedaero(settings) {
			for (const [name, value] of Object.entries(settings || {})) {
				if (!SCHEDAERO_SWITCHES[name]) throw new Error(`unknown Schedaero switch "${name}"`);
				if (!SCHEDAERO_SWITCHES[name].includes(value)) throw new Error(`Schedaero switch "${name}" takes ${SCHEDAERO_SWITCHES[name].map((v) => JSON.stringify(v)).join(' or ')}`);
				schedaeroSwitches[name] = value;
			}
		},
		get schedaeroSwitches() {
			return { ...schedaeroSwitches };
		},
		stats: () => ({ oauthTokenFetches, quotaUsed: quota.used }),
		resetQuota() {
			quota = { windowStart: now(), used: 0 };
		},
		expireOauthTokens() {
			for (const token of oauthTokens.keys()) oauthTokens.set(token, 0);
		},
	};
}

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

module.exports = { createAvinodeApi, postJson, DECLINE_REASONS, SCHEDAERO_SWITCHES };
