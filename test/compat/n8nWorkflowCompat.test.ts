/**
 * Guard: node and credential code uses only what n8n-workflow offers on BOTH supported n8n lines
 * (1.123.x ships n8n-workflow 1.120.x, 2.40.x ships 2.40.x). The pack runs against the host's copy
 * of n8n-workflow, so an export or option one line lacks breaks (or silently does nothing) there.
 */
import { join } from 'path';
import ts from 'typescript';

import { findIncompatibleUses, formatFinding, loadSurface, packCompilerOptions, packSources, repoRoot } from './n8nWorkflowGuard';

const surface = loadSurface();
const [oldLine, newLine] = Object.keys(surface.lines).sort((a, b) => Number(a.split('.')[0]) - Number(b.split('.')[0]));

/** A program over in-memory files placed in the repo, so `n8n-workflow` resolves as for the pack. */
function programFor(files: Record<string, string>): { program: ts.Program; paths: string[] } {
	const dir = join(repoRoot, 'test', 'compat', '__virtual__');
	const virtual = new Map(Object.entries(files).map(([name, text]) => [join(dir, name), text]));
	const options = packCompilerOptions();
	const host = ts.createCompilerHost(options);
	const { getSourceFile, fileExists, readFile } = host;
	host.fileExists = (file) => virtual.has(file) || fileExists(file);
	host.readFile = (file) => virtual.get(file) ?? readFile(file);
	host.getSourceFile = (file, language, onError) => {
		const text = virtual.get(file);
		return text === undefined ? getSourceFile(file, language, onError) : ts.createSourceFile(file, text, language, true);
	};
	const paths = [...virtual.keys()];
	return { program: ts.createProgram(paths, options, host), paths };
}

describe('n8n-workflow surface (generated from both lines)', () => {
	it('covers two lines, one per major version', () => {
		expect(Object.keys(surface.lines)).toHaveLength(2);
		expect(Number(oldLine.split('.')[0])).toBe(1);
		expect(Number(newLine.split('.')[0])).toBe(2);
	});

	it('records the known differences (so a regenerated file that lost them fails here)', () => {
		expect(surface.lacking[newLine].values).toEqual(expect.arrayContaining(['sleepWithAbort', 'ensureError']));
		expect(surface.lacking[oldLine].members.IHttpRequestOptions).toEqual(expect.arrayContaining(['maxRedirects', 'agentOptions']));
		expect(surface.lacking[oldLine].members.IAdditionalCredentialOptions).toEqual(expect.arrayContaining(['preAuthenticationRetryStatusCode']));
		expect(surface.common.values).toEqual(expect.arrayContaining(['sleep', 'NodeApiError', 'NodeOperationError', 'NodeConnectionTypes', 'updateDisplayOptions']));
	});
});

describe('the pack uses only what both n8n lines offer', () => {
	it('finds nothing in nodes/ and credentials/', () => {
		const files = packSources();
		expect(files.length).toBeGreaterThan(50);
		const program = ts.createProgram(files, packCompilerOptions());
		const findings = findIncompatibleUses(program, surface, files).map(formatFinding);
		expect(findings).toEqual([]);
	});
});

describe('the guard catches what one line lacks', () => {
	const cases: Record<string, string> = {
		'sleepWithAbort.ts': `import { sleepWithAbort } from 'n8n-workflow';\nexport const wait = () => sleepWithAbort(10);\n`,
		'ensureError.ts': `import { ensureError } from 'n8n-workflow';\nexport const asError = (e: unknown) => ensureError(e);\n`,
		'maxRedirects.ts': `import type { IHttpRequestOptions } from 'n8n-workflow';\nexport const options: IHttpRequestOptions = { url: 'https://x.test', maxRedirects: 0 };\n`,
		'agentOptions.ts': `import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';\nexport async function call(this: IExecuteFunctions) {\n\tconst options: IHttpRequestOptions = { url: 'https://x.test' };\n\toptions.agentOptions = {};\n\treturn await this.helpers.httpRequest(options);\n}\n`,
		'retryStatus.ts': `import type { IExecuteFunctions } from 'n8n-workflow';\nexport async function call(this: IExecuteFunctions) {\n\treturn await this.helpers.httpRequestWithAuthentication.call(this, 'avionteApi', { url: 'https://x.test' }, { preAuthenticationRetryStatusCode: [403] });\n}\n`,
		'hiddenCredential.ts': `import type { ICredentialType, INodeProperties } from 'n8n-workflow';\nexport class Hidden implements ICredentialType {\n\tname = 'hiddenApi';\n\tdisplayName = 'Hidden';\n\tproperties: INodeProperties[] = [];\n\thidden = true;\n}\n`,
		'toolExecution.ts': `import type { IExecuteFunctions } from 'n8n-workflow';\nexport function viaAgent(this: IExecuteFunctions) {\n\treturn this.isToolExecution();\n}\n`,
		'fine.ts': `import { sleep, NodeOperationError } from 'n8n-workflow';\nimport type { IHttpRequestOptions } from 'n8n-workflow';\nconst maxRedirects = 3;\nexport const local = { maxRedirects, agentOptions: 1 };\nexport const options: IHttpRequestOptions = { url: 'https://x.test', timeout: 1000 };\nexport { sleep, NodeOperationError };\n`,
	};
	const { program, paths } = programFor(cases);
	const findings = findIncompatibleUses(program, surface, paths);
	const of = (file: string) => findings.filter((finding) => finding.file.endsWith(file)).map((finding) => ({ what: finding.what, line: finding.line, lackingIn: finding.lackingIn }));

	it('flags exports gone in 2.x', () => {
		expect(of('sleepWithAbort.ts')).toEqual([{ what: 'export sleepWithAbort', line: 1, lackingIn: [newLine] }]);
		expect(of('ensureError.ts')).toEqual([{ what: 'export ensureError', line: 1, lackingIn: [newLine] }]);
	});

	it('flags 2.x-only options in literals, assignments and call arguments', () => {
		expect(of('maxRedirects.ts')).toEqual([{ what: 'IHttpRequestOptions.maxRedirects', line: 2, lackingIn: [oldLine] }]);
		expect(of('agentOptions.ts')).toEqual([{ what: 'IHttpRequestOptions.agentOptions', line: 4, lackingIn: [oldLine] }]);
		expect(of('retryStatus.ts')).toEqual([{ what: 'IAdditionalCredentialOptions.preAuthenticationRetryStatusCode', line: 3, lackingIn: [oldLine] }]);
	});

	it('flags 2.x-only members of implemented interfaces and of the execution context', () => {
		expect(of('hiddenCredential.ts')).toEqual([{ what: 'ICredentialType.hidden', line: 6, lackingIn: [oldLine] }]);
		expect(of('toolExecution.ts')).toEqual([{ what: expect.stringMatching(/\.isToolExecution$/), line: 3, lackingIn: [oldLine] }]);
	});

	it('leaves alone what both lines have and local names that merely look alike', () => {
		expect(of('fine.ts')).toEqual([]);
	});

	it('words its findings so the fix is obvious', () => {
		const [finding] = findings.filter((f) => f.file.endsWith('maxRedirects.ts'));
		expect(formatFinding(finding)).toBe(`test/compat/__virtual__/maxRedirects.ts:2: IHttpRequestOptions.maxRedirects (n8n-workflow ${oldLine} lacks it)`);
	});
});
