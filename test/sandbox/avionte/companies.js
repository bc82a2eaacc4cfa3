/** Companies (clients) of the fake Avionté API, read through the record routes (records.js). */
const { LAST, SEEDED_AT, address } = require('./seed-values');

function seedCompanies(random, branches, count) {
	const companies = new Map();
	for (let i = 0; i < count; i++) {
		const id = 700001 + i;
		companies.set(id, { id, name: `${LAST[i % LAST.length]} ${['Industries', 'Logistics', 'Health', 'Foods'][i % 4]}`, phoneNumber: '555-0100', mainAddress: address(random), status: 'Active', industry: ['Manufacturing', 'Logistics', 'Healthcare', 'Food'][i % 4], frontOfficeId: branches[i % 3].id, createdDate: SEEDED_AT, isArchived: false });
	}
	return companies;
}

module.exports = { seedCompanies };
