import type { INodeProperties } from 'n8n-workflow';

/**
 * A picker for resources with a list endpoint. The list shows names, not ids: the API's ids are for
 * machines and may not be displayed unless the docs allow it [C: checklist].
 */
export function listLocator(name: string, displayName: string, searchListMethod: string, placeholder: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder },
		],
	};
}

export const emptyLegLocator = listLocator('emptyLegId', 'Empty Leg', 'searchEmptyLegs', 'aemptyleg-12345678');

export const emptyLegWatchLocator = listLocator('watchId', 'Empty Leg Watch', 'searchEmptyLegWatches', 'aelwatch-12345678');

/** Aircraft: the list searches by the tail typed in the box (Avinode has a tail search, not a list). */
export const aircraftLocator: INodeProperties = {
	...listLocator('aircraftId', 'Aircraft', 'searchAircraft', 'aircraft-12345678'),
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', placeholder: 'Type a tail number, e.g. N123AB', typeOptions: { searchListMethod: 'searchAircraft', searchable: true, searchFilterRequired: true } },
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'aircraft-12345678' },
	],
};

export const quoteAttachmentLocator = listLocator('attachmentId', 'Attachment', 'searchQuoteAttachments', 'aquoteattachment-12345678');
