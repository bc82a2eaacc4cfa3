/**
 * A faithful stand-in for the n8n execution context, enough to run our nodes outside n8n:
 * - `httpRequestWithAuthentication` follows n8n-core 2.40: preAuthentication when the expirable
 *   field is empty (persisting the result), authenticate, send, and after a 401 one forced
 *   preAuthentication and one retry; every other failure is wrapped in NodeApiError.
 * - parameters resolve like n8n's: missing ones fall back to the node description's defaults,
 *   resource locators honour `extractValue`.
 * The real client, n8n itself, is exercised by the e2e suite.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	NodeExecutionHint,
} from 'n8n-workflow';
import { NodeApiError, ObservableObject } from 'n8n-workflow';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { SchedaeroApi } from '../../credentials/SchedaeroApi.credentials';
import { itemBinaryHelpers, prepareBinaryData } from './binary';
import { httpRequest } from './http';

export const credentialTypes: Record<string, ICredentialType> = {
	avionteApi: new AvionteApi(),
	avinodeApi: new AvinodeApi(),
	schedaeroApi: new SchedaeroApi(),
};

/** The "database" of credentials: preAuthentication results are persisted here, as n8n does. */
export class CredentialStore {
	readonly data: Record<string, ICredentialDataDecryptedObject> = {};

	preAuthCalls = 0;

	set(type: string, values: ICredentialDataDecryptedObject): void {
		this.data[type] = { accessToken: '', ...values };
	}

	get(type: string): ICredentialDataDecryptedObject {
		const values = this.data[type];
		if (!values) throw new Error(`no credential of type ${type}`);
		return { ...values };
	}
}

/** A store holding these credentials, by credential type (`avionteApi`, `avinodeApi`, ...). */
export function credentialStore(credentials: Record<string, ICredentialDataDecryptedObject>): CredentialStore {
	const store = new CredentialStore();
	for (const [type, values] of Object.entries(credentials)) store.set(type, values);
	return store;
}

function expirableField(type: ICredentialType): string | undefined {
	return type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true)?.name;
}

async function preAuthenticate(store: CredentialStore, typeName: string, credentials: ICredentialDataDecryptedObject, expired: boolean): Promise<void> {
	const type = credentialTypes[typeName];
	const field = expirableField(type);
	if (!field || typeof type.preAuthentication !== 'function') return;
	if (credentials[field] !== '' && !expired) return;
	store.preAuthCalls++;
	const output = await type.preAuthentication.call({ helpers: { httpRequest } } as never, credentials);
	if (output?.[field] === undefined) return;
	Object.assign(credentials, output);
	store.data[typeName] = { ...store.data[typeName], ...output } as ICredentialDataDecryptedObject;
}

async function authenticate(typeName: string, credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const type = credentialTypes[typeName];
	if (typeof type.authenticate !== 'function') throw new Error('harness supports function authenticate only');
	return await type.authenticate(credentials, options);
}

export function makeHttpRequestWithAuthentication(store: CredentialStore, node: INode) {
	return async function httpRequestWithAuthentication(
		typeName: string,
		requestOptions: IHttpRequestOptions,
		additional?: { credentialsDecrypted?: { data?: ICredentialDataDecryptedObject } },
	): Promise<unknown> {
		let credentials: ICredentialDataDecryptedObject | undefined;
		let options = requestOptions;
		try {
			// As in n8n-core: given credentials are used (and refreshed) in place, else read per call.
			credentials = additional?.credentialsDecrypted?.data ?? store.get(typeName);
			await preAuthenticate(store, typeName, credentials, false);
			options = await authenticate(typeName, credentials, requestOptions);
			return await httpRequest(options);
		} catch (error) {
			if ((error as { response?: { status?: number } }).response?.status === 401 && credentials !== undefined) {
				try {
					await preAuthenticate(store, typeName, credentials, true);
					options = await authenticate(typeName, credentials, requestOptions);
					return await httpRequest(options);
				} catch (retryError) {
					throw new NodeApiError(node, retryError as never);
				}
			}
			throw new NodeApiError(node, error as never);
		}
	};
}

function isResourceLocator(value: unknown): value is { mode: string; value: unknown } {
	return value !== null && typeof value === 'object' && 'mode' in (value as object) && 'value' in (value as object);
}

/** Whether one `show` entry allows the value: plain values, or `{ _cnd: { gte } }` as n8n's `@version` rules use. */
function allows(allowed: unknown[], value: unknown): boolean {
	return allowed.some((entry) => {
		const condition = (entry as { _cnd?: { gte?: number; lte?: number; eq?: unknown } } | null)?._cnd;
		if (!condition) return entry === value;
		if (condition.gte !== undefined) return Number(value) >= condition.gte;
		if (condition.lte !== undefined) return Number(value) <= condition.lte;
		return condition.eq === value;
	});
}

function defaultOf(properties: INodeProperties[], name: string, parameters: IDataObject, typeVersion: number): unknown {
	const candidates = properties.filter((p) => p.name === name);
	const valueOf = (key: string) => (key === '@version' ? typeVersion : parameters[key]);
	for (const property of candidates) {
		const show = property.displayOptions?.show ?? {};
		const hide = property.displayOptions?.hide ?? {};
		const visible = Object.entries(show).every(([key, allowed]) => allows(allowed as unknown[], valueOf(key)));
		const hidden = Object.entries(hide).some(([key, denied]) => allows(denied as unknown[], valueOf(key)));
		if (visible && !hidden) return property.default;
	}
	return candidates[0]?.default;
}

/** A value inside a parameter, as n8n reads `columns.value` (the parameter `columns`, then its `value`). */
function valueAtPath(parameter: unknown, path: string[]): unknown {
	let value = parameter;
	for (const part of path) value = value !== null && typeof value === 'object' ? (value as IDataObject)[part] : undefined;
	return value;
}

export interface RunOptions {
	node: INodeType;
	nodeTypeName?: string;
	/** Static parameters, or per-item parameters. */
	parameters: IDataObject | ((itemIndex: number) => IDataObject);
	items?: IDataObject[];
	/** Full input items (json and binary); wins over `items`. */
	inputItems?: INodeExecutionData[];
	store: CredentialStore;
	continueOnFail?: boolean;
	/** The node version the workflow was saved with; 1 unless a test says otherwise. */
	typeVersion?: number;
	/** Workflow static data that outlives one run, as n8n keeps it for production executions. */
	staticData?: Record<string, IDataObject>;
	/** The execution mode n8n reports (`manual` in the editor, `trigger`/`webhook` in production). */
	mode?: string;
}

export interface RunResult {
	output: INodeExecutionData[][];
	items: INodeExecutionData[];
	json: IDataObject[];
	hints: NodeExecutionHint[];
}

export function createExecuteContext(options: RunOptions) {
	const parametersOf = (itemIndex: number): IDataObject => (typeof options.parameters === 'function' ? options.parameters(itemIndex) : options.parameters);
	const node: INode = {
		id: 'test-node',
		name: options.node.description.displayName,
		type: options.nodeTypeName ?? `n8n-nodes-avionte-avinode.${options.node.description.name}`,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: parametersOf(0) as INode['parameters'],
	};
	const inputItems: INodeExecutionData[] = options.inputItems ?? (options.items ?? [{}]).map((json) => ({ json }));
	const hints: NodeExecutionHint[] = [];
	// As in n8n's Workflow: an observed object, so a test sees whether n8n would save the changes.
	const staticData = ObservableObject.create(options.staticData ?? {}, undefined, { ignoreEmptyOnFirstChild: true }) as Record<string, IDataObject>;
	const context = {
		getNode: () => node,
		getMode: () => options.mode ?? 'trigger',
		getInputData: () => inputItems,
		// A node run on its own: its execute data is its own (a tool's names the node it runs for).
		getExecuteData: () => ({ node, data: { main: [inputItems] }, source: null }),
		continueOnFail: () => options.continueOnFail === true,
		getCredentials: async (type: string) => options.store.get(type),
		getWorkflowStaticData: (type: string) => (type === 'global' ? (staticData as IDataObject) : (staticData[`node:${node.name}`] ??= {})),
		addExecutionHints: (...newHints: NodeExecutionHint[]) => hints.push(...newHints),
		getNodeParameter(name: string, itemIndex: number, fallback?: unknown, parameterOptions?: { extractValue?: boolean }) {
			const parameters = parametersOf(itemIndex);
			const [root, ...path] = name.split('.');
			let value: unknown = parameters[root];
			if (value === undefined) value = defaultOf(options.node.description.properties, root, parameters, node.typeVersion);
			if (path.length > 0) value = valueAtPath(value, path);
			if (value === undefined) value = fallback;
			if (value === undefined) throw new Error(`Could not get parameter "${name}"`);
			if (parameterOptions?.extractValue && isResourceLocator(value)) return value.value;
			return value;
		},
		/** Load-options and list-search methods read the node's other parameters this way. */
		getCurrentNodeParameter(name: string, parameterOptions?: { extractValue?: boolean }) {
			const value = parametersOf(0)[name];
			if (parameterOptions?.extractValue && isResourceLocator(value)) return value.value;
			return value;
		},
		helpers: {
			httpRequest,
			httpRequestWithAuthentication: makeHttpRequestWithAuthentication(options.store, node),
			returnJsonArray: (data: IDataObject | IDataObject[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
			constructExecutionMetaData: (items: INodeExecutionData[], { itemData }: { itemData: { item: number } }) => items.map((item) => ({ ...item, pairedItem: itemData })),
			// n8n-core's own binary helpers on a file-system store (n8n 2 has no in-memory mode).
			prepareBinaryData: async (data: Buffer, fileName?: string, mimeType?: string) => await prepareBinaryData(data, fileName, mimeType),
			...itemBinaryHelpers(node, inputItems),
		},
		logger: { debug() {}, info() {}, warn() {}, error() {} },
	};
	return { context, hints, node, staticData };
}

/**
 * What n8n would store after a production execution: a JSON copy of the static data when a write
 * it observes changed it (`__dataChanged`), else what was stored before. Feed it to the next run.
 */
export function savedStaticData(staticData: Record<string, IDataObject>, before: Record<string, IDataObject> = {}): Record<string, IDataObject> {
	return (staticData as { __dataChanged?: boolean }).__dataChanged === true ? (JSON.parse(JSON.stringify(staticData)) as Record<string, IDataObject>) : before;
}

export async function runNode(options: RunOptions): Promise<RunResult> {
	const { context, hints } = createExecuteContext(options);
	if (!options.node.execute) throw new Error('node has no execute()');
	const output = (await options.node.execute.call(context as never)) as INodeExecutionData[][];
	const items = output[0] ?? [];
	return { output, items, json: items.map((item) => item.json), hints };
}

/** A context for listSearch / loadOptions methods; `parameters` are the node's current ones. */
export function createLoadOptionsContext(store: CredentialStore, node: INodeType, parameters: IDataObject = {}) {
	return createExecuteContext({ node, parameters, store }).context;
}
