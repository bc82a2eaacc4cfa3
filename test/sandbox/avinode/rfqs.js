/**
 * RFQs (requests for quote) of the fake Avinode Marketplace: the ones sent to the seller (listed with
 * seek paging, read with the latest quote, canceled) and the ones a buyer creates.
 *
 * `GET /rfqs` pages by seek (`page[firstseek]`, `page[seek]`) unless the listing switch `rfqPaging`
 * says by number (../listing.js). `POST /rfqs`: `searchResultIds` or `segments` [C-3p]; `buyerMessage`
 * at most 4000 characters [C-3p]; an unknown `tripId` is refused [I].
 */
const { fail, numberedPage, ok, seekPage, sparse } = require('./envelope');
const { validateSegments } = require('./segments');

/** Seeds RFQs received one an hour from 1 Nov 2026 (seek paging orders by receive time), one lift each. */
function seedRfqs(airports, aircraftTypes, count) {
	const rfqs = new Map();
	for (let i = 0; i < count; i++) {
		const id = `arfq-${30000001 + i}`;
		rfqs.set(id, {
			id,
			type: 'rfqs',
			createdOn: new Date(Date.UTC(2026, 10, 1) + i * 3600 * 1000).toISOString(),
			tripId: `T${String(7000 + i)}X`,
			buyerCompany: { displayName: ['Jet Brokers Inc', 'Sky Charter GmbH', 'Elite Air Partners'][i % 3] },
			buyerAccount: { displayName: 'Jane Broker' },
			sellerCompany: { displayName: 'Sandbox Operator' },
			segments: [{ startAirport: { icao: airports[i % 8].icao }, endAirport: { icao: airports[(i + 3) % 8].icao }, dateTime: { date: '2026-12-1' + (i % 9), time: '10:00', departure: true, local: true }, paxCount: String(2 + (i % 6)) }],
			sellerLift: [{ id: `asellerlift-${40000001 + i}`, aircraftType: aircraftTypes[i % 10].name, aircraftTail: `N${100 + i}SB`, sourcingStatus: 1, links: { quotes: [] } }],
			canceled: false,
			links: { tripmsgs: [] },
		});
	}
	return rfqs;
}

function routes({ data, listing, withHref, nextId }) {
	function page(items, query) {
		return listing.avinode.rfqPaging === 'number' ? numberedPage(items, query, listing.avinode) : seekPage(items, query, listing.avinode);
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

	return [
		['GET', /^\/rfqs$/, (_, { query }) => {
			const result = page([...data.rfqs.values()], query);
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
	];
}

module.exports = { seedRfqs, routes };
