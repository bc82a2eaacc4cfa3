import { randomUUID } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	AVIONTE_CURRENT_GATEWAY,
	AVIONTE_DEFAULT_SCOPE,
	AVIONTE_PARTNER_GATEWAY,
	avionteConnection,
} from '../nodes/Avionte/transport/connection';
import { assertRequestToOwnHost, withoutRedirects } from '../nodes/shared/hostPin';
import { credentialSecrets } from '../nodes/shared/secrets';
import { TokenCoalescer, noteSigningRefused, takeSigningRefusal, tokenCacheKey } from '../nodes/shared/tokenCoalescer';
import { requestClientCredentialsToken } from '../nodes/shared/tokenRequest';

const tokens = new TokenCoalescer();

/**
 * Avionté BOLD Front Office: OAuth2 client credentials against the partner token endpoint.
 *
 * n8n's built-in OAuth2 credential cannot send the API-key header the token endpoint demands, so the
 * token is fetched in `preAuthentication` and kept in a hidden expirable field (n8n refreshes it
 * after a 401). Tokens live one hour [C].
 */
export class AvionteApi implements ICredentialType {
	name = 'avionteApi';

	displayName = 'Avionté BOLD API';

	icon: Icon = { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-avionte-avinode/n8n-nodes-avionte-avinode#avionté-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Gateway',
			name: 'gateway',
			type: 'options',
			options: [
				{
					name: 'Current (api.avionte.com, X-api-key header)',
					value: AVIONTE_CURRENT_GATEWAY,
				},
				{
					name: 'Partner (partner-api.avionte.com, Ocp-Apim-Subscription-Key header)',
					value: AVIONTE_PARTNER_GATEWAY,
				},
				{
					name: 'Custom Base URL (sandbox or proxy)',
					value: 'custom',
				},
			],
			default: AVIONTE_CURRENT_GATEWAY,
			description: 'Which Avionté API gateway to call. Both serve the same /front-office/v1 API.',
		},
		{
			displayName: 'Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/avionte',
			description: 'Gateway base: the token is requested at {Base URL}/authorize/token, the API is at {Base URL}/front-office/v1',
			displayOptions: { show: { gateway: ['custom'] } },
		},
		{
			displayName: 'API Key Header Name',
			name: 'customKeyHeader',
			type: 'string',
			default: 'X-api-key',
			description: 'Header that carries the API key or subscription key on the token call and every API call',
			displayOptions: { show: { gateway: ['custom'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key (or subscription key) Avionté issued to you',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Tenant',
			name: 'tenant',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'apitest',
			description: 'The short tenant code of the staffing agency, sent as the Tenant header',
		},
		{
			displayName: 'Front Office Tenant ID',
			name: 'frontOfficeTenantId',
			type: 'string',
			default: '',
			description: 'Optional numeric tenant ID. When set it is sent as FrontOfficeTenantId instead of Tenant, as Avionté recommends.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: AVIONTE_DEFAULT_SCOPE,
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The shared secret you gave Avionté for webhook calls (use at least 16 random characters). The Avionté Trigger rejects calls without it.',
		},
		{
			displayName: 'Webhook Header Name',
			name: 'webhookHeaderName',
			type: 'options',
			options: [
				{ name: 'X-Payload-Signature', value: 'X-Payload-Signature' },
				{ name: 'X-Api-Key', value: 'X-api-key' },
			],
			default: 'X-Payload-Signature',
			description: 'Header in which Avionté sends the secret (you chose it when asking Avionté for webhooks)',
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
		const { baseUrl, keyHeader } = avionteConnection(credentials);
		const staleToken = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
		// n8n asks again after authenticate refused to sign a request: the token is fine, nothing to fetch or store.
		if (staleToken && takeSigningRefusal(staleToken)) return {};
		const key = tokenCacheKey([baseUrl, keyHeader, credentials.apiKey as string, credentials.clientId as string, credentials.clientSecret as string, credentials.scope as string]);
		const secrets = credentialSecrets(credentials);
		const accessToken = await tokens.getToken(key, staleToken, staleToken !== '', async () =>
			requestClientCredentialsToken(this.helpers, {
				api: 'Avionté',
				url: `${baseUrl}/authorize/token`,
				headers: { [keyHeader]: String(credentials.apiKey ?? '') },
				form: {
					grant_type: 'client_credentials',
					client_id: String(credentials.clientId ?? ''),
					client_secret: String(credentials.clientSecret ?? ''),
					scope: String(credentials.scope || AVIONTE_DEFAULT_SCOPE),
				},
				checkHint: 'the Client ID, Client Secret, API key and Scope',
				reachHint: 'the gateway / base URL',
				defaultLifetimeSeconds: 3600,
				secrets,
			}),
		);
		return { accessToken };
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const { baseUrl, keyHeader } = avionteConnection(credentials);
		// The key and token go to the credential's own gateway only, whoever asks (HTTP Request node, AI tools).
		try {
			assertRequestToOwnHost(requestOptions, [baseUrl], 'Avionté BOLD API');
		} catch (error) {
			noteSigningRefused(credentials.accessToken);
			throw error;
		}
		const headers: Record<string, string> = {
			Accept: 'application/json',
			...(requestOptions.headers as Record<string, string> | undefined),
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			[keyHeader]: String(credentials.apiKey ?? ''),
		};
		const frontOfficeTenantId = String(credentials.frontOfficeTenantId ?? '').trim();
		if (frontOfficeTenantId) headers.FrontOfficeTenantId = frontOfficeTenantId;
		else headers.Tenant = String(credentials.tenant ?? '');
		// Node operations set their own RequestId so they can quote it; other callers get one here.
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'requestid')) headers.RequestId = randomUUID();
		return withoutRedirects({ ...requestOptions, headers });
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.gateway === "custom" ? String($credentials.customBaseUrl).replace(/\\/+$/, "") : $credentials.gateway}}',
			url: '/front-office/v1/branch',
			method: 'GET',
		},
	};
}
