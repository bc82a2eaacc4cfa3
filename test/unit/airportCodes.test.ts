import { airportCode, icaoProblem, watchedPlace } from '../../nodes/Avinode/helpers/airportCodes';

describe('airport codes', () => {
	it('sends codes trimmed and upper case', () => {
		expect(airportCode(' kteb ')).toBe('KTEB');
	});

	it.each(['KTEB', 'kteb', 'K1N7', 'EGLL'])('takes the ICAO code %p', (code) => {
		expect(icaoProblem('From', 'item 0', code)).toBeUndefined();
	});

	it.each(['Teterboro', 'TEB', 'KTEB1', 'KT-B', ''])('refuses %p, naming field and place', (given) => {
		expect(icaoProblem('From (ICAO Code)', 'item 3', given)).toBe(`"From (ICAO Code)" of item 3 must be an ICAO airport code such as KTEB, got "${given}"`);
	});

	it('a watched place is a two-letter country or an ICAO code', () => {
		expect(watchedPlace('From', 'watched segment 1 of item 0', 'us')).toEqual({ place: { countryCode: 'US' } });
		expect(watchedPlace('From', 'watched segment 1 of item 0', 'kjfk')).toEqual({ place: { airport: { icao: 'KJFK' } } });
		expect(watchedPlace('From', 'watched segment 1 of item 0', 'U1')).toEqual({ problem: '"From" of watched segment 1 of item 0 must be an ICAO airport code such as KTEB or a two-letter country code such as US, got "U1"' });
	});
});
