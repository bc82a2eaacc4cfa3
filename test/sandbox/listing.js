/**
 * How the sandbox pages lists, with a switch for each behaviour the public docs leave open, so the
 * nodes can be tested against every plausible server. Defaults are our best reading of the docs:
 *
 * Avionté ids pages (`/{plural}/ids/{page}/{pageSize}`, a bare array of ids):
 * - `idsBase` 1 (Whippy counts from 1; three other clients from 0) and `idsPageZero` for a 1-based
 *   server asked for page 0: 'same' (read as page 1), 'empty' (an empty array) or 'error' (400).
 * - `idsPageCap`: the most ids a page returns whatever the request asks (FAQ: "some bulk endpoints
 *   ... may impose lower limits"), e.g. 100, 500 or 1,000; undefined = no cap.
 * - `idsCapOffset`: where a capped page starts: 'served' (page × the size it serves) or 'requested'
 *   (page × the size asked, as `Skip(page * size).Take(cap)` would).
 * - `idsMaxPageSize`: larger page sizes are refused with `idsOversizeStatus` (400, or 422 as a
 *   validating API, or 404 as a route constraint answers); 500 by default (partner code lists 500 a
 *   page), 100 for a server that takes no more than the FAQ's typical limit.
 * - `usersList`: `GET /users` (every user in one answer [C-code: Whippy]) is 'present', or absent
 *   with a 404 ('absent-404') or a 405 ('absent-405'); ids pages and multi-query serve users either way.
 *
 * Avinode and Schedaero (`page[number]`, `page[size]`, `meta.pagination`):
 * - `pageBase` 0 (Pipedream; a fork says 1) and `pageZero` as above for a 1-based server.
 * - `pageSizeCap`: the server returns at most this many per page and says so in `batchSize`.
 * - `totalCount`: whether `meta.pagination.totalCount` is sent.
 * - `rfqPaging`: 'seek' (`page[firstseek]`, `page[seek]`, `page[size]` [PD-fork]; `page[number]` is
 *   ignored) or 'number' (`GET /rfqs` pages like the other lists and ignores the seek parameters).
 *
 */

const AVIONTE_DEFAULTS = Object.freeze({ idsBase: 1, idsPageZero: 'same', idsPageCap: undefined, idsCapOffset: 'served', idsMaxPageSize: 500, idsOversizeStatus: 400, usersList: 'present' });
const AVINODE_DEFAULTS = Object.freeze({ pageBase: 0, pageZero: 'same', pageSizeCap: undefined, totalCount: true, rfqPaging: 'seek' });

const PAGE_ZERO_BEHAVIOURS = ['same', 'empty', 'error'];
const OVERSIZE_STATUSES = [400, 404, 422];

function check(settings) {
	const problems = [];
	if (settings.idsBase !== undefined && ![0, 1].includes(settings.idsBase)) problems.push('avionte.idsBase must be 0 or 1');
	if (settings.pageBase !== undefined && ![0, 1].includes(settings.pageBase)) problems.push('avinode.pageBase must be 0 or 1');
	for (const key of ['idsPageZero', 'pageZero']) if (settings[key] !== undefined && !PAGE_ZERO_BEHAVIOURS.includes(settings[key])) problems.push(`${key} must be one of ${PAGE_ZERO_BEHAVIOURS.join(', ')}`);
	if (settings.idsMaxPageSize !== undefined && !(Number.isInteger(settings.idsMaxPageSize) && settings.idsMaxPageSize > 0)) problems.push('idsMaxPageSize must be a positive integer');
	if (settings.idsOversizeStatus !== undefined && !OVERSIZE_STATUSES.includes(settings.idsOversizeStatus)) problems.push(`idsOversizeStatus must be one of ${OVERSIZE_STATUSES.join(', ')}`);
	for (const key of ['idsPageCap', 'pageSizeCap']) if (settings[key] !== undefined && settings[key] !== null && !(Number.isInteger(settings[key]) && settings[key] > 0)) problems.push(`${key} must be a positive integer`);
	if (settings.rfqPaging !== undefined && !['seek', 'number'].includes(settings.rfqPaging)) problems.push("rfqPaging must be 'seek' or 'number'");
	if (settings.idsCapOffset !== undefined && !['served', 'requested'].includes(settings.idsCapOffset)) problems.push("idsCapOffset must be 'served' or 'requested'");
	if (settings.usersList !== undefined && !['present', 'absent-404', 'absent-405'].includes(settings.usersList)) problems.push("usersList must be 'present', 'absent-404' or 'absent-405'");
	if (problems.length > 0) throw new Error(`Invalid sandbox listing settings: ${problems.join('; ')}`);
}

/** Mutable listing settings: `{ avionte, avinode }`, started from the defaults plus start options. */
function createListingSettings(initial = {}) {
	let current;
	const api = {
		get avionte() {
			return current.avionte;
		},
		get avinode() {
			return current.avinode;
		},
		/** Merges `{ avionte?, avinode? }` into the current settings (null clears a cap). */
		update(next = {}) {
			const avionte = { ...current.avionte, ...(next.avionte || {}) };
			const avinode = { ...current.avinode, ...(next.avinode || {}) };
			check(avionte);
			check(avinode);
			current = { avionte, avinode };
			return api.snapshot();
		},
		reset() {
			current = { avionte: { ...AVIONTE_DEFAULTS }, avinode: { ...AVINODE_DEFAULTS } };
			api.update(initial);
		},
		snapshot() {
			return { avionte: { ...current.avionte }, avinode: { ...current.avinode } };
		},
	};
	api.reset();
	return api;
}

function effectiveSize(requested, cap) {
	return cap ? Math.min(requested, cap) : requested;
}

/**
 * Which slice of the list a page number means, or an error. Returns `{ offsetPage }`, `{ empty: true }`
 * or `{ error: message }`.
 */
function resolvePage(page, base, pageZero) {
	if (!Number.isInteger(page) || page < 0) return { error: 'page must be a non-negative integer.' };
	if (base === 0) return { offsetPage: page };
	if (page > 0) return { offsetPage: page - 1 };
	if (pageZero === 'same') return { offsetPage: 0 };
	if (pageZero === 'empty') return { empty: true };
	return { error: 'page must be 1 or greater.' };
}

/** Avionté: `[status, body]` for an ids page. */
function avionteIdsPage(ids, pageText, sizeText, settings) {
	const pageSize = Number(sizeText);
	const maxPageSize = settings.idsMaxPageSize;
	if (!Number.isInteger(pageSize) || pageSize < 1) return [400, { message: `pageSize must be between 1 and ${maxPageSize}.` }];
	if (pageSize > maxPageSize) return [settings.idsOversizeStatus, { message: `pageSize must be between 1 and ${maxPageSize}.` }];
	const resolved = resolvePage(Number(pageText), settings.idsBase, settings.idsPageZero);
	if (resolved.error) return [400, { message: resolved.error }];
	if (resolved.empty) return [200, []];
	const size = effectiveSize(pageSize, settings.idsPageCap);
	const offset = resolved.offsetPage * (settings.idsCapOffset === 'requested' ? pageSize : size);
	return [200, ids.slice(offset, offset + size)];
}

function pagination(page, totalCount, settings, extra = {}) {
	return { ...extra, batchSize: page.length, ...(settings.totalCount ? { totalCount } : {}) };
}

/** Avinode: `{ page, pagination }` or `{ error: { status, title, code } }` for `page[number]` paging. */
function avinodeNumberedPage(items, query, settings, maxPageSize) {
	const pageNumber = query['page[number]'] === undefined ? settings.pageBase : Number(query['page[number]']);
	const pageSize = Number(query['page[size]'] ?? 20);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) return { error: { status: 400, title: `page[size] must be between 1 and ${maxPageSize}`, code: 'INVALID_PAGE_SIZE' } };
	const resolved = resolvePage(pageNumber, settings.pageBase, settings.pageZero);
	if (resolved.error) return { error: { status: 400, title: `Invalid page number: ${resolved.error}`, code: 'INVALID_PAGE' } };
	const size = effectiveSize(pageSize, settings.pageSizeCap);
	const page = resolved.empty ? [] : items.slice(resolved.offsetPage * size, (resolved.offsetPage + 1) * size);
	return { page, pagination: pagination(page, items.length, settings, { pageNumber }) };
}

/** Avinode seek paging over items ordered by `createdOn`; `page[number]` is ignored. */
function avinodeSeekPage(items, query, settings, maxPageSize) {
	const pageSize = Number(query['page[size]'] ?? 20);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) return { error: { status: 400, title: `page[size] must be between 1 and ${maxPageSize}`, code: 'INVALID_PAGE_SIZE' } };
	let list = items;
	const firstSeek = query['page[firstseek]'];
	if (firstSeek !== undefined) {
		const since = Date.parse(String(firstSeek));
		if (!/^\d{4}-\d{2}-\d{2}T/.test(String(firstSeek)) || Number.isNaN(since)) return { error: { status: 400, title: 'page[firstseek] must be an ISO 8601 timestamp', code: 'INVALID_SEEK' } };
		list = list.filter((item) => Date.parse(item.createdOn) >= since);
	}
	const seek = query['page[seek]'];
	if (seek !== undefined) {
		const index = items.findIndex((item) => item.id === String(seek));
		if (index < 0) return { error: { status: 400, title: `page[seek] ${String(seek)} is not a known id`, code: 'INVALID_SEEK' } };
		list = items.slice(index + 1);
	}
	const size = effectiveSize(pageSize, settings.pageSizeCap);
	const page = list.slice(0, size);
	return { page, pagination: pagination(page, list.length, settings) };
}

module.exports = { createListingSettings, avionteIdsPage, avinodeNumberedPage, avinodeSeekPage, AVIONTE_DEFAULTS, AVINODE_DEFAULTS };
