/** Aircraft (tails) of the fake Avinode Marketplace: search by tail (at least one `tail` [C-3p]) and read one. */
const { fail, ok, sparse } = require('./envelope');

/** Seeds one aircraft per tail, each with a type and a home base. */
function seedAircraft(tails, aircraftTypes, airports) {
	const aircraft = new Map();
	tails.forEach((tail, i) => {
		const id = `aircraft-${71000001 + i}`;
		const type = aircraftTypes[i % aircraftTypes.length];
		aircraft.set(id, { id, type: 'aircraft', tailNumber: tail, aircraftType: { id: type.id, name: type.name, category: type.category }, yearOfMake: 2008 + (i % 15), homebase: { icao: airports[i % 8].icao }, company: { displayName: 'Sandbox Operator' } });
	});
	return aircraft;
}

function routes({ data, withHref }) {
	return [
		// Before `GET /aircraft/{id}`, which would read "search" as an id.
		['GET', /^\/aircraft\/search$/, (_, { query }) => {
			const tails = [].concat(query.tail ?? []).map((tail) => String(tail).trim().toUpperCase()).filter(Boolean);
			if (tails.length === 0) return fail(400, 'At least one tail is required', 'INVALID_PARAMETER');
			const found = [...data.aircraft.values()].filter((aircraft) => tails.includes(aircraft.tailNumber.toUpperCase()));
			return ok(found.map((aircraft) => sparse(withHref(aircraft, 'aircraft'), query, 'aircraft')));
		}],
		['GET', /^\/aircraft\/([^/]+)$/, ([id], { query }) => (data.aircraft.has(id) ? ok(sparse(withHref(data.aircraft.get(id), 'aircraft'), query, 'aircraft')) : fail(404, 'Not found', 'NOT_FOUND'))],
	];
}

module.exports = { seedAircraft, routes };
