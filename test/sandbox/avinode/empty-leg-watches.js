/**
 * Empty leg watches of the fake Avinode Marketplace (a buyer watches routes for empty legs): create,
 * list, read, replace, delete, and the watch's initial load.
 *
 * Where the docs are silent the sandbox is strict and says so [I]:
 * - `PUT /emptylegs/watches/{id}`: the body replaces the watch, so `uniqueName` and `watchedSegments`
 *   are required as on create [I].
 * - `GET /emptylegs/watches/{id}/getall`: "Calling this endpoint more than ONCE on the initialisation …
 *   is not allowed" [C]; how Avinode refuses is not documented, the sandbox answers 422 [I].
 */
const { fail, ok } = require('./envelope');

function seedWatches(airports, count) {
	const watches = new Map();
	for (let i = 0; i < count; i++) {
		const id = `aelwatch-${62000001 + i}`;
		watches.set(id, { id, type: 'emptylegwatches', uniqueName: `Watch ${i}`, active: true, watchedSegments: [{ start: { airport: { icao: airports[i % 8].icao } }, end: { countryCode: 'US' } }] });
	}
	return watches;
}

/** Whether a watched place (`{ airport: { icao } }` or `{ countryCode }`) matches an airport reference. */
function placeMatches(place, airportRef, airports) {
	if (!place || !airportRef) return false;
	if (place.airport?.icao) return place.airport.icao === airportRef.icao;
	if (place.countryCode) return airports.find((a) => a.icao === airportRef.icao)?.country.code === place.countryCode;
	return false;
}

function validateWatch(body) {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Body must be a watch object';
	if (typeof body.uniqueName !== 'string' || !body.uniqueName) return 'uniqueName is required';
	if (!Array.isArray(body.watchedSegments) || body.watchedSegments.length === 0) return 'watchedSegments is required';
	if (body.active !== undefined && typeof body.active !== 'boolean') return 'active must be true or false';
	return undefined;
}

function routes({ data, paginate, avinodeUrl, withHref, nextId }) {
	return [
		['GET', /^\/emptylegs\/watches$/, (_, { query }) => {
			const result = paginate([...data.watches.values()], query);
			return result.error ?? ok(result.page, 200, { pagination: result.pagination });
		}],
		['POST', /^\/emptylegs\/watches$/, (_, { body }) => {
			if (!body?.uniqueName) return fail(422, 'uniqueName is required', 'VALIDATION_FAILED');
			if (!Array.isArray(body.watchedSegments) || body.watchedSegments.length === 0) return fail(422, 'watchedSegments is required', 'VALIDATION_FAILED');
			if ([...data.watches.values()].some((w) => w.uniqueName === body.uniqueName)) return fail(422, 'uniqueName is already used', 'DUPLICATE');
			const id = nextId('aelwatch');
			const watch = { id, type: 'emptylegwatches', href: avinodeUrl(`/emptylegs/watches/${id}`), active: true, ...body };
			data.watches.set(id, watch);
			return ok(watch, 201);
		}],
		['GET', /^\/emptylegs\/watches\/([^/]+)$/, ([id]) => (data.watches.has(id) ? ok(data.watches.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['PUT', /^\/emptylegs\/watches\/([^/]+)$/, ([id], { body }) => {
			const watch = data.watches.get(id);
			if (!watch) return fail(404, 'Not found', 'NOT_FOUND');
			const problem = validateWatch(body);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			if ([...data.watches.values()].some((other) => other.id !== id && other.uniqueName === body.uniqueName)) return fail(422, 'uniqueName is already used', 'DUPLICATE');
			const replaced = { ...body, id, type: watch.type, href: watch.href, active: body.active ?? true };
			data.watches.set(id, replaced);
			return ok(replaced);
		}],
		['DELETE', /^\/emptylegs\/watches\/([^/]+)$/, ([id]) => (data.watches.delete(id) ? ok(null) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/emptylegs\/watches\/([^/]+)\/getall$/, ([id]) => {
			const watch = data.watches.get(id);
			if (!watch) return fail(404, 'Not found', 'NOT_FOUND');
			const calls = (data.initialLoads.get(id) ?? 0) + 1;
			data.initialLoads.set(id, calls);
			if (calls > 1) return fail(422, 'The initial load of this watch was already fetched; later matches arrive as EmptyLegs notifications', 'NOT_ALLOWED');
			const legs = [...data.emptyLegs.values()].filter((leg) => watch.watchedSegments.some((segment) => placeMatches(segment.start, leg.startAirport, data.airports) && placeMatches(segment.end, leg.endAirport, data.airports)));
			return ok(legs.map((leg) => withHref(leg, 'emptylegs')));
		}],
	];
}

module.exports = { seedWatches, routes };
