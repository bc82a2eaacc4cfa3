import { inputNameKey, matchInputNames } from '../../nodes/shared/inputNames';

const fields = [
	{ id: 'startAirport', displayName: 'From (ICAO Code)', aliases: ['Origin', 'Departure Airport'] },
	{ id: 'startDate', displayName: 'Available From', aliases: ['Start'] },
];

describe('matchInputNames', () => {
	it('compares names without case, spaces or punctuation', () => {
		expect(inputNameKey('From (ICAO Code)')).toBe('fromicaocode');
		expect(inputNameKey('start_airport')).toBe(inputNameKey('startAirport'));
	});

	it('takes a field by its id, label, label without brackets, or another name', () => {
		for (const name of ['startAirport', 'start_airport', 'From (ICAO Code)', 'from', 'ORIGIN', 'departure-airport']) {
			expect(matchInputNames({ [name]: 'KTEB' }, fields).values).toEqual({ startAirport: 'KTEB' });
		}
	});

	it('prefers the id over the label over another name, whatever the column order; empty values never win', () => {
		expect(matchInputNames({ Origin: 'A', From: 'B', startAirport: 'C' }, fields).values).toEqual({ startAirport: 'C' });
		expect(matchInputNames({ Origin: 'A', From: 'B' }, fields).values).toEqual({ startAirport: 'B' });
		expect(matchInputNames({ startAirport: ' ', Origin: 'A' }, fields).values).toEqual({ startAirport: 'A' });
	});

	it('lists input fields with a value no field takes, and skips fields starting with "_"', () => {
		expect(matchInputNames({ Start: '2026-12-20', Pilot: 'Ann', Empty: '', _sync: { action: 'created' } }, fields)).toEqual({ values: { startDate: '2026-12-20' }, unmatched: ['Pilot'] });
	});
});
