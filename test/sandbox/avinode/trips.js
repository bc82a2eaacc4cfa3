/**
 * Trips of the fake Avinode Marketplace (a buyer's trip, compared in Avinode): create, read, search by
 * identifier, update, cancel. No trip list is documented: the only trip search is by identifier
 * [C-3p: /reference/searchtrips]. The documented examples carry the trip id in the body of an update or
 * cancel; this sandbox insists on it.
 */
const crypto = require('node:crypto');
const { fail, ok, sparse } = require('./envelope');
const { validateSegments } = require('./segments');

const TRIP_CANCEL_REASONS = ['BY_CLIENT', 'CHANGED', 'BOOKED', 'OTHER'];

function seedTrips(count) {
	const trips = new Map();
	for (let i = 0; i < count; i++) {
		const id = `atrip-${61000001 + i}`;
		trips.set(id, { id, type: 'trips', href: `/trips/${id}`, tripId: `S${String(100000 + i)}`, externalTripId: `ext-${i % 5}`, segments: [], sourcing: false, canceled: false, links: { tripmsgs: [], rfqs: [] } });
	}
	return trips;
}

function routes({ data, baseUrl, avinodeUrl, nextId }) {
	return [
		['POST', /^\/trips$/, (_, { body }) => {
			if (!body || typeof body !== 'object') return fail(400, 'Body must be a trip object', 'INVALID_BODY');
			if (!body.criteria || typeof body.criteria !== 'object') return fail(422, 'criteria is required', 'VALIDATION_FAILED');
			const problem = validateSegments(body.segments);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			if (typeof body.sourcing !== 'boolean') return fail(422, 'sourcing must be true or false', 'VALIDATION_FAILED');
			const id = nextId('atrip');
			const trip = { id, type: 'trips', href: avinodeUrl(`/trips/${id}`), tripId: `S${crypto.randomBytes(3).toString('hex').toUpperCase()}`, externalTripId: body.externalTripId ?? null, criteria: body.criteria, segments: body.segments, sourcing: body.sourcing, canceled: false, links: { tripmsgs: [], rfqs: [] }, actions: { searchInAvinode: { type: 'searchInAvinode', description: 'Compare in Avinode', httpMethod: 'GET', href: `${baseUrl}/avinode/marketplace/mvc/search/load/${id}?source=api&origin=api_action` } } };
			data.trips.set(id, trip);
			return ok(trip, 201);
		}],
		['GET', /^\/trips$/, () => fail(405, 'Method not allowed: GET /trips', 'METHOD_NOT_ALLOWED')],
		// Before `GET /trips/{id}`, which would read "searchTrips" as an id.
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
	];
}

module.exports = { seedTrips, routes };
