/**
 * Picks from the account's own lists (statuses, activity types) that the editor loads when the user
 * opens them. A plain dropdown (`options` with a load method) is loaded as the form opens; in a new
 * workflow that happens before n8n has assigned the credential, and n8n's editor drops the reload it
 * starts once the credential is set while that first load is still on its way, so the field stays at
 * "Error fetching options" until Refresh List. A resource locator's list is read only when opened.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions, INodePropertyMode } from 'n8n-workflow';

type LoadOptions = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** A dropdown's load method as the list of a locator, filtered by what the user types. */
export function optionsAsListSearch(load: LoadOptions) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const needle = (filter ?? '').trim().toLowerCase();
		const options = await load.call(this);
		return {
			results: options
				.filter((option) => !needle || option.name.toLowerCase().includes(needle))
				.map((option) => ({ name: option.name, value: typeof option.value === 'number' ? option.value : String(option.value) })),
		};
	};
}

/** A required pick from an account list: "From List", or the value typed or mapped ("By Name", "By ID"). */
export function accountListLocator(spec: {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: string;
	typed: Pick<INodePropertyMode, 'name' | 'displayName' | 'placeholder' | 'validation'>;
}): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: spec.searchListMethod, searchable: true } },
			{ ...spec.typed, type: 'string' },
		],
	};
}
