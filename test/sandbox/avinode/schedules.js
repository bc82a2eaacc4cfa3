/**
 * Fleet schedules of the fake Avinode Marketplace: one aircraft's schedule uploaded whole
 * (`PUT /schedules`), every aircraft's schedule read for a time window.
 *
 * `GET /schedules?startts&endts`: ISO 8601 timestamps [C-3p]; start after end is refused [I].
 */
const { fail, ok } = require('./envelope');

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Seeds the schedules of three tails: a passenger flight and a maintenance stop each. */
function seedSchedules(tails, airports) {
	const schedules = new Map();
	for (const [i, tail] of tails.entries()) {
		schedules.set(tail, {
			lift: { aircraftTail: tail },
			activities: [
				{ activityId: `act-${tail}-1`, activityType: 'PassengerFlight', startAirport: { icao: airports[i].icao }, endAirport: { icao: airports[i + 2].icao }, startDateTime: `2026-12-0${2 + i}T09:00:00Z`, endDateTime: `2026-12-0${2 + i}T12:00:00Z`, paxCount: 4 },
				{ activityId: `act-${tail}-2`, activityType: 'Maintenance', startAirport: { icao: airports[i + 2].icao }, endAirport: { icao: airports[i + 2].icao }, startDateTime: `2026-12-2${i}T00:00:00Z`, endDateTime: `2026-12-2${i + 1}T00:00:00Z` },
			],
			receivedAt: '2026-11-01T00:00:00.000Z',
		});
	}
	return schedules;
}

function routes({ data, now }) {
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
		['PUT', /^\/schedules$/, (_, { body }) => {
			if (!body?.lift?.aircraftTail) return fail(422, 'lift.aircraftTail is required', 'VALIDATION_FAILED');
			if (!Array.isArray(body.activities)) return fail(422, 'activities must be an array (the complete schedule)', 'VALIDATION_FAILED');
			data.schedules.set(body.lift.aircraftTail, { ...body, receivedAt: new Date(now()).toISOString() });
			return ok({ aircraftTail: body.lift.aircraftTail, activityCount: body.activities.length });
		}],
	];
}

module.exports = { seedSchedules, routes };
