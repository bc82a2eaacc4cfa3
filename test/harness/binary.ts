/**
 * n8n's own binary-data helpers (n8n-core 2.40) on a real file-system store in a temporary folder,
 * as n8n 2 runs them: `prepareBinaryData` writes the bytes to disk and returns a reference whose
 * `data` is only the marker `filesystem-v2`, so a node that read `binary.data` as base64 instead of
 * going through `getBinaryDataBuffer` would fail here as it fails in n8n 2 (in-memory mode is gone).
 * n8n-core is loaded on first use only: it takes about 1.5 s, and most tests never touch binary data.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IBinaryData, INode, INodeExecutionData } from 'n8n-workflow';

interface N8nCore {
	BinaryDataConfig: new (...args: never[]) => { localStoragePath: string; mode: string };
	BinaryDataService: new (...args: never[]) => { init(): Promise<void>; getAsBuffer(binaryData: IBinaryData): Promise<Buffer> };
	getBinaryHelperFunctions(additionalData: { executionId?: string }, workflowId: string): {
		prepareBinaryData(data: Buffer, filePath?: string, mimeType?: string): Promise<IBinaryData>;
	};
	assertBinaryData(inputData: { main: INodeExecutionData[][] }, node: INode, itemIndex: number, parameterData: string | IBinaryData, inputIndex: number): IBinaryData;
	getBinaryDataBuffer(inputData: { main: INodeExecutionData[][] }, itemIndex: number, parameterData: string | IBinaryData, inputIndex: number): Promise<Buffer>;
}

let core: N8nCore | undefined;
let ready: Promise<void> | undefined;
/**
 * Each test process keeps its folders under /tmp/avx-harness/<pid>; folders of processes that have
 * ended are removed on the next run (jest workers are killed without running exit handlers).
 */
const harnessRoot = join(tmpdir(), 'avx-harness');

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function temporaryFolder(prefix: string): string {
	mkdirSync(harnessRoot, { recursive: true });
	for (const entry of readdirSync(harnessRoot)) {
		if (/^\d+$/.test(entry) && Number(entry) !== process.pid && !isRunning(Number(entry))) rmSync(join(harnessRoot, entry), { recursive: true, force: true });
	}
	const own = join(harnessRoot, String(process.pid));
	mkdirSync(own, { recursive: true });
	return mkdtempSync(join(own, prefix));
}

function loadCore(): N8nCore {
	if (!core) {
		// n8n-core writes an instance key into its user folder on load: keep it out of the home folder.
		process.env.N8N_USER_FOLDER = temporaryFolder('avx-n8n-user-');
		/* eslint-disable @typescript-eslint/no-require-imports */
		require('reflect-metadata');
		core = require('n8n-core') as N8nCore;
		/* eslint-enable @typescript-eslint/no-require-imports */
	}
	return core;
}

function container(): { get<T>(type: new (...args: never[]) => T): T } {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return (require('@n8n/di') as { Container: { get<T>(type: new (...args: never[]) => T): T } }).Container;
}

/** Sets up the store once per test file (n8n 2's default: the file system, not memory). */
async function store(): Promise<N8nCore> {
	const n8nCore = loadCore();
	ready ??= (async () => {
		const config = container().get(n8nCore.BinaryDataConfig);
		config.localStoragePath = temporaryFolder('avx-binary-');
		config.mode = 'filesystem';
		await container().get(n8nCore.BinaryDataService).init();
	})();
	await ready;
	return n8nCore;
}

/** Stores bytes the way an upstream node (Read File, HTTP Request, Form Trigger) would. */
export async function prepareBinaryData(data: Buffer, fileName?: string, mimeType?: string, workflowId = 'harness-workflow', executionId = 'harness-execution'): Promise<IBinaryData> {
	const n8nCore = await store();
	return await n8nCore.getBinaryHelperFunctions({ executionId }, workflowId).prepareBinaryData(data, fileName, mimeType);
}

/** Reads stored bytes back, as a downstream node would. */
export async function readBinary(binaryData: IBinaryData): Promise<Buffer> {
	const n8nCore = await store();
	return await container().get(n8nCore.BinaryDataService).getAsBuffer(binaryData);
}

/** The item-level helpers of IExecuteFunctions, bound to one node's input items. */
export function itemBinaryHelpers(node: INode, inputItems: INodeExecutionData[]) {
	const inputData = { main: [inputItems] };
	return {
		assertBinaryData: (itemIndex: number, parameterData: string | IBinaryData) => loadCore().assertBinaryData(inputData, node, itemIndex, parameterData, 0),
		getBinaryDataBuffer: async (itemIndex: number, parameterData: string | IBinaryData) => (await store()).getBinaryDataBuffer(inputData, itemIndex, parameterData, 0),
	};
}
