/**
 * Trip messages of the fake Avinode Marketplace: a seller answers a request (an RFQ, or one lift of it)
 * with a quote, a decline or a chat message, and reads a message back, prices converted on request.
 */
const { fail, ok, sparse } = require('./envelope');

const DECLINE_REASONS = ['AIRCRAFT_NOT_AVAILABLE', 'CABOTAGE', 'CREW_NOT_AVAILABLE', 'OWNER_DECLINED', 'UNATTRACTIVE_TRIP', 'UNKNOWN', 'OTHER'];
const RATES_TO_USD = { USD: 1, EUR: 1.1, GBP: 1.25, CHF: 1.12 };

function convert(amount, from, to) {
	const usd = amount * (RATES_TO_USD[from] ?? 1);
	return Math.round((usd / (RATES_TO_USD[to] ?? 1)) * 100) / 100;
}

function routes({ data, now, avinodeUrl, nextId }) {
	/** The RFQ a request id names: the RFQ itself or one of its seller lifts. */
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
		const msg = { id, type: 'tripmsgs', href: avinodeUrl(`/tripmsgs/${id}`), kind, rfqId: rfq.id, createdOn: new Date(now()).toISOString(), ...fields, links: { rfqs: [{ id: rfq.id, href: avinodeUrl(`/rfqs/${rfq.id}`), type: 'rfqs' }] } };
		data.tripMessages.set(id, msg);
		rfq.links.tripmsgs.push({ id, href: msg.href, type: 'tripmsgs' });
		return msg;
	}

	const actAs = (req) => req.headers['x-avinode-actasaccount'] ?? null;

	return [
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
			const quote = { id: quoteId, type: 'quotes', href: avinodeUrl(`/quotes/${quoteId}`), ...quoteIn };
			data.quotes.set(quoteId, quote);
			const msg = tripMessage('quote', rfq, { message: body.message ?? null, quote: { id: quoteId, href: quote.href, type: 'quotes' }, actAs: actAs(req) });
			for (const lift of rfq.sellerLift) if (lift.id === requestId || requestId === rfq.id) lift.links.quotes.push({ id: quoteId, href: quote.href, type: 'quotes' });
			return ok(msg, 201);
		}],
		['POST', /^\/tripmsgs\/([^/]+)\/decline$/, ([requestId], { body, req }) => {
			const rfq = findRfq(requestId);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			if (!DECLINE_REASONS.includes(body?.declineReason)) return fail(422, `declineReason must be one of ${DECLINE_REASONS.join(', ')}`, 'VALIDATION_FAILED');
			return ok(tripMessage('decline', rfq, { message: body.message ?? null, declineReason: body.declineReason, actAs: actAs(req) }), 201);
		}],
		['POST', /^\/tripmsgs\/([^/]+)\/chat$/, ([requestId], { body, req }) => {
			const rfq = findRfq(requestId) ?? findTripForMessage(requestId);
			if (!rfq) return fail(404, 'Not found', 'NOT_FOUND');
			if (typeof body?.message !== 'string' || body.message === '') return fail(422, 'message is required', 'VALIDATION_FAILED');
			return ok(tripMessage('chat', rfq, { message: body.message, actAs: actAs(req) }), 201);
		}],
	];
}

module.exports = { routes, DECLINE_REASONS };
