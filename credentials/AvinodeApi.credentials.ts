import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { avinodeConnection, avinodeSigningBaseUrls } from '../nodes/Avinode/transport/connection';
import { assertRequestToOwnHost, withoutRedirects } from '../nodes/shared/hostPin';
import { basicAuthSecret, credentialSecrets } from '../nodes/shared/secrets';
import { TokenCoalescer, noteSigningRefused, takeSigningRefusal, tokenCacheKey } from '../nodes/shared/tokenCoalescer';
import type { ClientAuthenticationMethod } from '../nodes/shared/tokenRequest';
import { clientAuthentication, requestClientCredentialsToken } from '../nodes/shared/tokenRequest';
import { DEFAULT_PRODUCT_NAME } from '../nodes/shared/version';

const tokens = new TokenCoalescer();

/** Marks the hidden token field in connection-token mode, so n8n does not call preAuthentication per request. */
const CONNECTION_TOKEN_MODE = 'connection-token-mode';

/**
 * Avinode Marketplace and Schedaero: one credential per API connection (one company) [C].
 *
 * Every call carries the application token (`X-Avinode-ApiToken`), the connection's bearer token, the
 * API version, the product name and version, and a send timestamp computed when the request leaves,
 * so a retry minutes later still falls inside Avinode's 5-minute window.
 */
export class AvinodeApi implements ICredentialType {
	name = 'avinodeApi';

	displayName = 'Avinode / Schedaero API';

	icon: Icon = { light: 'file:avinode.svg', dark: 'file:avinode.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-avionte-avinode/n8n-nodes-avionte-avinode#avinode-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			options: [
				{ name: 'Avinode Marketplace', value: 'avinode' },
				{ name: 'Schedaero', value: 'schedaero' },
			],
			default: 'avinode',
			description: 'Which product this API connection belongs to',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Sandbox', value: 'sandbox' },
				{ name: 'Production', value: 'production' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'sandbox',
			description: 'Avinode forbids development and test calls against production. Use the sandbox until you go live.',
		},
		{
			displayName: 'API Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/avinode/api',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Avinode API Base URL (Webhooks and OAuth)',
			name: 'customAvinodeBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/avinode/api',
			description: 'Webhook settings and OAuth tokens always live on the Avinode host, also for Schedaero. Empty means the API Base URL.',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Application API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The X-Avinode-ApiToken Avinode issued for this integration. It identifies the application: enter it once when setting up n8n and never share it.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'API Connection Token', value: 'connectionToken' },
				{ name: 'OAuth Client Credentials', value: 'oauthClientCredentials' },
			],
			default: 'connectionToken',
		},
		{
			displayName: 'API Connection Token',
			name: 'connectionToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The bearer token of the API connection, as issued by Avinode support (without the word Bearer)',
			displayOptions: { show: { authentication: ['connectionToken'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			displayOptions: { show: { authentication: ['oauthClientCredentials'] } },
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['oauthClientCredentials'] } },
		},
		{
			displayName: 'Client Authentication',
			name: 'clientAuthentication',
			type: 'options',
			options: [
				{ name: 'Send Client ID and Secret in Body (client_secret_post)', value: 'client_secret_post' },
				{ name: 'Send as Basic Auth Header (client_secret_basic)', value: 'client_secret_basic' },
			],
			default: 'client_secret_post',
			description: 'The method chosen for this client secret in Avinode (Company → APIs). Avinode refuses a token request that uses another method.',
			displayOptions: { show: { authentication: ['oauthClientCredentials'] } },
		},
		{
			displayName: 'Product Name and Version',
			name: 'productName',
			type: 'string',
			default: DEFAULT_PRODUCT_NAME,
			description: 'Sent as X-Avinode-Product on every call; Avinode requires the name and version of the calling application',
		},
		{
			displayName: 'Act-As Account',
			name: 'actAsAccount',
			type: 'string',
			default: '',
			description: 'Optional Avinode username sent as X-Avinode-ActAsAccount, so actions show that person instead of the company. Operations can override it.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authentication !== 'oauthClientCredentials') {
			// The marker is stored once; a second write after every error would change nothing.
			return credentials.accessToken === CONNECTION_TOKEN_MODE ? {} : { accessToken: CONNECTION_TOKEN_MODE };
		}
		const { avinodeApiBaseUrl } = avinodeConnection(credentials);
		const staleToken = typeof credentials.accessToken === 'string' && credentials.accessToken !== CONNECTION_TOKEN_MODE ? credentials.accessToken : '';
		// n8n asks again after authenticate refused to sign a request: the token is fine, nothing to fetch or store.
		if (staleToken && takeSigningRefusal(staleToken)) return {};
		const key = tokenCacheKey([avinodeApiBaseUrl, credentials.apiToken as string, credentials.clientId as string, credentials.clientSecret as string, String(credentials.clientAuthentication ?? '')]);
		// With client_secret_basic the secret also travels as base64 of `id:secret`.
		const secrets = [...credentialSecrets(credentials), basicAuthSecret(String(credentials.clientId ?? ''), String(credentials.clientSecret ?? ''))];
		// Only the method the secret is configured for works [C: docs/oauth-management]; saved credentials
		// have no value here and keep client_secret_post, the one version 1 used.
		const method: ClientAuthenticationMethod = credentials.clientAuthentication === 'client_secret_basic' ? 'client_secret_basic' : 'client_secret_post';
		const client = clientAuthentication(method, String(credentials.clientId ?? ''), String(credentials.clientSecret ?? ''));
		const accessToken = await tokens.getToken(key, staleToken, staleToken !== '', async () =>
			requestClientCredentialsToken(this.helpers, {
				api: 'Avinode',
				url: `${avinodeApiBaseUrl}/oauth/token`,
				headers: { 'X-Avinode-ApiToken': String(credentials.apiToken ?? ''), ...client.headers },
				form: { grant_type: 'client_credentials', ...client.form },
				checkHint: 'the Client ID, Client Secret, Client Authentication and Application API Token',
				reachHint: 'the environment / base URL',
				defaultLifetimeSeconds: 1800,
				secrets,
			}),
		);
		return { accessToken };
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// The tokens go to the Avinode and Schedaero hosts of this environment only, whoever asks.
		try {
			assertRequestToOwnHost(requestOptions, avinodeSigningBaseUrls(credentials), 'Avinode / Schedaero API');
		} catch (error) {
			noteSigningRefused(credentials.accessToken);
			throw error;
		}
		const bearer = credentials.authentication === 'oauthClientCredentials' ? credentials.accessToken : credentials.connectionToken;
		const given = (requestOptions.headers ?? {}) as Record<string, string>;
		const headers: Record<string, string> = {
			// JSON unless the request asks for something else (a PDF stream), whatever the header's case.
			...(Object.keys(given).some((name) => name.toLowerCase() === 'accept') ? {} : { Accept: 'application/json' }),
			...given,
			'X-Avinode-ApiToken': String(credentials.apiToken ?? ''),
			Authorization: `Bearer ${String(bearer ?? '')}`,
			'X-Avinode-ApiVersion': 'v1',
			'X-Avinode-Product': String(credentials.productName || DEFAULT_PRODUCT_NAME),
			// Computed at send time: n8n calls authenticate for every attempt, retries included.
			'X-Avinode-SentTimestamp': new Date().toISOString(),
		};
		const actAs = given['X-Avinode-ActAsAccount'] ?? String(credentials.actAsAccount ?? '');
		if (actAs.trim()) headers['X-Avinode-ActAsAccount'] = actAs.trim();
		else delete headers['X-Avinode-ActAsAccount'];
		return withoutRedirects({ ...requestOptions, headers });
	}

	test: ICredentialTestRequest = {
		request: {
			// Webhook settings live on the Avinode host for both platforms; airports are a cheap Marketplace read.
			baseURL:
				'={{$credentials.environment === "custom" ? String($credentials.customAvinodeBaseUrl || $credentials.customBaseUrl).replace(/\\/+$/, "") : ($credentials.environment === "production" ? "https://services.avinode.com/api" : "https://sandbox.avinode.com/api")}}',
			url: '={{$credentials.platform === "schedaero" ? "/webhooks/settings" : "/airports/search?filter=KTEB&page%5Bsize%5D=1"}}',
			method: 'GET',
		},
	};
}
