/**
 * Contacts (the people at a company) of the fake Avionté API, read through the record routes
 * (records.js); their activities are in activities.js.
 */
const { FIRST, LAST, SEEDED_AT } = require('./seed-values');

function seedContacts(companies, count) {
	const companyIds = [...companies.keys()];
	const contacts = new Map();
	for (let i = 0; i < count; i++) {
		const id = 800001 + i;
		const company = companies.get(companyIds[i % companyIds.length]);
		contacts.set(id, { id, firstName: FIRST[(i + 3) % FIRST.length], lastName: LAST[(i + 7) % LAST.length], title: 'Hiring Manager', emailAddress: `contact${id}@example.test`, workPhone: '555-0111', companyId: company.id, companyName: company.name, isArchived: false, createdDate: SEEDED_AT });
	}
	return contacts;
}

module.exports = { seedContacts };
