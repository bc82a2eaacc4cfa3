/**
 * The import rules of the layout (CONTRIBUTING "How it is built"): an API folder imports from itself
 * and nodes/shared only (Schedaero also from Avinode, whose host, envelope and paging it shares);
 * nodes/shared from no API folder; a credential from nodes/shared and its own API's folder; and node
 * and credential code from no package but n8n-workflow and crypto.
 */
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');
const PACKAGES = ['n8n-workflow', 'crypto'];

/** The folders a file may import from besides its own: by folder, and for a credential by its API. */
const ALLOWED: Record<string, string[]> = {
	'nodes/shared': [],
	'nodes/Avionte': ['nodes/shared'],
	'nodes/Avinode': ['nodes/shared'],
	'nodes/Schedaero': ['nodes/shared', 'nodes/Avinode'],
	'credentials/Avionte': ['nodes/shared', 'nodes/Avionte'],
	'credentials/Avinode': ['nodes/shared', 'nodes/Avinode'],
	'credentials/Schedaero': ['nodes/shared', 'nodes/Schedaero'],
};

/** `nodes/<folder>` for node code, `credentials/<Api>` for a credential, undefined elsewhere. */
function areaOf(path: string): string | undefined {
	const [top, second] = path.split('/');
	if (top === 'nodes' && second) return `nodes/${second}`;
	if (top === 'credentials') return `credentials/${/^(\w+?)Api\./.exec(second ?? '')?.[1] ?? second}`;
	return undefined;
}

/** What a file imports (static, dynamic, `export … from`, require), as written. */
function importsOf(source: string): string[] {
	return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The imports of one file (its path relative to the root) the rules refuse, as `file -> import`. */
function layoutViolations(path: string, source: string): string[] {
	const area = areaOf(path);
	if (!area) return [];
	return importsOf(source)
		.filter((specifier) => {
			if (!specifier.startsWith('.')) return !PACKAGES.includes(specifier);
			const target = areaOf(relative(ROOT, resolve(ROOT, dirname(path), specifier)).split('\\').join('/'));
			if (target === area || (area.startsWith('credentials/') && target?.startsWith('credentials/'))) return false;
			return !(target && ALLOWED[area]?.includes(target));
		})
		.map((specifier) => `${path} -> ${specifier}`);
}

function sourceFiles(folder: string): string[] {
	return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
		const path = `${folder}/${entry.name}`;
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

describe('layout', () => {
	const files = [...sourceFiles('nodes'), ...sourceFiles('credentials')];

	it('every node and credential file imports only what its folder may', () => {
		// The walk sees the whole pack, Schedaero's imports from Avinode among them.
		expect(files.length).toBeGreaterThan(200);
		expect(files.some((path) => path.startsWith('nodes/Schedaero/') && importsOf(readFileSync(join(ROOT, path), 'utf8')).some((specifier) => specifier.includes('/Avinode/')))).toBe(true);
		expect(files.flatMap((path) => layoutViolations(path, readFileSync(join(ROOT, path), 'utf8')))).toEqual([]);
	});

	it.each([
		['Avinode from Avionté', 'nodes/Avinode/transport/connection.ts', "import { trimTrailingSlash } from '../../Avionte/transport/connection';"],
		['Avionté re-exporting Avinode', 'nodes/Avionte/actions/talent/get.operation.ts', "export { avinodeRequest } from '../../../Avinode/transport';"],
		['nodes/shared from an API folder (a type only)', 'nodes/shared/paths.ts', "import type { AvinodeCredentials } from '../Avinode/transport/connection';"],
		['a package other than n8n-workflow and crypto', 'nodes/shared/files.ts', "const { request } = require('undici');"],
		['Schedaero from Avionté', 'nodes/Schedaero/Schedaero.node.ts', "import { avionteRequest } from '../Avionte/transport';"],
		["a credential from another API's folder", 'credentials/AvionteApi.credentials.ts', "import { avinodeConnection } from '../nodes/Avinode/transport/connection';"],
		['node code from a credential', 'nodes/Avinode/helpers/envelope.ts', "import { AvinodeApi } from '../../../credentials/AvinodeApi.credentials';"],
	])('refuses %s', (_name, path, source) => {
		expect(layoutViolations(path, source)).toHaveLength(1);
	});

	it.each([
		['Schedaero from Avinode', 'nodes/Schedaero/actions/contact/get.operation.ts', "import { avinodeRequest } from '../../../Avinode/transport';"],
		['a credential from another credential', 'credentials/SchedaeroApi.credentials.ts', "import { AvinodeApi } from './AvinodeApi.credentials';"],
		["a credential from its API's folder and crypto", 'credentials/AvinodeApi.credentials.ts', "import { avinodeConnection } from '../nodes/Avinode/transport/connection';\nimport { createHash } from 'crypto';"],
		['nodes/shared from n8n-workflow and itself', 'nodes/shared/transport.ts', "import type { IDataObject } from 'n8n-workflow';\nimport { redactSecrets } from './secrets';"],
	])('allows %s', (_name, path, source) => {
		expect(layoutViolations(path, source)).toEqual([]);
	});
});
