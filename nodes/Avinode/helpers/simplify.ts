/**
 * Simplify of the Avinode lists: one flat row per record, in the words of the Avinode screens, fit for
 * a sheet or a CSV file. Record fields not named here are left out; Simplify off gives them all.
 */
import type { IDataObject } from 'n8n-workflow';

function record(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

function list(value: unknown): IDataObject[] {
	return Array.isArray(value) ? value.map(record) : [];
}

function airportCode(value: unknown): string | null {
	const airport = record(value);
	const code = airport.icao ?? airport.iata ?? airport.faa ?? airport.unofficialICAO;
	return code === undefined || code === null ? null : String(code);
}

function text(value: unknown): string | null {
	return value === undefined || value === null || value === '' ? null : String(value);
}

function joined(values: Array<string | null>): string | null {
	const present = [...new Set(values.filter((value): value is string => value !== null))];
	return present.length > 0 ? present.join(', ') : null;
}

/** An RFQ: the route, the first departure, passengers, who asked and which aircraft. */
export function simplifyRfq(rfq: IDataObject): IDataObject {
	const segments = list(rfq.segments);
	const first = segments[0] ?? {};
	const when = record(first.dateTime ?? first.departureDateTime);
	const lifts = list(rfq.sellerLift);
	const passengers = segments.map((segment) => Number(segment.paxCount)).filter((count) => Number.isFinite(count));
	const latest = record(rfq.latestQuote);
	const latestPrice = record(latest.price);
	const view = record(record(rfq.actions).viewInAvinode);
	return {
		id: text(rfq.id),
		tripId: text(rfq.tripId),
		receivedOn: text(rfq.createdOn),
		from: airportCode(first.startAirport),
		to: airportCode(segments[segments.length - 1]?.endAirport),
		route: segments.length > 0 ? [airportCode(first.startAirport), ...segments.map((segment) => airportCode(segment.endAirport))].map((code) => code ?? '?').join(' → ') : null,
		departureDate: text(when.date ?? when.dateTimeLocal),
		departureTime: text(when.time),
		passengers: passengers.length > 0 ? Math.max(...passengers) : null,
		segmentCount: segments.length,
		buyerCompany: text(record(rfq.buyerCompany).displayName),
		buyerContact: text(record(rfq.buyerAccount).displayName),
		aircraftTail: joined(lifts.map((lift) => text(lift.aircraftTail))),
		aircraftType: joined(lifts.map((lift) => text(lift.aircraftType))),
		status: joined(lifts.map((lift) => text(lift.sourcingDisplayStatus))),
		latestQuotePrice: latestPrice.amount === undefined ? null : Number(latestPrice.amount),
		latestQuoteCurrency: text(latestPrice.currency),
		canceled: rfq.canceled === true,
		link: text(view.href),
	};
}

/** An empty leg: where, when, which aircraft, the price and whether it is published. */
export function simplifyEmptyLeg(leg: IDataObject): IDataObject {
	const lift = record(leg.lift);
	return {
		id: text(leg.id),
		from: airportCode(leg.startAirport),
		to: airportCode(leg.endAirport),
		availableFrom: text(leg.startDate),
		availableUntil: text(leg.endDate),
		aircraftTail: text(lift.aircraftTail),
		aircraftType: text(lift.aircraftType),
		aircraftCategory: text(lift.aircraftCategory),
		price: leg.sellerPrice === undefined || leg.sellerPrice === null ? null : Number(leg.sellerPrice),
		currency: text(leg.sellerPriceCurrency),
		published: leg.published === true,
		availabilityConfirmed: leg.sellerVerified === true,
		message: text(leg.sellerMessage),
	};
}
