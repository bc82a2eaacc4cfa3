/**
 * The reads every Avionté record collection shares: ids pages, multi-query and get by id.
 *
 * Paging as the research found it [C-code]: `/{plural}/ids/{page}/{pageSize}` returns a bare array of
 * ids (page base, page 0 and page-size cap per the listing switches, see ../listing.js);
 * `/{plural}/multi-query` takes a bare array of at most 100 ids (not for departments).
 */
const { avionteIdsPage } = require('../listing');

const MAX_MULTI_QUERY = 100;
const SINGULAR = { talents: 'talent', companies: 'company', contacts: 'contact', jobs: 'job', placements: 'placement', users: 'user', departments: 'department' };
const PLURAL = Object.fromEntries(Object.entries(SINGULAR).map(([plural, single]) => [single, plural]));

function routes({ data, listing, notFound }) {
	/** Sorted ids per collection, rebuilt when the collection changed size (records are never deleted). */
	const sortedIdsCache = new Map();
	function sortedIds(plural) {
		const map = data[plural];
		const cached = sortedIdsCache.get(plural);
		if (cached && cached.length === map.size) return cached;
		const ids = [...map.keys()].sort((a, b) => a - b);
		sortedIdsCache.set(plural, ids);
		return ids;
	}

	return [
		['GET', /^\/(talents|companies|contacts|jobs|placements|users|departments)\/ids\/(-?\d+)\/(-?\d+)\/?$/, ([plural, pageText, sizeText]) => {
			return avionteIdsPage(sortedIds(plural), pageText, sizeText, listing.avionte);
		}],
		['POST', /^\/(talents|companies|contacts|jobs|placements|users)\/multi-query\/?$/, ([plural], { body }) => {
			if (!Array.isArray(body)) return [400, { message: 'The request body must be a JSON array of ids.' }];
			if (body.length > MAX_MULTI_QUERY) return [400, { message: `At most ${MAX_MULTI_QUERY} ids per request.` }];
			const map = data[plural];
			return [200, body.map((id) => map.get(Number(id))).filter(Boolean)];
		}],
		// Talents have routes of their own (talents.js).
		['GET', /^\/(company|contact|job|placement|user|department)\/(\d+)\/?$/, ([single, id]) => {
			const record = data[PLURAL[single]].get(Number(id));
			return record ? [200, record] : notFound(single[0].toUpperCase() + single.slice(1), id);
		}],
	];
}

module.exports = { routes };
