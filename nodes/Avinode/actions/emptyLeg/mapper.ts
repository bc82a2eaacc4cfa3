/** The empty-leg field mapper of version 1.2, in the words a seller uses. */
import type { INodeProperties } from 'n8n-workflow';

import type { MappedField } from '../../../shared/mappedFields';
import { mapperParameter } from '../../../shared/mappedFields';
import { AIRCRAFT_CATEGORIES } from '../../helpers/aircraftCategories';

export function emptyLegMapperFields(requireWhatCreateNeeds: boolean): MappedField[] {
	const required = requireWhatCreateNeeds;
	return [
		{ id: 'startAirport', displayName: 'From (ICAO Code)', type: 'string', required },
		{ id: 'endAirport', displayName: 'To (ICAO Code)', type: 'string', required },
		{ id: 'startDate', displayName: 'Available From', type: 'dateTime', required },
		{ id: 'endDate', displayName: 'Available Until', type: 'dateTime', required },
		{ id: 'aircraftTail', displayName: 'Aircraft Tail Number', type: 'string' },
		{ id: 'aircraftType', displayName: 'Aircraft Type', type: 'string', optional: true },
		{ id: 'aircraftCategory', displayName: 'Aircraft Category', type: 'options', options: AIRCRAFT_CATEGORIES, optional: true },
		{ id: 'price', displayName: 'Price', type: 'number' },
		{ id: 'currency', displayName: 'Price Currency', type: 'string' },
		{ id: 'published', displayName: 'Published', type: 'boolean' },
		{ id: 'sellerMessage', displayName: 'Message to Buyers', type: 'string', optional: true },
		{ id: 'sellerVerified', displayName: 'Availability Confirmed', type: 'boolean', optional: true },
	];
}

/** Error labels: the mapper's names. */
export const MAPPER_LABELS: Record<string, string> = Object.fromEntries(emptyLegMapperFields(true).map((field) => [field.id, field.displayName]));

export function emptyLegColumnsField(resourceMapperMethod: 'getEmptyLegFields' | 'getEmptyLegUpdateFields'): INodeProperties {
	return mapperParameter(resourceMapperMethod, {
		description:
			'The leg is offered between Available From and Available Until. Give the Aircraft Tail Number, or for a floating fleet an Aircraft Type or Category. Published legs are visible to all buyers; a price of 0 leaves the price out.',
	});
}
