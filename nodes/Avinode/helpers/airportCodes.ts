/**
 * Airport codes as typed: Avinode takes airports as `{icao}` [C], so an airport name ("Teterboro")
 * would go out as a code no airport has. The shape is checked before any request.
 */

/** Four letters or digits, as ICAO location indicators are (and Avinode's codes for fields without one). */
const ICAO_SHAPE = /^[A-Z0-9]{4}$/;
/** ISO 3166-1 alpha-2, as watched segments take countries [C]. */
const COUNTRY_SHAPE = /^[A-Z]{2}$/;

export const AIRPORT_SEARCH_ADVICE = 'Look the code up with Airport → Search (type the name or city), or pick the airport from the list where the field offers one.';

/** The code as sent: trimmed, upper case. */
export function airportCode(value: unknown): string {
	return String(value ?? '').trim().toUpperCase();
}

/** The error for a value that is not an ICAO code, or undefined when it is one. */
export function icaoProblem(label: string, where: string, given: unknown): string | undefined {
	if (ICAO_SHAPE.test(airportCode(given))) return undefined;
	return `"${label}" of ${where} must be an ICAO airport code such as KTEB, got "${String(given ?? '').trim()}"`;
}

/** A watched place: a two-letter country, or an airport by ICAO code; a problem names field and place. */
export function watchedPlace(label: string, where: string, given: unknown): { place: { countryCode: string } | { airport: { icao: string } } } | { problem: string } {
	const code = airportCode(given);
	if (COUNTRY_SHAPE.test(code)) return { place: { countryCode: code } };
	if (ICAO_SHAPE.test(code)) return { place: { airport: { icao: code } } };
	return { problem: `"${label}" of ${where} must be an ICAO airport code such as KTEB or a two-letter country code such as US, got "${String(given ?? '').trim()}"` };
}
