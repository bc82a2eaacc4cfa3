/** Availability searches of the fake Avinode Marketplace (end-client apps): a search answers three priced aircraft types. */
const { fail, ok } = require('./envelope');
const { validateSegments } = require('./segments');

function routes({ data, avinodeUrl, nextId }) {
	return [
		['POST', /^\/searches$/, (_, { body }) => {
			const problem = validateSegments(body?.segments);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			const id = nextId('asearch');
			const results = data.aircraftTypes.slice(0, 3).map((t, i) => ({ id: nextId('asearchhit'), aircraftType: t.name, sellerPrice: { price: { amount: 12000 + i * 3500, currency: 'USD' } } }));
			const search = { id, type: 'searches', href: avinodeUrl(`/searches/${id}`), segments: body.segments, results };
			data.searches.set(id, search);
			return ok(search, 201);
		}],
	];
}

module.exports = { routes };
