/**
 * External systems of the fake Schedaero API (a system whose identifiers contacts carry): create, which
 * answers 201 with only a Location header [C], and read.
 */
const { fail, ok } = require('../avinode/envelope');

function routes({ schedaero, schedaeroUrl }) {
	return [
		['POST', /^\/externalsystems$/, (_, { body }) => {
			if (typeof body?.name !== 'string' || !body.name) return fail(422, 'name is required', 'VALIDATION_FAILED');
			schedaero.counter += 1;
			const id = `external-system-${schedaero.counter}`;
			schedaero.externalSystems.set(id, { id, type: 'externalsystems', name: body.name });
			return [201, { meta: {} }, { Location: schedaeroUrl(`/externalsystems/${id}`) }];
		}],
		['GET', /^\/externalsystems\/([^/]+)$/, ([id]) => (schedaero.externalSystems.has(id) ? ok({ ...schedaero.externalSystems.get(id), href: schedaeroUrl(`/externalsystems/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))],
	];
}

module.exports = { routes };
