/** The empty-leg field mapper of version 1.2, in the words a seller uses. */
import type { INodeProperties } from 'n8n-workflow';

import type { MappedField } from '../../../shared/mappedFields';
import { mapperParameter } from '../../../shared/mappedFields';
import { AIRCRAFT_CATEGORIES } from '../../helpers/aircraftCategories';

/** The mapper has no field descriptions, so the label says what Published does. */
export const PUBLISHED_LABEL = 'Published (Visible to Buyers)';

export function emptyLegMapperFields(requireWhatCreateNeeds: boolean): MappedField[] {
	const required = requireWhatCreateNeeds;
	return [
		{ id: 'startAirport', displayName: 'From (ICAO Code)', type: 'string', required, aliases: ['Origin', 'Origin Airport', 'Departure Airport', 'From Airport', 'From ICAO', 'Start Airport'] },
		{ id: 'endAirport', displayName: 'To (ICAO Code)', type: 'string', required, aliases: ['Destination', 'Destination Airport', 'Arrival Airport', 'To Airport', 'To ICAO', 'End Airport'] },
		{ id: 'startDate', displayName: 'Available From', type: 'dateTime', required, aliases: ['Start', 'Start Date', 'Departure Date', 'Departure Time', 'Date From', 'From Date'] },
		{ id: 'endDate', displayName: 'Available Until', type: 'dateTime', required, aliases: ['End', 'End Date', 'Available To', 'Until', 'Date To', 'To Date'] },
		{ id: 'aircraftTail', displayName: 'Aircraft Tail Number', type: 'string', aliases: ['Tail', 'Tail Number', 'Aircraft Tail', 'Registration', 'Aircraft Registration'] },
		{ id: 'aircraftType', displayName: 'Aircraft Type', type: 'string', optional: true, aliases: ['Aircraft Model', 'Model'] },
		{ id: 'aircraftCategory', displayName: 'Aircraft Category', type: 'options', options: AIRCRAFT_CATEGORIES, optional: true, aliases: ['Category'] },
		{ id: 'price', displayName: 'Price', type: 'number', aliases: ['Seller Price', 'Asking Price', 'Amount'] },
		{ id: 'currency', displayName: 'Price Currency', type: 'string', aliases: ['Seller Price Currency', 'Currency Code'] },
		{ id: 'published', displayName: PUBLISHED_LABEL, type: 'boolean', aliases: ['Publish'] },
		{ id: 'sellerMessage', displayName: 'Message to Buyers', type: 'string', optional: true, aliases: ['Seller Message', 'Message', 'Note', 'Notes'] },
		{ id: 'sellerVerified', displayName: 'Availability Confirmed', type: 'boolean', optional: true, aliases: ['Seller Verified', 'Verified', 'Confirmed'] },
	];
}

/** Error labels: the mapper's names. */
export const MAPPER_LABELS: Record<string, string> = Object.fromEntries(emptyLegMapperFields(true).map((field) => [field.id, field.displayName]));

export function emptyLegColumnsField(resourceMapperMethod: 'getEmptyLegFields' | 'getEmptyLegUpdateFields'): INodeProperties {
	return mapperParameter(resourceMapperMethod, {
		description:
			'The leg is offered between Available From and Available Until. Give the Aircraft Tail Number, or for a floating fleet an Aircraft Type or Category. Buyers see the leg only when Published is on; a price of 0 leaves the price out. Map Automatically takes input fields named as the fields here (e.g. From, To, Available From, Tail, Price).',
	});
}

/** Shown above the mapper: what Published does, which the mapper itself cannot say. */
export const publishedNotice: INodeProperties = {
	displayName: 'Buyers see an empty leg only when Published (Visible to Buyers) is on; off keeps it as a draft only your company sees',
	name: 'publishedNotice',
	type: 'notice',
	default: '',
};
