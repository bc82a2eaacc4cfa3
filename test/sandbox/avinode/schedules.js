/**
 * Marketplace routes of the fake Avinode API added with issue 13: fleet schedules for a time window,
 * quote attachments as a byte stream, Create an RFQ, the empty-leg watch read / update / initial load,
 * and aircraft search and read.
 *
 * Documented rules are enforced as documented; where the docs are silent the sandbox is strict and
 * says so [I]:
 * - `GET /schedules?startts&endts`: ISO 8601 timestamps [C-3p]; start after end is refused [I].
 * - `POST /rfqs`: `searchResultIds` or `segments` [C-3p]; `buyerMessage` at most 4000 characters [C-3p];
 *   an unknown `tripId` is refused [I].
 * - `PUT /emptylegs/watches/{id}`: the body replaces the watch, so `uniqueName` and `watchedSegments`
 *   are required as on create [I].
 * - `GET /emptylegs/watches/{id}/getall`: "Calling this endpoint more than ONCE on the initialisation …
 *   is not allowed" [C]; how Avinode refuses is not documented, the sandbox answers 422 [I].
 * - `GET /aircraft/search`: at least one `tail` [C-3p].
 */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function placeMatches(place, airportRef, airports) {
	if (!place || !airportRef) return false;
	if (place.airport?.icao) return place.airport.icao === airportRef.icao;
	if (place.countryCode) return airports.find((a) => a.icao === airportRef.icao)?.country.code === place.countryCode;
	return false;
}

function marketplaceExtraRoutes({ data, A, ok, fail, sparse, nextId, validateSegments }) {
	const withHref = (resource, collection) => ({ ...resource, href: `${A}/${collection}/${resource.id}` });
	function validateWatch(body) {
		if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Body must be a watch object';
		if (typeof body.uniqueName !== 'string' || !body.uniqueName) return 'uniqueName is required';
		if (!Array.isArray(body.watchedSegments) || body.watchedSegments.length === 0) return 'watchedSegments is required';
		if (body.active !== undefined && typeof body.active !== 'boolean') return 'active must be true or false';
		return undefined;
	}
	return [
		['GET', /^\/schedules$/, (_, { query }) => {
			const bounds = {};
			for (const key of ['startts', 'endts']) {
				const value = query[key];
				if (value === undefined) continue;
				if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return fail(400, `${key} must be an ISO 8601 timestamp`, 'INVALID_PARAMETER');
				bounds[key] = Date.parse(value);
			}
			if (bounds.startts !== undefined && bounds.endts !== undefined && bounds.startts > bounds.endts) return fail(422, 'startts must not be after endts', 'VALIDATION_FAILED');
			const from = bounds.startts ?? -Infinity;
			const to = bounds.endts ?? Infinity;
			const schedules = [...data.schedules.values()].map((schedule) => ({
				type: 'schedules',
				lift: schedule.lift,
				activities: schedule.activities.filter((activity) => Date.parse(activity.endDateTime ?? activity.startDateTime) >= from && Date.parse(activity.startDateTime) <= to),
			}));
			return ok(schedules);
		}],
		['POST', /^\/rfqs$/, (_, { body }) => {
			if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'Body must be an RFQ object', 'INVALID_BODY');
			if (body.tripId !== undefined && !data.trips.has(body.tripId)) return fail(422, `Unknown trip ${body.tripId}`, 'VALIDATION_FAILED');
			const hits = body.searchResultIds;
			if (hits !== undefined && (!Array.isArray(hits) || hits.length === 0 || hits.some((hit) => typeof hit !== 'string' || !hit))) return fail(422, 'searchResultIds must be a non-empty array of ids', 'VALIDATION_FAILED');
			if (hits === undefined) {
				if (body.segments === undefined) return fail(422, 'Either searchResultIds or segments is required', 'VALIDATION_FAILED');
				const problem = validateSegments(body.segments);
				if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			}
			if (body.buyerMessage !== undefined && (typeof body.buyerMessage !== 'string' || body.buyerMessage.length > 4000)) return fail(422, 'buyerMessage must be a text of at most 4000 characters', 'VALIDATION_FAILED');
			const id = nextId('arfq');
			const rfq = { id, type: 'rfqs', tripId: body.tripId ?? null, segments: body.segments ?? null, searchResultIds: hits ?? [], buyerMessage: body.buyerMessage ?? null, criteria: body.criteria ?? null, links: { tripmsgs: [] } };
			data.buyerRfqs.set(id, rfq);
			return ok(withHref(rfq, 'rfqs'), 201);
		}],
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
		['GET', /^\/emptylegs\/watches\/([^/]+)\/getall$/, ([id]) => {
			const watch = data.watches.get(id);
			if (!watch) return fail(404, 'Not found', 'NOT_FOUND');
			const calls = (data.initialLoads.get(id) ?? 0) + 1;
			data.initialLoads.set(id, calls);
			if (calls > 1) return fail(422, 'The initial load of this watch was already fetched; later matches arrive as EmptyLegs notifications', 'NOT_ALLOWED');
			const legs = [...data.emptyLegs.values()].filter((leg) => watch.watchedSegments.some((segment) => placeMatches(segment.start, leg.startAirport, data.airports) && placeMatches(segment.end, leg.endAirport, data.airports)));
			return ok(legs.map((leg) => withHref(leg, 'emptylegs')));
		}],
		['GET', /^\/aircraft\/search$/, (_, { query }) => {
			const tails = [].concat(query.tail ?? []).map((tail) => String(tail).trim().toUpperCase()).filter(Boolean);
			if (tails.length === 0) return fail(400, 'At least one tail is required', 'INVALID_PARAMETER');
			const found = [...data.aircraft.values()].filter((aircraft) => tails.includes(aircraft.tailNumber.toUpperCase()));
			return ok(found.map((aircraft) => sparse(withHref(aircraft, 'aircraft'), query, 'aircraft')));
		}],
		['GET', /^\/aircraft\/([^/]+)$/, ([id], { query }) => (data.aircraft.has(id) ? ok(sparse(withHref(data.aircraft.get(id), 'aircraft'), query, 'aircraft')) : fail(404, 'Not found', 'NOT_FOUND'))],
	];
}

/** Deterministic bytes for a seeded attachment: a tiny PDF or a JPEG header, naming the attachment. */
function attachmentBytes(attachment) {
	if (typeof attachment.data === 'string') return Buffer.from(attachment.data, 'base64');
	if (attachment.mimeType === 'image/jpeg') return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF sandbox ${attachment.id}`), Buffer.from([0xff, 0xd9])]);
	return Buffer.from(`%PDF-1.4\n% sandbox attachment ${attachment.id}\n%%EOF\n`, 'latin1');
}

/** `GET /quotes/{quoteId}/attachment/{attachmentId}/stream` [C]: the attachment's bytes, not JSON. */
function quoteAttachmentStream(data, subPath) {
	const match = /^\/quotes\/([^/]+)\/attachment\/([^/]+)\/stream$/.exec(subPath);
	if (!match) return undefined;
	const quote = data.quotes.get(decodeURIComponent(match[1]));
	const attachment = quote?.attachments?.find((entry) => entry.id === decodeURIComponent(match[2]));
	if (!attachment) return { notFound: true };
	return { bytes: attachmentBytes(attachment), mimeType: attachment.mimeType ?? 'application/octet-stream', fileName: attachment.name };
}

module.exports = { marketplaceExtraRoutes, quoteAttachmentStream, attachmentBytes };
