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
