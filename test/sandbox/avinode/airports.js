/** Airports of the fake Avinode Marketplace: search by code, name or city (paged), and read one. */
const { fail, ok } = require('./envelope');

const AIRPORTS = [
	['KTEB', 'TEB', 'Teterboro', 'Teterboro', 'US'],
	['KJFK', 'JFK', 'John F Kennedy Intl', 'New York', 'US'],
	['KVNY', 'VNY', 'Van Nuys', 'Los Angeles', 'US'],
	['KLAS', 'LAS', 'Harry Reid Intl', 'Las Vegas', 'US'],
	['KOPF', 'OPF', 'Miami-Opa Locka Executive', 'Miami', 'US'],
	['KPBI', 'PBI', 'Palm Beach Intl', 'West Palm Beach', 'US'],
	['KASE', 'ASE', 'Aspen/Pitkin County', 'Aspen', 'US'],
	['KHPN', 'HPN', 'Westchester County', 'White Plains', 'US'],
	['EGLL', 'LHR', 'London Heathrow', 'London', 'GB'],
	['EGGW', 'LTN', 'London Luton', 'Luton', 'GB'],
	['LFPB', 'LBG', 'Paris Le Bourget', 'Paris', 'FR'],
	['LSGG', 'GVA', 'Geneva', 'Geneva', 'CH'],
	['EDDM', 'MUC', 'Munich', 'Munich', 'DE'],
	['LIRA', 'CIA', 'Rome Ciampino', 'Rome', 'IT'],
	['OMDB', 'DXB', 'Dubai Intl', 'Dubai', 'AE'],
];

/** Extra airports beyond the well-known ones, for listings of several pages: `KX00`, `KX01`, ... */
function syntheticAirports(count) {
	return Array.from({ length: count }, (_, i) => {
		const code = `KX${String(i).padStart(2, '0')}`;
		return [code.slice(0, 4), `X${String(i).padStart(2, '0')}`, `Extra Field ${i}`, `Extraville ${i}`, 'US'];
	});
}

function seedAirports(extraCount) {
	return [...AIRPORTS, ...syntheticAirports(extraCount)].map(([icao, iata, name, city, country], i) => ({
		id: `airport-${1000 + i}`,
		icao,
		iata,
		name,
		displayName: `${name} (${icao})`,
		displayCodes: `${icao} / ${iata}`,
		city,
		country: { code: country, name: country },
	}));
}

function routes({ data, paginate, withHref }) {
	return [
		// Before `GET /airports/{id}`, which would read "search" as an id.
		['GET', /^\/airports\/search$/, (_, { query }) => {
			const filter = String(query.filter ?? '').toLowerCase();
			const mode = query.filterMatchType === 'starts_with' ? 'starts_with' : 'contains';
			const matches = data.airports.filter((a) => [a.icao, a.iata, a.name, a.city].some((v) => (mode === 'starts_with' ? v.toLowerCase().startsWith(filter) : v.toLowerCase().includes(filter))));
			const result = paginate(matches, query);
			return result.error ?? ok(result.page.map((a) => withHref(a, 'airports')), 200, { pagination: result.pagination });
		}],
		['GET', /^\/airports\/([^/]+)$/, ([id]) => {
			const airport = data.airports.find((a) => a.id === id);
			return airport ? ok(withHref(airport, 'airports')) : fail(404, 'Not found', 'NOT_FOUND');
		}],
	];
}

module.exports = { seedAirports, routes };
