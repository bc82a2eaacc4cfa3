/** Jobs (job orders) of the fake Avionté API, read through the record routes (records.js). */
const { SEEDED_AT } = require('./seed-values');

function seedJobs(companies, branches, count) {
	const companyIds = [...companies.keys()];
	const jobs = new Map();
	for (let i = 0; i < count; i++) {
		const id = 300001 + i;
		const company = companies.get(companyIds[i % companyIds.length]);
		jobs.set(id, { id, title: ['Forklift Operator', 'Registered Nurse', 'Line Cook', 'Warehouse Associate', 'CNC Machinist'][i % 5], companyId: company.id, companyName: company.name, positions: 1 + (i % 4), startDate: '2024-04-01T00:00:00', status: 'Open', statusId: 1, branchId: branches[i % 3].id, createdDate: SEEDED_AT, isArchived: false });
	}
	return jobs;
}

module.exports = { seedJobs };
