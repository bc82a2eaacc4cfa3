/** Logistics of the fake Schedaero API (a service booked for a flight leg: FBO, fuel, catering, ...), read one. */
const { fail, ok } = require('../avinode/envelope');

function seedLogistics() {
	const logistics = new Map();
	for (let i = 0; i < 5; i++) {
		const id = `logistics-${81000001 + i}`;
		logistics.set(id, { id, type: 'logistics', serviceType: ['FBO', 'FUEL', 'CATERING', 'GROUND_TRANSPORT', 'HOTEL'][i], flightLegId: `leg-${90000001 + i}`, note: 'Sandbox service' });
	}
	return logistics;
}

function routes({ schedaero, schedaeroUrl }) {
	return [['GET', /^\/logistics\/([^/]+)$/, ([id]) => (schedaero.logistics.has(id) ? ok({ ...schedaero.logistics.get(id), href: schedaeroUrl(`/logistics/${id}`) }) : fail(404, 'Not found', 'NOT_FOUND'))]];
}

module.exports = { seedLogistics, routes };
