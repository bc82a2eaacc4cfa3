/** Webhook event types: the nine Avinode ones [C] and the Schedaero ones captured so far [C]. */
import type { INodePropertyOptions } from 'n8n-workflow';

export const AVINODE_EVENT_TYPES: INodePropertyOptions[] = [
	{ name: 'Client Lead', value: 'ClientLeads', description: 'A client lead arrived (web app etc.)' },
	{ name: 'Empty Legs Matching a Watch', value: 'EmptyLegs', description: 'New or updated empty legs matching one of your watches' },
	{ name: 'Trip Chat From Buyer', value: 'TripChatFromBuyer' },
	{ name: 'Trip Chat From Seller', value: 'TripChatFromSeller' },
	{ name: 'Trip Chat Mine', value: 'TripChatMine', description: 'Chat by someone in your company' },
	{ name: 'Trip Request (RFQ Received)', value: 'TripRequest', description: 'A new, updated or cancelled RFQ sent to your company' },
	{ name: 'Trip Request Mine', value: 'TripRequestMine', description: 'Someone in your company sent or cancelled a trip request' },
	{ name: 'Trip Request Seller Response', value: 'TripRequestSellerResponse', description: 'An operator quoted or declined your RFQ' },
	{ name: 'Trip Request Seller Response Mine', value: 'TripRequestSellerResponseMine', description: 'Someone in your company answered a trip request' },
];

export const SCHEDAERO_EVENT_TYPES: INodePropertyOptions[] = [
	{ name: 'Schedaero Contacts', value: 'SchedAeroContacts', description: 'A contact was created or changed' },
	{ name: 'Schedaero Logistics', value: 'SchedAeroLogistics', description: 'A service on a flight leg was created or changed' },
	{ name: 'Schedaero Passengers', value: 'SchedAeroPassengers', description: 'A passenger was assigned to a flight or changed' },
];

export const ALL_EVENT_TYPES = [...AVINODE_EVENT_TYPES, ...SCHEDAERO_EVENT_TYPES].sort((a, b) => a.name.localeCompare(b.name));

/** Avinode requires HTTPS targets [C]; only the production environment is strict here, see the note. */
export function webhookTargetProblem(environment: string, targetUri: string): string | undefined {
	let url: URL;
	try {
		url = new URL(targetUri);
	} catch {
		return `"${targetUri}" is not a URL`;
	}
	if (environment === 'production' && url.protocol !== 'https:') {
		return `Avinode production only delivers webhooks to HTTPS URLs, and this n8n webhook URL is ${url.protocol.replace(':', '')}: set WEBHOOK_URL to your public https:// address`;
	}
	return undefined;
}
