import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseNumericId, valueOrThrow } from '../../shared/inputs';

/**
 * The links Avionté records carry (`link`), which open the record in Avionté's web app. A talent's is
 * `https://<tenant>.myavionte.com/app/#/applicant/<id>` [C-code: partner fixtures]. Contacts,
 * companies and jobs carry a link too [C-code: partner models] in a shape no public source shows, and
 * placements carry none; for those the plausible route names are accepted [I]. Only a link of the
 * field's own kind is taken, so a job's link pasted into a talent field is refused, not misread.
 */
interface LinkKind {
	/** Route names of the record's page in Avionté's web app. */
	routes: string[];
	/** The record, as the user calls it. */
	noun: string;
}

const LINK_KINDS: Record<string, LinkKind> = {
	talent: { routes: ['applicant', 'talent'], noun: 'talent' },
	contact: { routes: ['contact', 'contacts'], noun: 'contact' },
	company: { routes: ['company', 'companies'], noun: 'company' },
	job: { routes: ['job', 'jobs', 'joborder'], noun: 'job' },
	placement: { routes: ['placement', 'placements', 'assignment'], noun: 'placement' },
};

/** The locator field names and the kind of link each takes. */
const KIND_OF_FIELD: Record<string, string> = { talentId: 'talent', contactId: 'contact', companyId: 'company', jobId: 'job', placementId: 'placement' };

function routesPattern(kind: LinkKind): string {
	return `#/(?:${kind.routes.join('|')})/([0-9]+)`;
}

/** Validation of the "By URL" mode (n8n anchors it at both ends). */
export function linkValidationRegex(kindName: string): string {
	return `\\s*https?://[^\\s/]+/app/${routesPattern(LINK_KINDS[kindName])}(?:[/?][^\\s]*)?\\s*`;
}

/** Extraction of the id from a link (one group). */
export function linkExtractionRegex(kindName: string): string {
	return routesPattern(LINK_KINDS[kindName]);
}

/** The id in a link to a record of this kind, or undefined when the text is not such a link. */
export function recordIdFromLink(kindName: string, text: string): string | undefined {
	const kind = LINK_KINDS[kindName];
	if (!kind || !new RegExp(`^${linkValidationRegex(kindName)}$`, 'i').test(text)) return undefined;
	return new RegExp(linkExtractionRegex(kindName), 'i').exec(text)?.[1];
}

function urlMode(kindName: string) {
	const kind = LINK_KINDS[kindName];
	return {
		displayName: 'By URL',
		name: 'url',
		type: 'string' as const,
		placeholder: `https://yourcompany.myavionte.com/app/#/${kind.routes[0]}/100001`,
		validation: [{ type: 'regex' as const, properties: { regex: linkValidationRegex(kindName), errorMessage: `Paste the link of an Avionté ${kind.noun} (…/app/#/${kind.routes[0]}/<ID>)` } }],
		extractValue: { type: 'regex' as const, regex: linkExtractionRegex(kindName) },
	};
}

/** A record picker: "From List" (searchable), "By URL" (the record's link) where it has one, or "By ID". Avionté ids are positive integers [C]. */
export function recordLocator(name: string, displayName: string, searchListMethod: string | undefined, placeholder: string): INodeProperties {
	const kindName = KIND_OF_FIELD[name];
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		modes: [
			...(searchListMethod ? [{ displayName: 'From List', name: 'list', type: 'list' as const, typeOptions: { searchListMethod, searchable: true } }] : []),
			...(kindName ? [urlMode(kindName)] : []),
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

/**
 * Reads a numeric id from a locator or plain field, given as a number or digits; the record's link is
 * taken too (an expression may map `link` into any mode). A bad value names the field and the item.
 */
export function readRecordId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): number {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	const kindName = KIND_OF_FIELD[name];
	const fromLink = kindName && typeof raw === 'string' ? recordIdFromLink(kindName, raw.trim()) : undefined;
	const parsed = parseNumericId(fromLink ?? raw, 'Avionté');
	const kind = kindName ? LINK_KINDS[kindName] : undefined;
	if ('problem' in parsed && kind) {
		throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} ${parsed.problem}`, {
			itemIndex,
			description: `The link of an Avionté ${kind.noun} works too: …/app/#/${kind.routes[0]}/<ID>`,
		});
	}
	return valueOrThrow(context, parsed, displayName, itemIndex);
}

export const talentLocator = recordLocator('talentId', 'Talent', 'searchTalents', '100001');
export const companyLocator = recordLocator('companyId', 'Company', 'searchCompanies', '700001');
export const contactLocator = recordLocator('contactId', 'Contact', 'searchContacts', '800001');
export const jobLocator = recordLocator('jobId', 'Job', 'searchJobs', '300001');
export const userLocator = recordLocator('userId', 'User', 'searchUsers', '5001');
