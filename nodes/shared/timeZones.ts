/**
 * Times written without an offset, read in a named time zone (IANA, e.g. America/Chicago), with the
 * runtime's own time-zone data (Intl), so no library is needed.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Whether the runtime knows this time-zone name. */
export function isTimeZone(name: string): boolean {
	try {
		formatterFor(name);
		return true;
	} catch {
		return false;
	}
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds (UTC-6 gives -21,600,000). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
	const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
	return wallClock - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time of the zone stands for, given that wall-clock time as if it were UTC
 * (how a time without an offset parses). Around a clock change the offset is taken after it.
 */
export function wallClockToUtc(wallClockAsUtcMs: number, timeZone: string): number {
	const first = wallClockAsUtcMs - zoneOffsetMs(timeZone, wallClockAsUtcMs);
	return wallClockAsUtcMs - zoneOffsetMs(timeZone, first);
}

/** Whether an ISO-style date-time text carries its own offset (`Z`, `+02:00`, `-0600`). */
export function hasOffset(text: string): boolean {
	return /(?:z|[+-]\d{2}:?\d{2})$/i.test(text.trim());
}
