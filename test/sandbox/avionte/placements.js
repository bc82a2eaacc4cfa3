/** Placements (a talent placed on a job) of the fake Avionté API, read through the record routes (records.js). */
const { SEEDED_AT } = require('./seed-values');

function seedPlacements(talentIds, jobIds, count) {
	const placements = new Map();
	for (let i = 0; i < count; i++) {
		const id = 900001 + i;
		placements.set(id, { id, talentId: talentIds[i % talentIds.length], jobId: jobIds[i % jobIds.length], startDate: '2024-05-01T00:00:00', endDate: null, hasNoEndDate: true, isActive: true, extensionId: id * 10, createdDate: SEEDED_AT });
	}
	return placements;
}

module.exports = { seedPlacements };
