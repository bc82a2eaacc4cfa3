/** Passengers of the fake Schedaero API (a contact on a flight leg): listed (paged) and read. */
const { fail, ok } = require('../avinode/envelope');

function seedPassengers(count, contactCount) {
	const passengers = new Map();
	for (let i = 0; i < count; i++) {
		const id = `schedaero-passenger-${80000001 + i}-${90000001 + i}`;
		passengers.set(id, { id, type: 'passengers', contactId: `contact-${70000001 + (i % contactCount)}`, flightLegId: `leg-${90000001 + i}`, seat: `${1 + (i % 6)}A` });
	}
	return passengers;
}

function routes({ schedaero, paginate, schedaeroUrl }) {
	return [
		['GET', /^\/passengers$/, (_, { query }) => {
			const result = paginate([...schedaero.passengers.values()], query);
			return result.error ?? ok(result.page.map((p) => ({ ...p, href: schedaeroUrl(`/passengers/${p.id}`) })), 200, { pagination: result.pagination });
		}],
		['GET', /^\/passengers\/([^/]+)$/, ([id]) => (schedaero.passengers.has(id) ? ok({ ...schedaero.passengers.get(id), href: schedaeroUrl(`/passengers/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))],
	];
}

module.exports = { seedPassengers, routes };
