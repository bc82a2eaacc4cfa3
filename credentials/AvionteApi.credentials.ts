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
import { bodyRules } from '../nodes/shared/credentialTest';
import { assertRequestToOwnHost, withoutRedirects } from '../nodes/shared/hostPin';
import { pastedSecret } from '../nodes/shared/pasted';
import { credentialSecrets } from '../nodes/shared/secrets';
import { TokenCoalescer, noteSigningRefused, takeSigningRefusal, tokenCacheKey } from '../nodes/shared/tokenCoalescer';
import { requestClientCredentialsToken } from '../nodes/shared/tokenRequest';

const tokens = new TokenCoalescer();

/** ASP.NET Web API's answer to a bearer token it does not accept (Avionté's API runs on it). */
const TOKEN_REFUSED = 'Authorization has been denied for this request.';
const TOKEN_REFUSED_ADVICE =
	'Avionté no longer accepts the access token n8n holds for this client, though the token request worked before. Run any Avionté step (n8n then fetches a new token) and test again; if it keeps failing, check Client ID, Client Secret and Scope.';

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

	documentationUrl = 'https://github.com/n8n-nodes-avionte-avinode/n8n-nodes-avionte-avinode#avionte-credential';

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
			description: 'Which Avionté API gateway your API key belongs to. Both serve the same API.',
		},
		{
			displayName: 'Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/avionte',
			description: 'The address of the gateway, without a path (n8n adds the token and API paths to it)',
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
			description: 'The client ID of your Avionté API client, from the same email or partner portal page as the API key',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The client secret that belongs to the Client ID',
		},
		{
			displayName: 'Tenant',
			name: 'tenant',
			type: 'string',
			default: '',
			placeholder: 'apitest',
			description: "The short code of the staffing agency's Avionté account (e.g. apitest for Avionté's test tenant). Needed unless you give the Front Office Tenant ID.",
		},
		{
			displayName: 'Front Office Tenant ID',
			name: 'frontOfficeTenantId',
			type: 'string',
			default: '',
			placeholder: '1234',
			description: 'The numeric ID of the same account, if Avionté gave you one. When set, it is used instead of Tenant (Avionté prefers it); leave it empty to use Tenant.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: AVIONTE_DEFAULT_SCOPE,
			description: 'The access your API client asks for. Keep the default unless Avionté gave you another scope.',
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
				headers: { [keyHeader]: pastedSecret(credentials.apiKey) },
				form: {
					grant_type: 'client_credentials',
					client_id: pastedSecret(credentials.clientId),
					client_secret: pastedSecret(credentials.clientSecret),
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
			[keyHeader]: pastedSecret(credentials.apiKey),
		};
		const frontOfficeTenantId = String(credentials.frontOfficeTenantId ?? '').trim();
		if (frontOfficeTenantId) headers.FrontOfficeTenantId = frontOfficeTenantId;
		else headers.Tenant = pastedSecret(credentials.tenant);
		// Node operations set their own RequestId so they can quote it; other callers get one here.
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'requestid')) headers.RequestId = randomUUID();
		return withoutRedirects({ ...requestOptions, headers });
	}

	/** Reads the branches, which every tenant has: the cheapest call that proves key, token and tenant together. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.gateway === "custom" ? String($credentials.customBaseUrl).replace(/\\/+$/, "") : $credentials.gateway}}',
			url: '/front-office/v1/branch',
			method: 'GET',
			// The answer is read by the rules below (n8n 1.x shows no rule for an error status).
			ignoreHttpStatusErrors: true,
		},
		// A refused token request explains itself (preAuthentication); these are the answers to the call itself.
		// The gateway's own refusals carry `statusCode` in the body; a branch always has an `id`.
		rules: bodyRules(
			[
				// The gateway's own refusals carry `statusCode` in the body.
				{ key: 'statusCode', value: 401, message: 'Avionté did not accept the API key (HTTP 401). Check API Key, and for a custom gateway API Key Header Name.' },
				{ key: 'statusCode', value: 403, message: 'Avionté refused this API key for the call (HTTP 403). Check that the API key is the one issued with this Client ID.' },
				{ key: 'statusCode', value: 404, message: 'No Avionté API answered at this address (HTTP 404). Check Gateway, or Base URL for a custom gateway.' },
				{ key: 'statusCode', value: 429, message: "Avionté's rate limit for this API key is reached (HTTP 429). Wait a minute, then test again." },
				// The API's answer to a token it no longer accepts (withdrawn before its stated expiry).
				...['message', 'Message'].map((key) => ({ key, value: TOKEN_REFUSED, message: TOKEN_REFUSED_ADVICE })),
			],
			{
				// Every branch has an `id`; any other answer is the API refusing this tenant.
				successKey: 'id',
				message:
					'The tenant is not accessible with these credentials: Avionté accepted the API key, Client ID and Client Secret but refused the call for this tenant. Check Tenant, or Front Office Tenant ID when it is set, since it is used instead of Tenant.',
			},
		),
	};
}
