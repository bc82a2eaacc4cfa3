/**
 * Where an Avionté credential points and how it presents its key.
 *
 * Two gateways exist [C]: the current one (`api.avionte.com`, key header `X-api-key`) and the older
 * partner gateway from the help-centre article (`partner-api.avionte.com`, `Ocp-Apim-Subscription-Key`).
 * Paths under `/front-office/v1` are the same on both. "Custom" serves sandboxes and proxies.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { trimTrailingSlash } from '../../shared/paths';

export const AVIONTE_CURRENT_GATEWAY = 'https://api.avionte.com';
export const AVIONTE_PARTNER_GATEWAY = 'https://partner-api.avionte.com';
export const AVIONTE_DEFAULT_SCOPE = 'avionte.aero.compasintegrationservice';
export const AVIONTE_API_PREFIX = '/front-office/v1';

export interface AvionteConnection {
	/** Gateway base, no trailing slash: token at `{base}/authorize/token`, API at `{base}/front-office/v1`. */
	baseUrl: string;
	keyHeader: string;
}

export function avionteConnection(credentials: ICredentialDataDecryptedObject): AvionteConnection {
	const gateway = String(credentials.gateway ?? AVIONTE_CURRENT_GATEWAY);
	if (gateway === AVIONTE_PARTNER_GATEWAY) return { baseUrl: AVIONTE_PARTNER_GATEWAY, keyHeader: 'Ocp-Apim-Subscription-Key' };
	if (gateway === 'custom') {
		return {
			baseUrl: trimTrailingSlash(String(credentials.customBaseUrl ?? '')),
			keyHeader: String(credentials.customKeyHeader || 'X-api-key'),
		};
	}
	return { baseUrl: AVIONTE_CURRENT_GATEWAY, keyHeader: 'X-api-key' };
}

export function avionteApiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return `${avionteConnection(credentials).baseUrl}${AVIONTE_API_PREFIX}`;
}
