/** Aircraft types of the fake Avinode Marketplace, listed (paged) and filtered by name. */
const { ok, sparse } = require('./envelope');

const TYPES = [
	['Citation CJ3', 'Light jet'], ['Phenom 300', 'Light jet'], ['Learjet 75', 'Light jet'], ['Citation XLS', 'Midsize jet'],
	['Hawker 800XP', 'Midsize jet'], ['Challenger 350', 'Super midsize jet'], ['Citation Longitude', 'Super midsize jet'],
	['Gulfstream G450', 'Heavy jet'], ['Falcon 7X', 'Heavy jet'], ['Global 6000', 'Ultra long range'], ['Gulfstream G650', 'Ultra long range'],
	['King Air 350', 'Turboprop'], ['Pilatus PC-12', 'Turboprop'],
];

/** Seeds `count` types: the well-known ones, then variants of them. */
function seedAircraftTypes(count) {
	const aircraftTypes = [];
	for (let i = 0; i < count; i++) {
		const [name, category] = TYPES[i % TYPES.length];
		aircraftTypes.push({ id: `aircrafttype-${2000 + i}`, name: i < TYPES.length ? name : `${name} (variant ${Math.floor(i / TYPES.length)})`, category, typeDetails: { maxPax: 6 + (i % 10) } });
	}
	return aircraftTypes;
}

function routes({ data, paginate, withHref }) {
	return [
		['GET', /^\/aircrafttypes$/, (_, { query }) => {
			const filter = String(query.filter ?? '').toLowerCase();
			const result = paginate(data.aircraftTypes.filter((t) => t.name.toLowerCase().includes(filter)), query);
			return result.error ?? ok(result.page.map((t) => sparse(withHref(t, 'aircrafttypes'), query, 'aircrafttypes')), 200, { pagination: result.pagination });
		}],
	];
}

module.exports = { seedAircraftTypes, routes };
