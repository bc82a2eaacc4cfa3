/**
 * Users of the fake Avionté API (the recruiters records are assigned to). `GET /users` answers every
 * user at once [C-code: Whippy], unless the listing switch `usersList` says the tenant has no such
 * route (see ../listing.js); ids pages, multi-query and `GET /user/{id}` serve them either way (records.js).
 */
const { FIRST, LAST, SEEDED_AT } = require('./seed-values');

function seedUsers(branches, count) {
	const users = new Map();
	for (let i = 0; i < count; i++) {
		const userId = 5001 + i;
		const first = FIRST[i % FIRST.length];
		const last = LAST[(i * 5) % LAST.length];
		users.set(userId, { userId, firstName: first, lastName: last, emailAddress: `${first}.${last}@sandbox-staffing.test`.toLowerCase(), officeName: branches[i % 3].name, isArchived: false, createdDate: SEEDED_AT });
	}
	return users;
}

function routes({ data, listing }) {
	return [
		['GET', /^\/users\/?$/, () => {
			if (listing.avionte.usersList === 'absent-404') return [404, { message: 'No HTTP resource was found that matches the request URI.' }];
			if (listing.avionte.usersList === 'absent-405') return [405, { message: "The requested resource does not support http method 'GET'." }];
			return [200, [...data.users.values()]];
		}],
	];
}

module.exports = { seedUsers, routes };
