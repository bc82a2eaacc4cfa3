/**
 * Departments of a company in the fake Avionté API, read through the record routes (records.js); as
 * documented, they have ids pages but no multi-query [C].
 */
function seedDepartments(companyIds, count) {
	const departments = new Map();
	for (let i = 0; i < count; i++) {
		const id = 60001 + i;
		departments.set(id, { id, name: ['Shipping', 'Receiving', 'ICU', 'Kitchen', 'Assembly'][i % 5], companyId: companyIds[i % companyIds.length] });
	}
	return departments;
}

module.exports = { seedDepartments };
