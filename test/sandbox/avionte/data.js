/** Deterministic Avionté seed data. Ids are large integers like the real ones. */
const { createRandom } = require('../prng');

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim', 'Margaret', 'Linus'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Berners-Lee', 'Hamilton', 'Torvalds'];
const CITIES = [['Minneapolis', 'MN', '55401'], ['Austin', 'TX', '73301'], ['Denver', 'CO', '80202'], ['Tampa', 'FL', '33602']];

function pick(random, list) {
	return list[Math.floor(random() * list.length)];
}

function address(random) {
	const [city, state, postalCode] = pick(random, CITIES);
	return { street1: `${100 + Math.floor(random() * 900)} Main St`, street2: '', city, state_Province: state, postalCode, country: 'US', county: '' };
}

function createAvionteData({ seed = 1, talentCount = 250, companyCount = 40, contactCount = 60, jobCount = 45, placementCount = 55, userCount = 12, departmentCount = 15 } = {}) {
	const random = createRandom(seed);
	const created = '2024-03-01T09:00:00';
	const branches = [
		{ id: 11, name: 'Minneapolis HQ', employer: { name: 'Sandbox Staffing LLC', address: '1 Loop Rd', fein: '00-0000000' }, branchAddress: address(random) },
		{ id: 12, name: 'Austin', employer: { name: 'Sandbox Staffing LLC', address: '1 Loop Rd', fein: '00-0000000' }, branchAddress: address(random) },
		{ id: 13, name: 'Denver', employer: { name: 'Sandbox Staffing LLC', address: '1 Loop Rd', fein: '00-0000000' }, branchAddress: address(random) },
	];
	const users = new Map();
	for (let i = 0; i < userCount; i++) {
		const userId = 5001 + i;
		const first = FIRST[i % FIRST.length];
		const last = LAST[(i * 5) % LAST.length];
		users.set(userId, { userId, firstName: first, lastName: last, emailAddress: `${first}.${last}@sandbox-staffing.test`.toLowerCase(), officeName: branches[i % 3].name, isArchived: false, createdDate: created });
	}
	const talentStatuses = [
		{ id: 1, name: 'Active' },
		{ id: 2, name: 'Available' },
		{ id: 3, name: 'Placed' },
		{ id: 4, name: 'Do Not Use' },
	];
	const talents = new Map();
	for (let i = 0; i < talentCount; i++) {
		const id = 100001 + i * 3; // gaps, like real ids
		const first = FIRST[i % FIRST.length];
		const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
		const status = pick(random, talentStatuses);
		talents.set(id, {
			id,
			firstName: first,
			middleName: '',
			lastName: last,
			emailAddress: `${first}.${last}.${id}@example.test`.toLowerCase(),
			mobilePhone: `555-01${String(i % 100).padStart(2, '0')}`,
			status: status.name,
			statusId: status.id,
			frontOfficeId: branches[i % 3].id,
			officeName: branches[i % 3].name,
			representativeUser: 5001 + (i % userCount),
			residentAddress: address(random),
			createdDate: created,
			lastUpdatedDate: created,
			isArchived: false,
			flag: '',
			origin: 'sandbox',
			link: `https://apitest.myavionte.com/app/#/applicant/${id}`,
		});
	}
	const companies = new Map();
	for (let i = 0; i < companyCount; i++) {
		const id = 700001 + i;
		companies.set(id, { id, name: `${LAST[i % LAST.length]} ${['Industries', 'Logistics', 'Health', 'Foods'][i % 4]}`, phoneNumber: '555-0100', mainAddress: address(random), status: 'Active', industry: ['Manufacturing', 'Logistics', 'Healthcare', 'Food'][i % 4], frontOfficeId: branches[i % 3].id, createdDate: created, isArchived: false });
	}
	const companyIds = [...companies.keys()];
	const contacts = new Map();
	for (let i = 0; i < contactCount; i++) {
		const id = 800001 + i;
		const company = companies.get(companyIds[i % companyIds.length]);
		contacts.set(id, { id, firstName: FIRST[(i + 3) % FIRST.length], lastName: LAST[(i + 7) % LAST.length], title: 'Hiring Manager', emailAddress: `contact${id}@example.test`, workPhone: '555-0111', companyId: company.id, companyName: company.name, isArchived: false, createdDate: created });
	}
	const jobs = new Map();
	for (let i = 0; i < jobCount; i++) {
		const id = 300001 + i;
		const company = companies.get(companyIds[i % companyIds.length]);
		jobs.set(id, { id, title: ['Forklift Operator', 'Registered Nurse', 'Line Cook', 'Warehouse Associate', 'CNC Machinist'][i % 5], companyId: company.id, companyName: company.name, positions: 1 + (i % 4), startDate: '2024-04-01T00:00:00', status: 'Open', statusId: 1, branchId: branches[i % 3].id, createdDate: created, isArchived: false });
	}
	const talentIds = [...talents.keys()];
	const jobIds = [...jobs.keys()];
	const placements = new Map();
	for (let i = 0; i < placementCount; i++) {
		const id = 900001 + i;
		placements.set(id, { id, talentId: talentIds[i % talentIds.length], jobId: jobIds[i % jobIds.length], startDate: '2024-05-01T00:00:00', endDate: null, hasNoEndDate: true, isActive: true, extensionId: id * 10, createdDate: created });
	}
	const departments = new Map();
	for (let i = 0; i < departmentCount; i++) {
		const id = 60001 + i;
		departments.set(id, { id, name: ['Shipping', 'Receiving', 'ICU', 'Kitchen', 'Assembly'][i % 5], companyId: companyIds[i % companyIds.length] });
	}
	return {
		branches,
		users,
		talents,
		companies,
		contacts,
		jobs,
		placements,
		departments,
		talentStatuses,
		certificates: [{ id: 1, name: 'Forklift Certification' }, { id: 2, name: 'BLS' }, { id: 3, name: 'ServSafe' }],
		skillPositions: [{ id: 1, name: 'Forklift' }, { id: 2, name: 'Nursing' }, { id: 3, name: 'Cooking' }],
		documentTypes: [{ id: 1, name: 'Resume' }, { id: 2, name: 'I-9' }, { id: 3, name: 'Certification' }],
		talentActivityTypes: [{ typeId: 1, name: 'Phone Call', show_in: 1 }, { typeId: 2, name: 'Interview', show_in: 1 }, { typeId: 3, name: 'Web Application', show_in: 1 }, { typeId: -95, name: 'Daily SMS Summary', show_in: -1 }],
		contactActivityTypes: [{ typeId: 31, name: 'Client Visit', show_in: 1 }, { typeId: 32, name: 'Sales Call', show_in: 1 }],
		talentTags: new Map(),
		talentSkills: new Map(talentIds.slice(0, 20).map((id, i) => [id, [{ skillId: 1 + (i % 3), name: ['Forklift', 'Nursing', 'Cooking'][i % 3], yearsOfExperience: 1 + (i % 6) }]])),
		talentDocuments: new Map(talentIds.slice(0, 20).map((id) => [id, [{ documentId: id * 7, title: 'resume.pdf', documentType: 'Resume', uploadDate: created }]])),
		webApplications: new Map(talentIds.slice(0, 10).map((id, i) => [id, [{ jobId: jobIds[i % jobIds.length], appliedDate: created, source: 'Job Board' }]])),
		activities: [],
		pipelineStages: [],
		// Talent sub-lists and nomination stages for the operations added with issue 13.
		talentAssessments: new Map(talentIds.slice(0, 5).map((id, i) => [id, [{ assessmentId: 400 + i, name: ['Forklift Safety', 'Medication Math'][i % 2], score: 80 + i, completedDate: created }]])),
		talentOnboardingTasks: new Map(talentIds.slice(0, 5).map((id, i) => [id, [{ taskId: 500 + i, name: 'I-9 Verification', status: i % 2 ? 'Complete' : 'Pending', dueDate: '2024-04-15T00:00:00' }]])),
		talentReferrals: new Map(talentIds.slice(0, 3).map((id, i) => [id, [{ referralId: 600 + i, referredTalentId: talentIds[10 + i], referredDate: created }]])),
		nominationStages: new Map(talentIds.slice(0, 4).map((id, i) => [7001 + i, { id: 7001 + i, talentId: id, jobId: jobIds[i % jobIds.length], jobActivityName: ['Submitted', 'Interview Scheduled'][i % 2], stageType: 'Submitted', stageDate: '2024-03-05T15:00:00.000Z' }])),
		nextNominationId: 8001,
		nextDocumentId: 1,
		nextTalentId: 100001 + talentCount * 3 + 1000,
		nextActivityId: 1,
	};
}

module.exports = { createAvionteData };
