// Credentials that point n8n at the embedded sandbox. Fixed ids so shipped examples can reference them.
import sandboxModule from '../../test/sandbox/index.js';

const { config } = sandboxModule;

// `schedaeroLegacy` is a Schedaero connection saved as an Avinode credential, as workflows saved with
// the Schedaero node version 1 have it.
export const CREDENTIAL_IDS = { avionte: 'avxAvionteSbx001', avinode: 'avxAvinodeSbx001', schedaero: 'avxSchedaeroSb01', schedaeroLegacy: 'avxSchedaeroLg01' };
export const CREDENTIAL_NAMES = { avionte: 'Avionté sandbox', avinode: 'Avinode sandbox', schedaero: 'Schedaero sandbox', schedaeroLegacy: 'Schedaero sandbox (Avinode credential)' };

/**
 * The sandbox credentials `npm start` imports; `savedWorkflows` adds the Avinode credential a workflow
 * saved with the Schedaero node version 1 uses (the e2e suite runs one).
 */
export function sandboxCredentials(sandboxUrl, overrides = {}, { savedWorkflows = false } = {}) {
	const credentials = [
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
			type: 'schedaeroApi',
			data: { ...schedaeroConnection(sandboxUrl), ...overrides.schedaero },
		},
	];
	const savedSchedaero = {
		id: CREDENTIAL_IDS.schedaeroLegacy,
		name: CREDENTIAL_NAMES.schedaeroLegacy,
		type: 'avinodeApi',
		data: { platform: 'schedaero', ...schedaeroConnection(sandboxUrl), ...overrides.schedaeroLegacy },
	};
	return savedWorkflows ? [...credentials, savedSchedaero] : credentials;
}

/** The sandbox's Schedaero API connection (its webhooks and OAuth live on the Avinode host). */
function schedaeroConnection(sandboxUrl) {
	return {
		environment: 'custom',
		customBaseUrl: `${sandboxUrl}/schedaero/api`,
		customAvinodeBaseUrl: `${sandboxUrl}/avinode/api`,
		apiToken: config.avinode.apiToken,
		authentication: 'connectionToken',
		connectionToken: config.avinode.schedaeroConnectionToken,
		productName: '',
		actAsAccount: '',
		accessToken: '',
	};
}
