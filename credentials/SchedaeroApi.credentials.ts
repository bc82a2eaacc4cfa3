import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { AvinodeApi } from './AvinodeApi.credentials';

/** Labels and hints that name Schedaero where the shared Avinode fields speak of the Marketplace. */
const SCHEDAERO_TEXT: Record<string, Partial<INodeProperties>> = {
	customBaseUrl: { displayName: 'Schedaero API Base URL', placeholder: 'http://127.0.0.1:4010/schedaero/api' },
	customAvinodeBaseUrl: { description: 'Webhook settings and OAuth tokens of a Schedaero connection live on the Avinode host. Empty means the Schedaero API Base URL.' },
	connectionToken: { description: "The token of this company's Schedaero API connection, as Avinode support issued it. Paste it as it is; a leading \"Bearer\" is left out for you." },
};

/**
 * The Avinode credential's fields for a Schedaero connection: no Platform choice (a hidden `platform`
 * of `schedaero` keeps every shared helper reading it right), Schedaero wording where it differs.
 */
export function schedaeroProperties(avinodeProperties: INodeProperties[]): INodeProperties[] {
	return avinodeProperties.map((property) =>
		property.name === 'platform' ? { displayName: 'Platform', name: 'platform', type: 'hidden', default: 'schedaero' } : { ...property, ...SCHEDAERO_TEXT[property.name] },
	);
}

/**
 * Schedaero: one credential per Schedaero API connection (one company). Same headers, tokens and hosts
 * as the Avinode credential [C: API Basics covers both products], so it inherits the Avinode
 * credential's token request and request signing; only its own type lets the editor offer Schedaero
 * connections alone to the Schedaero node.
 */
export class SchedaeroApi extends AvinodeApi implements ICredentialType {
	name = 'schedaeroApi';

	displayName = 'Schedaero API';

	icon: Icon = { light: 'file:schedaero.svg', dark: 'file:schedaero.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-avionte-avinode/n8n-nodes-avionte-avinode#schedaero-credential';

	properties: INodeProperties[] = schedaeroProperties(this.properties);

	/** Webhook settings on the Avinode host answer any Schedaero connection, so they prove its tokens. */
	test: ICredentialTestRequest = { ...this.test, request: { ...this.test.request, url: '/webhooks/settings' } };
}
