/**
 * Routes of the fake Schedaero API (below `/schedaero/api`), one module per resource. Schedaero shares
 * the Avinode host's headers, envelope and paging (../avinode), which serves these routes.
 */
const contacts = require('./contacts');
const externalSystems = require('./external-systems');
const logistics = require('./logistics');
const passengers = require('./passengers');
const quotes = require('./quotes');

/** No two of these modules serve one method and path, so their order does not matter. */
const RESOURCES = [contacts, passengers, logistics, quotes, externalSystems];

/** Route table: [method, pattern, handler(params, { body, query, req }) -> [status, body, headers?]]. */
function schedaeroRoutes(context) {
	return RESOURCES.flatMap((resource) => resource.routes(context));
}

module.exports = { schedaeroRoutes };
