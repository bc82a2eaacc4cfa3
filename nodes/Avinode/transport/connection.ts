/**
 * Where an Avinode credential points.
 *
 * [C] Avinode sandbox `https://sandbox.avinode.com/api`, production `https://services.avinode.com/api`,
 * Schedaero sandbox `https://sandbox-schedaero.avinode.com/api`.
 * [I] Schedaero production `https://schedaero.avinode.com/api` (no page states it; best guess).
 * Webhook settings and the OAuth token endpoint live on the Avinode host for both products [C].
 */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { trimTrailingSlash } from '../../shared/paths';

export type AvinodePlatform = 'avinode' | 'schedaero';
/** `avinodeApi` serves both products (its Platform field says which); `schedaeroApi` is Schedaero only. */
export type AvinodeCredentialType = 'avinodeApi' | 'schedaeroApi';
export type AvinodeEnvironment = 'sandbox' | 'production' | 'custom';

const HOSTS: Record<Exclude<AvinodeEnvironment, 'custom'>, Record<AvinodePlatform, string>> = {
	sandbox: { avinode: 'https://sandbox.avinode.com/api', schedaero: 'https://sandbox-schedaero.avinode.com/api' },
	// [I] the Schedaero production API host is inferred from the web app host.
	production: { avinode: 'https://services.avinode.com/api', schedaero: 'https://schedaero.avinode.com/api' },
};

export interface AvinodeConnection {
	platform: AvinodePlatform;
	environment: AvinodeEnvironment;
	/** API base of the chosen platform, e.g. `https://sandbox.avinode.com/api`. */
	apiBaseUrl: string;
	/** Avinode API base: webhook settings and OAuth tokens live there for both platforms. */
	avinodeApiBaseUrl: string;
}

export function avinodeConnection(credentials: ICredentialDataDecryptedObject): AvinodeConnection {
	const platform: AvinodePlatform = credentials.platform === 'schedaero' ? 'schedaero' : 'avinode';
	const environment = (['sandbox', 'production', 'custom'].includes(String(credentials.environment))
		? credentials.environment
		: 'sandbox') as AvinodeEnvironment;
	if (environment === 'custom') {
		const apiBaseUrl = trimTrailingSlash(String(credentials.customBaseUrl ?? ''));
		const avinodeApiBaseUrl = trimTrailingSlash(String(credentials.customAvinodeBaseUrl || apiBaseUrl));
		return { platform, environment, apiBaseUrl, avinodeApiBaseUrl };
	}
	return { platform, environment, apiBaseUrl: HOSTS[environment][platform], avinodeApiBaseUrl: HOSTS[environment].avinode };
}

/**
 * Every API base this credential may sign requests for: the Avinode and Schedaero hosts of its
 * environment (a Schedaero connection still calls webhook settings and OAuth on the Avinode host).
 */
export function avinodeSigningBaseUrls(credentials: ICredentialDataDecryptedObject): string[] {
	const { environment, apiBaseUrl, avinodeApiBaseUrl } = avinodeConnection(credentials);
	if (environment === 'custom') return [apiBaseUrl, avinodeApiBaseUrl];
	return [HOSTS[environment].avinode, HOSTS[environment].schedaero];
}

/**
 * The credential a node reads. A trigger's Credential Type parameter names it; the Schedaero node uses
 * `schedaeroApi` from version 2 on; everything else, and every workflow saved before, `avinodeApi`.
 */
export function credentialTypeOf(node: Pick<INode, 'type' | 'typeVersion' | 'parameters'>): AvinodeCredentialType {
	const chosen = node.parameters?.authentication;
	if (chosen === 'schedaeroApi' || chosen === 'avinodeApi') return chosen;
	const isSchedaeroNode = /\.schedaero(Tool)?$/.test(node.type);
	return isSchedaeroNode && Number(node.typeVersion) >= 2 ? 'schedaeroApi' : 'avinodeApi';
}

/** A credential's values as the shared helpers read them: a Schedaero credential is always Platform Schedaero. */
export function connectionValues(credentials: ICredentialDataDecryptedObject, type: AvinodeCredentialType): ICredentialDataDecryptedObject {
	return type === 'schedaeroApi' ? { ...credentials, platform: 'schedaero' } : credentials;
}
