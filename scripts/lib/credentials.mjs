// Credentials that point n8n at the embedded sandbox. Fixed ids so shipped examples can reference them.
import sandboxModule from '../../test/sandbox/index.js';

const { config } = sandboxModule;

export const CREDENTIAL_IDS = { avionte: 'avxAvionteSbx001', avinode: 'avxAvinodeSbx001', schedaero: 'avxSchedaeroSb01' };
export const CREDENTIAL_NAMES = { avionte: 'Avionté sandbox', avinode: 'Avinode sandbox', schedaero: 'Schedaero sandbox' };

export function sandboxCredentials(sandboxUrl, overrides = {}) {
	return [
		{
			id: CREDENTIAL_IDS.avionte,
			name: CREDENTIAL_NAMES.avionte,
			type: 'avionteApi',
			data: {
				gateway: 'custom',
				customBaseUrl: `${sandboxUrl}/avionte`,
				customKeyHeader: 'X-api-key',
				apiKey: config.avionte.apiKey,
				clientId: config.avionte.clientId,
				clientSecret: config.avionte.clientSecret,
				tenant: config.avionte.tenant,
				frontOfficeTenantId: '',
				scope: config.avionte.scope,
				webhookSecret: config.avionte.webhookSecret,
				webhookHeaderName: 'X-Payload-Signature',
				accessToken: '',
				...overrides.avionte,
			},
		},
		{
			id: CREDENTIAL_IDS.avinode,
			name: CREDENTIAL_NAMES.avinode,
			type: 'avinodeApi',
			data: {
				platform: 'avinode',
				environment: 'custom',
				customBaseUrl: `${sandboxUrl}/avinode/api`,
				customAvinodeBaseUrl: `${sandboxUrl}/avinode/api`,
				apiToken: config.avinode.apiToken,
				authentication: 'oauthClientCredentials',
				connectionToken: '',
				clientId: config.avinode.clientId,
				clientSecret: config.avinode.clientSecret,
				productName: '',
				actAsAccount: '',
				accessToken: '',
				...overrides.avinode,
			},
		},
		{
			id: CREDENTIAL_IDS.schedaero,
			name: CREDENTIAL_NAMES.schedaero,
			type: 'avinodeApi',
			data: {
				platform: 'schedaero',
				environment: 'custom',
				customBaseUrl: `${sandboxUrl}/schedaero/api`,
				customAvinodeBaseUrl: `${sandboxUrl}/avinode/api`,
				apiToken: config.avinode.apiToken,
				authentication: 'connectionToken',
				connectionToken: config.avinode.schedaeroConnectionToken,
				productName: '',
				actAsAccount: '',
				accessToken: '',
				...overrides.schedaero,
			},
		},
	];
}
