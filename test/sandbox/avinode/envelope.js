/**
 * What every answer of the fake Avinode and Schedaero APIs shares: the `{ meta: { errors, warnings,
 * infos }, data }` envelope, sparse fields (`fields[<type>]`) and `page[number]` paging.
 */
const { avinodeNumberedPage, avinodeSeekPage } = require('../listing');

const MAX_PAGE_SIZE = 100;

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

/** `page[number]` paging per the listing switches (../listing.js): `{ page, pagination }` or `{ error: [status, body] }`. */
function numberedPage(items, query, settings) {
	const result = avinodeNumberedPage(items, query, settings, MAX_PAGE_SIZE);
	return result.error ? { error: fail(result.error.status, result.error.title, result.error.code) } : result;
}

/** Seek paging (`page[firstseek]`, `page[seek]`) per the listing switches, as `numberedPage` answers. */
function seekPage(items, query, settings) {
	const result = avinodeSeekPage(items, query, settings, MAX_PAGE_SIZE);
	return result.error ? { error: fail(result.error.status, result.error.title, result.error.code) } : result;
}

module.exports = { meta, ok, fail, sparse, numberedPage, seekPage };
