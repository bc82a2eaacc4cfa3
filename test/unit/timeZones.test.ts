/** Times without an offset read in a named zone, with the runtime's own zone data. */
import { hasOffset, isTimeZone, wallClockToUtc, zoneOffsetMs } from '../../nodes/shared/timeZones';

const HOUR = 3_600_000;

describe('time zones', () => {
	it('knows IANA names and refuses others', () => {
		expect(isTimeZone('America/Chicago')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Central Time')).toBe(false);
		expect(isTimeZone('America/Chicgo')).toBe(false);
	});

	it('gives the offset at an instant, daylight saving time included', () => {
		expect(zoneOffsetMs('America/Chicago', Date.UTC(2026, 0, 15, 12))).toBe(-6 * HOUR);
		expect(zoneOffsetMs('America/Chicago', Date.UTC(2026, 6, 15, 12))).toBe(-5 * HOUR);
		expect(zoneOffsetMs('Asia/Kolkata', Date.UTC(2026, 0, 15, 12))).toBe(5.5 * HOUR);
		expect(zoneOffsetMs('UTC', Date.UTC(2026, 0, 15, 12, 0, 0, 700))).toBe(0);
	});

	it('turns a wall-clock time of the zone into the instant it stands for', () => {
		// 09:30 in Chicago on 15 January is 15:30 UTC; on 15 July 14:30 UTC.
		expect(wallClockToUtc(Date.UTC(2026, 0, 15, 9, 30), 'America/Chicago')).toBe(Date.UTC(2026, 0, 15, 15, 30));
		expect(wallClockToUtc(Date.UTC(2026, 6, 15, 9, 30), 'America/Chicago')).toBe(Date.UTC(2026, 6, 15, 14, 30));
		expect(wallClockToUtc(Date.UTC(2026, 0, 15, 9, 30, 12, 800), 'Europe/Berlin')).toBe(Date.UTC(2026, 0, 15, 8, 30, 12, 800));
		// 02:30 on 8 March 2026 does not exist in Chicago (clocks go from 02:00 to 03:00): read with the offset after the change.
		expect(wallClockToUtc(Date.UTC(2026, 2, 8, 2, 30), 'America/Chicago')).toBe(Date.UTC(2026, 2, 8, 7, 30));
	});

	it('tells a time with an offset from one without', () => {
		expect(hasOffset('2026-01-15T09:30:00Z')).toBe(true);
		expect(hasOffset('2026-01-15T09:30:00.000-06:00')).toBe(true);
		expect(hasOffset('2026-01-15T09:30:00+0530')).toBe(true);
		expect(hasOffset('2026-01-15T09:30:00.8')).toBe(false);
		expect(hasOffset('2026-01-15')).toBe(false);
	});
});
