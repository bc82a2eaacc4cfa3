/** Deterministic Avionté seed data, put together from each resource's seed. Ids are large integers like the real ones. */
const { createRandom } = require('../prng');
const { seedCompanies } = require('./companies');
const { seedContacts } = require('./contacts');
const { seedDepartments } = require('./departments');
const { seedJobs } = require('./jobs');
const { seedLookups } = require('./lookups');
const { seedPlacements } = require('./placements');
const { seedStages } = require('./stages');
const { seedTalentDetails } = require('./talent-details');
const { seedTalents } = require('./talents');
const { seedUsers } = require('./users');
const { seedWebApplications } = require('./web-applications');

/** The records draw from one seeded PRNG in a fixed order (branches, talents, companies), so a seed always gives the same tenant. */
function createAvionteData({ seed = 1, talentCount = 250, companyCount = 40, contactCount = 60, jobCount = 45, placementCount = 55, userCount = 12, departmentCount = 15 } = {}) {
	const random = createRandom(seed);
	const lookups = seedLookups(random);
	const { branches } = lookups;
	const users = seedUsers(branches, userCount);
	const talents = seedTalents(random, { count: talentCount, branches, statuses: lookups.talentStatuses, userCount });
	const companies = seedCompanies(random, branches, companyCount);
	const contacts = seedContacts(companies, contactCount);
	const jobs = seedJobs(companies, branches, jobCount);
	const talentIds = [...talents.keys()];
	const jobIds = [...jobs.keys()];
	return {
		...lookups,
		users,
		talents,
		companies,
		contacts,
		jobs,
		placements: seedPlacements(talentIds, jobIds, placementCount),
		departments: seedDepartments([...companies.keys()], departmentCount),
		...seedTalentDetails(talentIds),
		webApplications: seedWebApplications(talentIds, jobIds),
		...seedStages(talentIds, jobIds),
		activities: [],
		nextTalentId: 100001 + talentCount * 3 + 1000,
		nextActivityId: 1,
	};
}

module.exports = { createAvionteData };
