/** Deterministic Schedaero seed data, put together from each resource's seed. Ids are opaque, type-prefixed strings [C]. */
const { seedContacts } = require('./contacts');
const { seedLogistics } = require('./logistics');
const { seedPassengers } = require('./passengers');
const { seedQuotes } = require('./quotes');

function createSchedaeroData({ contactCount = 25, companyCount = 6, passengerCount = 12 } = {}) {
	return {
		...seedContacts(contactCount, companyCount),
		passengers: seedPassengers(passengerCount, contactCount),
		logistics: seedLogistics(),
		quotes: seedQuotes(),
		externalSystems: new Map(),
		counter: 83000000,
	};
}

module.exports = { createSchedaeroData };
