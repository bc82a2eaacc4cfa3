/** Deterministic Avinode Marketplace seed data, put together from each resource's seed. Ids are opaque, type-prefixed strings [C]. */
const { seedAircraft } = require('./aircraft');
const { seedAircraftTypes } = require('./aircraft-types');
const { seedAirports } = require('./airports');
const { seedWatches } = require('./empty-leg-watches');
const { seedEmptyLegs } = require('./empty-legs');
const { seedQuotes } = require('./quotes');
const { seedRfqs } = require('./rfqs');
const { seedSchedules } = require('./schedules');
const { seedTrips } = require('./trips');

function createAvinodeData({ rfqCount = 6, emptyLegCount = 8, aircraftTypeCount = 30, extraAirportCount = 0, tripCount = 0, watchCount = 0 } = {}) {
	const airports = seedAirports(extraAirportCount);
	const aircraftTypes = seedAircraftTypes(aircraftTypeCount);
	const rfqs = seedRfqs(airports, aircraftTypes, rfqCount);
	const emptyLegs = seedEmptyLegs(airports, emptyLegCount);
	// Every tail the seeded RFQs and empty legs fly is an aircraft one can search and read; three of
	// them have a fleet schedule, and the first is quoted with attachments to download.
	const tails = [...[...rfqs.values()].map((rfq) => rfq.sellerLift[0].aircraftTail), ...[...emptyLegs.values()].map((leg) => leg.lift?.aircraftTail ?? leg.aircraftTail)];
	return {
		airports,
		aircraftTypes,
		rfqs,
		emptyLegs,
		trips: seedTrips(tripCount),
		aircraft: seedAircraft(tails, aircraftTypes, airports),
		buyerRfqs: new Map(),
		initialLoads: new Map(),
		tripMessages: new Map(),
		quotes: seedQuotes(tails[0]),
		leads: new Map(),
		watches: seedWatches(airports, watchCount),
		searches: new Map(),
		schedules: seedSchedules(tails.slice(6, 9), airports),
		webhookSettings: new Map(),
		counter: 60000000,
	};
}

module.exports = { createAvinodeData };
