/** Deterministic Avinode and Schedaero seed data. Ids are opaque, type-prefixed strings [C]. */

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

const TYPES = [
	['Citation CJ3', 'Light jet'], ['Phenom 300', 'Light jet'], ['Learjet 75', 'Light jet'], ['Citation XLS', 'Midsize jet'],
	['Hawker 800XP', 'Midsize jet'], ['Challenger 350', 'Super midsize jet'], ['Citation Longitude', 'Super midsize jet'],
	['Gulfstream G450', 'Heavy jet'], ['Falcon 7X', 'Heavy jet'], ['Global 6000', 'Ultra long range'], ['Gulfstream G650', 'Ultra long range'],
	['King Air 350', 'Turboprop'], ['Pilatus PC-12', 'Turboprop'],
];

/** Extra airports beyond the well-known ones, for listings of several pages: `KX00`, `KX01`, ... */
function syntheticAirports(count) {
	return Array.from({ length: count }, (_, i) => {
		const code = `KX${String(i).padStart(2, '0')}`;
		return [code.slice(0, 4), `X${String(i).padStart(2, '0')}`, `Extra Field ${i}`, `Extraville ${i}`, 'US'];
	});
}

function createAvinodeData({ rfqCount = 6, emptyLegCount = 8, aircraftTypeCount = 30, extraAirportCount = 0, tripCount = 0, watchCount = 0 } = {}) {
	const airports = [...AIRPORTS, ...syntheticAirports(extraAirportCount)].map(([icao, iata, name, city, country], i) => ({
		id: `airport-${1000 + i}`,
		icao,
		iata,
		name,
		displayName: `${name} (${icao})`,
		displayCodes: `${icao} / ${iata}`,
		city,
		country: { code: country, name: country },
	}));
	const aircraftTypes = [];
	for (let i = 0; i < aircraftTypeCount; i++) {
		const [name, category] = TYPES[i % TYPES.length];
		aircraftTypes.push({ id: `aircrafttype-${2000 + i}`, name: i < TYPES.length ? name : `${name} (variant ${Math.floor(i / TYPES.length)})`, category, typeDetails: { maxPax: 6 + (i % 10) } });
	}
	const rfqs = new Map();
	for (let i = 0; i < rfqCount; i++) {
		const id = `arfq-${30000001 + i}`;
		rfqs.set(id, {
			id,
			type: 'rfqs',
			// Ascending receive times (seek paging orders by them): one RFQ an hour from 1 Nov 2026.
			createdOn: new Date(Date.UTC(2026, 10, 1) + i * 3600 * 1000).toISOString(),
			tripId: `T${String(7000 + i)}X`,
			buyerCompany: { displayName: ['Jet Brokers Inc', 'Sky Charter GmbH', 'Elite Air Partners'][i % 3] },
			buyerAccount: { displayName: 'Jane Broker' },
			sellerCompany: { displayName: 'Sandbox Operator' },
			segments: [{ startAirport: { icao: airports[i % 8].icao }, endAirport: { icao: airports[(i + 3) % 8].icao }, dateTime: { date: '2026-12-1' + (i % 9), time: '10:00', departure: true, local: true }, paxCount: String(2 + (i % 6)) }],
			sellerLift: [{ id: `asellerlift-${40000001 + i}`, aircraftType: aircraftTypes[i % 10].name, aircraftTail: `N${100 + i}SB`, sourcingStatus: 1, links: { quotes: [] } }],
			canceled: false,
			links: { tripmsgs: [] },
		});
	}
	const emptyLegs = new Map();
	for (let i = 0; i < emptyLegCount; i++) {
		const id = `aemptyleg-${50000001 + i}`;
		const day = `2026-12-${String(10 + i).padStart(2, '0')}`;
		// The documented shape [C-3p: /reference/createemptyleg].
		emptyLegs.set(id, { id, type: 'emptylegs', lift: { aircraftTail: `N${200 + i}EL` }, startAirport: { icao: airports[i % 8].icao }, endAirport: { icao: airports[(i + 2) % 8].icao }, startDate: `${day}T08:00:00Z`, endDate: `${day}T20:00:00Z`, published: true, sellerPrice: 9000 + i * 500, sellerPriceCurrency: 'USD' });
	}
	const trips = new Map();
	for (let i = 0; i < tripCount; i++) {
		const id = `atrip-${61000001 + i}`;
		trips.set(id, { id, type: 'trips', href: `/trips/${id}`, tripId: `S${String(100000 + i)}`, externalTripId: `ext-${i % 5}`, segments: [], sourcing: false, canceled: false, links: { tripmsgs: [], rfqs: [] } });
	}
	const watches = new Map();
	for (let i = 0; i < watchCount; i++) {
		const id = `aelwatch-${62000001 + i}`;
		watches.set(id, { id, type: 'emptylegwatches', uniqueName: `Watch ${i}`, active: true, watchedSegments: [{ start: { airport: { icao: airports[i % 8].icao } }, end: { countryCode: 'US' } }] });
	}
	// Aircraft, fleet schedules and a quote with attachments for the operations added with issue 13.
	const aircraft = new Map();
	const tails = [...[...rfqs.values()].map((rfq) => rfq.sellerLift[0].aircraftTail), ...[...emptyLegs.values()].map((leg) => leg.lift?.aircraftTail ?? leg.aircraftTail)];
	tails.forEach((tail, i) => {
		const id = `aircraft-${71000001 + i}`;
		const type = aircraftTypes[i % aircraftTypes.length];
		aircraft.set(id, { id, type: 'aircraft', tailNumber: tail, aircraftType: { id: type.id, name: type.name, category: type.category }, yearOfMake: 2008 + (i % 15), homebase: { icao: airports[i % 8].icao }, company: { displayName: 'Sandbox Operator' } });
	});
	const schedules = new Map();
	for (const [i, tail] of tails.slice(6, 9).entries()) {
		schedules.set(tail, {
			lift: { aircraftTail: tail },
			activities: [
				{ activityId: `act-${tail}-1`, activityType: 'PassengerFlight', startAirport: { icao: airports[i].icao }, endAirport: { icao: airports[i + 2].icao }, startDateTime: `2026-12-0${2 + i}T09:00:00Z`, endDateTime: `2026-12-0${2 + i}T12:00:00Z`, paxCount: 4 },
				{ activityId: `act-${tail}-2`, activityType: 'Maintenance', startAirport: { icao: airports[i + 2].icao }, endAirport: { icao: airports[i + 2].icao }, startDateTime: `2026-12-2${i}T00:00:00Z`, endDateTime: `2026-12-2${i + 1}T00:00:00Z` },
			],
			receivedAt: '2026-11-01T00:00:00.000Z',
		});
	}
	const quotes = new Map();
	const sampleQuoteId = 'aquote-61000001';
	quotes.set(sampleQuoteId, {
		id: sampleQuoteId,
		type: 'quotes',
		totalPrice: 48500,
		currencyCode: 'USD',
		lift: { aircraftTail: tails[0] },
		attachments: [
			{ id: 'aquoteattachment-61000101', name: 'Quote N100SB.pdf', mimeType: 'application/pdf', type: 'QUOTE' },
			{ id: 'aquoteattachment-61000102', name: 'Cabin photo.jpg', mimeType: 'image/jpeg', type: 'PHOTO' },
		],
	});
	return {
		airports,
		aircraftTypes,
		rfqs,
		emptyLegs,
		trips,
		aircraft,
		buyerRfqs: new Map(),
		initialLoads: new Map(),
		tripMessages: new Map(),
		quotes,
		leads: new Map(),
		watches,
		searches: new Map(),
		schedules,
		webhookSettings: new Map(),
		counter: 60000000,
	};
}

function createSchedaeroData({ contactCount = 25, companyCount = 6, passengerCount = 12 } = {}) {
	const people = new Map();
	const companies = new Map();
	for (let i = 0; i < contactCount; i++) {
		const id = `contact-${70000001 + i}`;
		people.set(id, { id, type: 'contacts-people', firstName: ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli'][i % 5], lastName: ['Ortiz', 'Baker', 'Nguyen', 'Patel', 'Rossi'][i % 5], email: `pax${i}@example.test`, phone: '+1 555 0100', externalIdentities: [] });
	}
	for (let i = 0; i < companyCount; i++) {
		const id = `contact-${71000001 + i}`;
		const name = ['Acme Holdings', 'Blue Sky Family Office', 'Cedar Ventures', 'Delta Mining', 'Evergreen Trust', 'Fjord Capital'][i % 6];
		companies.set(id, { id, type: 'contacts-companies', name: i < 6 ? name : `${name} ${Math.floor(i / 6)}`, email: `office${i}@example.test` });
	}
	const passengers = new Map();
	for (let i = 0; i < passengerCount; i++) {
		const id = `schedaero-passenger-${80000001 + i}-${90000001 + i}`;
		passengers.set(id, { id, type: 'passengers', contactId: `contact-${70000001 + (i % contactCount)}`, flightLegId: `leg-${90000001 + i}`, seat: `${1 + (i % 6)}A` });
	}
	const logistics = new Map();
	for (let i = 0; i < 5; i++) {
		const id = `logistics-${81000001 + i}`;
		logistics.set(id, { id, type: 'logistics', serviceType: ['FBO', 'FUEL', 'CATERING', 'GROUND_TRANSPORT', 'HOTEL'][i], flightLegId: `leg-${90000001 + i}`, note: 'Sandbox service' });
	}
	const quotes = new Map();
	for (let i = 0; i < 4; i++) {
		const id = `schedaero-quote-${82000001 + i}`;
		quotes.set(id, { id, type: 'schedaero-quote', price: { amount: 25000 + i * 1000, currency: 'USD' }, status: 'SENT' });
	}
	return { people, companies, passengers, logistics, quotes, externalSystems: new Map(), counter: 83000000 };
}

module.exports = { createAvinodeData, createSchedaeroData };
