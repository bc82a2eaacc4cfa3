/**
 * The tenant's lookup lists of the fake Avionté API: branches, talent statuses, certificates, skill
 * positions, document types and activity types, each read whole with one GET.
 */
const { address } = require('./seed-values');

const EMPLOYER = { name: 'Sandbox Staffing LLC', address: '1 Loop Rd', fein: '00-0000000' };

/** Seeds the lookup lists; the branches take their addresses from `random` (first of all seeded values). */
function seedLookups(random) {
	return {
		branches: [
			{ id: 11, name: 'Minneapolis HQ', employer: { ...EMPLOYER }, branchAddress: address(random) },
			{ id: 12, name: 'Austin', employer: { ...EMPLOYER }, branchAddress: address(random) },
			{ id: 13, name: 'Denver', employer: { ...EMPLOYER }, branchAddress: address(random) },
		],
		talentStatuses: [
			{ id: 1, name: 'Active' },
			{ id: 2, name: 'Available' },
			{ id: 3, name: 'Placed' },
			{ id: 4, name: 'Do Not Use' },
		],
		certificates: [{ id: 1, name: 'Forklift Certification' }, { id: 2, name: 'BLS' }, { id: 3, name: 'ServSafe' }],
		skillPositions: [{ id: 1, name: 'Forklift' }, { id: 2, name: 'Nursing' }, { id: 3, name: 'Cooking' }],
		documentTypes: [{ id: 1, name: 'Resume' }, { id: 2, name: 'I-9' }, { id: 3, name: 'Certification' }],
		talentActivityTypes: [{ typeId: 1, name: 'Phone Call', show_in: 1 }, { typeId: 2, name: 'Interview', show_in: 1 }, { typeId: 3, name: 'Web Application', show_in: 1 }, { typeId: -95, name: 'Daily SMS Summary', show_in: -1 }],
		contactActivityTypes: [{ typeId: 31, name: 'Client Visit', show_in: 1 }, { typeId: 32, name: 'Sales Call', show_in: 1 }],
	};
}

function routes({ data }) {
	return [
		['GET', /^\/branch\/?$/, () => [200, data.branches]],
		['GET', /^\/talent-statuses\/?$/, () => [200, data.talentStatuses]],
		['GET', /^\/certificates\/?$/, () => [200, data.certificates]],
		['GET', /^\/skill-positions\/?$/, () => [200, data.skillPositions]],
		['GET', /^\/talent-document-types\/?$/, () => [200, data.documentTypes]],
		['GET', /^\/talent\/activity-types\/?$/, () => [200, data.talentActivityTypes]],
		['GET', /^\/contact\/activity-types\/?$/, () => [200, data.contactActivityTypes]],
	];
}

module.exports = { seedLookups, routes };
