import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../shared/inputs';

/** A record picker: "From List" (searchable) or "By ID". Avionté ids are positive integers [C]. */
export function recordLocator(name: string, displayName: string, searchListMethod: string | undefined, placeholder: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		modes: [
			...(searchListMethod ? [{ displayName: 'From List', name: 'list', type: 'list' as const, typeOptions: { searchListMethod, searchable: true } }] : []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'Enter the numeric ID' } }],
			},
		],
	};
}

/** Reads a numeric id from a locator or plain field, given as a number or digits; a bad value names the field and the item. */
export function readRecordId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): number {
	return readNumericId(context, name, displayName, itemIndex, 'Avionté');
}

export const talentLocator = recordLocator('talentId', 'Talent', 'searchTalents', '100001');
export const companyLocator = recordLocator('companyId', 'Company', 'searchCompanies', '700001');
export const contactLocator = recordLocator('contactId', 'Contact', 'searchContacts', '800001');
export const jobLocator = recordLocator('jobId', 'Job', 'searchJobs', '300001');
export const userLocator = recordLocator('userId', 'User', 'searchUsers', '5001');
