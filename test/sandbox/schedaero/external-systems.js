/**
 * External systems of the fake Schedaero API (a system whose identifiers contacts carry): create, which
 * answers 201 with only a Location header [C], read one and list them (switches `externalSystemRead`
 * and `externalSystemList` in contacts.js: the public material shows neither read).
 */
const { fail, ok } = require('../avinode/envelope');

function routes({ schedaero, switches, paginate, schedaeroUrl }) {
	const settings = switches.values;
	const view = (system) => ({ ...system, href: schedaeroUrl(`/externalsystems/${system.id}`) });
	const notServed = (what) => fail(405, `${what} is not allowed`, 'METHOD_NOT_ALLOWED');
	return [
		['POST', /^\/externalsystems$/, (_, { body }) => {
			if (typeof body?.name !== 'string' || !body.name) return fail(422, 'name is required', 'VALIDATION_FAILED');
			schedaero.counter += 1;
			const id = `external-system-${schedaero.counter}`;
			schedaero.externalSystems.set(id, { id, type: 'externalsystems', name: body.name });
			return [201, { meta: {} }, { Location: schedaeroUrl(`/externalsystems/${id}`) }];
		}],
		['GET', /^\/externalsystems$/, (_, { query }) => {
			if (settings.externalSystemList === 'none') return notServed('GET /externalsystems');
			const result = paginate([...schedaero.externalSystems.values()], query);
			return result.error ?? ok(result.page.map(view), 200, { pagination: result.pagination });
		}],
		['GET', /^\/externalsystems\/([^/]+)$/, ([id]) => {
			if (settings.externalSystemRead === 'none') return notServed('GET /externalsystems/{id}');
			return schedaero.externalSystems.has(id) ? ok(view(schedaero.externalSystems.get(id))) : fail(404, 'Not found', 'NOT_FOUND');
		}],
	];
}

module.exports = { routes };
