/** Airport references and trip segments as the fake Avinode API takes them in trips, RFQs, searches and empty legs. */

function isAirportRef(value) {
	return value && typeof value === 'object' && ['icao', 'iata', 'faa', 'id', 'unofficialICAO'].some((key) => typeof value[key] === 'string' && value[key]);
}

/** The problem with a list of segments, or undefined. */
function validateSegments(segments) {
	if (!Array.isArray(segments) || segments.length === 0) return 'segments must be a non-empty array';
	for (const [i, segment] of segments.entries()) {
		if (!isAirportRef(segment.startAirport)) return `segments[${i}].startAirport needs an icao, iata, faa or id`;
		if (!isAirportRef(segment.endAirport)) return `segments[${i}].endAirport needs an icao, iata, faa or id`;
		if (!segment.dateTime || typeof segment.dateTime.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(segment.dateTime.date)) return `segments[${i}].dateTime.date must be YYYY-MM-DD`;
	}
	return undefined;
}

module.exports = { isAirportRef, validateSegments };
