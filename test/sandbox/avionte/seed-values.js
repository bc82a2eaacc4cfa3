/** Names and addresses the seeded Avionté records are made of, drawn from the seeded PRNG. */

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim', 'Margaret', 'Linus'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Berners-Lee', 'Hamilton', 'Torvalds'];
const CITIES = [['Minneapolis', 'MN', '55401'], ['Austin', 'TX', '73301'], ['Denver', 'CO', '80202'], ['Tampa', 'FL', '33602']];
/** When every seeded record was created (times.js gives them their own times afterwards). */
const SEEDED_AT = '2024-03-01T09:00:00';

function pick(random, list) {
	return list[Math.floor(random() * list.length)];
}

function address(random) {
	const [city, state, postalCode] = pick(random, CITIES);
	return { street1: `${100 + Math.floor(random() * 900)} Main St`, street2: '', city, state_Province: state, postalCode, country: 'US', county: '' };
}

module.exports = { FIRST, LAST, SEEDED_AT, pick, address };
