/** Typed access to the JavaScript sandbox for the TypeScript tests. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandboxModule = require('../sandbox');

export interface LedgerEntry {
	at: number;
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | undefined>;
	body: unknown;
	status: number;
	/** When the answer finished (epoch ms); unset while in flight. */
	finishedAt?: number;
}

export interface Sandbox {
	url: string;
	avionteBaseUrl: string;
	avinodeBaseUrl: string;
	schedaeroBaseUrl: string;
	ledger: LedgerEntry[];
	deliveries: Array<Record<string, unknown>>;
	config: typeof sandboxModule.config;
	data: {
		avionte: { talents: Map<number, Record<string, unknown>>; activities: Array<Record<string, unknown>>; talentTags: Map<number, unknown[]>; pipelineStages: unknown[]; jobs: Map<number, Record<string, unknown>>; placements: Map<number, Record<string, unknown>> };
		avinode: Record<string, Map<string, Record<string, unknown>>>;
		schedaero: Record<string, Map<string, Record<string, unknown>>>;
	};
	setFaults(faults: Record<string, unknown>): void;
	script(...entries: Array<Record<string, unknown>>): void;
	configure(settings: Record<string, unknown>): void;
	expireAvionteTokens(): void;
	/** Edits a stored Avionté record; its update time moves to now (or `at`), as an edit in Avionté would. */
	editAvionte(plural: string, id: number, changes: Record<string, unknown>, options?: { at?: number }): Record<string, unknown>;
	/** Adds an Avionté record with creation and update times now (or `at`). */
	createAvionte(plural: string, record: Record<string, unknown>, options?: { at?: number }): Record<string, unknown>;
	/** Runs `hook` before each Avionté API request is answered (undefined removes it). */
	onAvionteRequest(hook: ((request: { method: string; path: string; query: Record<string, string | string[]>; body?: unknown }) => void) | undefined): void;
	reset(options?: { talentCount?: number; seed?: number }): void;
	clearLedger(): void;
	stats(): { tokenFetches: number; oauthTokenFetches: number; quotaUsed: number; requests: number; peakInFlight: number; throttleRefusals: number; refused429: number };
	emitAvinode(eventType: string, resource?: Record<string, unknown>, options?: { owner?: string }): Promise<Array<{ status: number }>>;
	setAvionteWebhook(url: string, secret: string, header?: string): void;
	emitAvionte(eventName: string, resource: Record<string, unknown>, correlationId?: string, options?: { secret?: string }): Promise<{ status: number; correlationId: string }>;
	close(): Promise<void>;
}

export async function startSandbox(options: Record<string, unknown> = {}): Promise<Sandbox> {
	return (await sandboxModule.start(options)) as Sandbox;
}

export const sandboxConfig = sandboxModule.config as {
	avionte: Record<string, string>;
	avinode: Record<string, string>;
};

export function avionteCredentials(sandbox: Sandbox, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		gateway: 'custom',
		customBaseUrl: sandbox.avionteBaseUrl,
		customKeyHeader: 'X-api-key',
		apiKey: sandboxConfig.avionte.apiKey,
		clientId: sandboxConfig.avionte.clientId,
		clientSecret: sandboxConfig.avionte.clientSecret,
		tenant: sandboxConfig.avionte.tenant,
		frontOfficeTenantId: '',
		scope: sandboxConfig.avionte.scope,
		...overrides,
	};
}

export function avinodeCredentials(sandbox: Sandbox, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	const platform = overrides.platform ?? 'avinode';
	return {
		platform,
		environment: 'custom',
		customBaseUrl: platform === 'schedaero' ? sandbox.schedaeroBaseUrl : sandbox.avinodeBaseUrl,
		customAvinodeBaseUrl: sandbox.avinodeBaseUrl,
		apiToken: sandboxConfig.avinode.apiToken,
		authentication: 'connectionToken',
		connectionToken: platform === 'schedaero' ? sandboxConfig.avinode.schedaeroConnectionToken : sandboxConfig.avinode.connectionToken,
		clientId: '',
		clientSecret: '',
		productName: 'n8n-nodes-avionte-avinode v0.1.0',
		actAsAccount: '',
		...overrides,
	};
}

/** A Schedaero API credential (the Schedaero node's, from version 2): an Avinode credential's values for Schedaero, without Platform. */
export function schedaeroCredentials(sandbox: Sandbox, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	const { platform: _platform, ...values } = avinodeCredentials(sandbox, { platform: 'schedaero', ...overrides });
	return values;
}
