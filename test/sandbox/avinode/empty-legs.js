/**
 * Empty legs of the fake Avinode Marketplace (an operator's repositioning flights for sale): create,
 * list, read, update, delete. Only the documented properties are kept [C-3p: /reference/createemptyleg].
 */
const { fail, ok, sparse } = require('./envelope');
const { isAirportRef } = require('./segments');

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

/** Seeds one published empty leg a day from 10 Dec 2026, in the documented shape. */
function seedEmptyLegs(airports, count) {
	const emptyLegs = new Map();
	for (let i = 0; i < count; i++) {
		const id = `aemptyleg-${50000001 + i}`;
		const day = `2026-12-${String(10 + i).padStart(2, '0')}`;
		emptyLegs.set(id, { id, type: 'emptylegs', lift: { aircraftTail: `N${200 + i}EL` }, startAirport: { icao: airports[i % 8].icao }, endAirport: { icao: airports[(i + 2) % 8].icao }, startDate: `${day}T08:00:00Z`, endDate: `${day}T20:00:00Z`, published: true, sellerPrice: 9000 + i * 500, sellerPriceCurrency: 'USD' });
	}
	return emptyLegs;
}

function routes({ data, paginate, withHref, nextId }) {
	return [
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
	];
}

module.exports = { seedEmptyLegs, routes };
