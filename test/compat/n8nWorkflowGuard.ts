/**
 * Finds uses of n8n-workflow exports and interface members (options) that one supported n8n line
 * lacks, using the TypeScript checker so that only real n8n-workflow symbols count (a local variable
 * called `maxRedirects` is fine; `maxRedirects` in an `IHttpRequestOptions` literal is not).
 *
 * What each line lacks comes from test/compat/n8n-workflow-surface.json, generated from the typings
 * the two n8n installs ship (scripts/n8n-workflow-surface.mjs).
 */
import { readFileSync } from 'fs';
import { join, relative, resolve } from 'path';
import ts from 'typescript';

export interface LineGaps {
	values: string[];
	types: string[];
	members: Record<string, string[]>;
}

export interface WorkflowSurface {
	lines: Record<string, { n8n: string | null }>;
	common: { values: string[]; types: string[] };
	lacking: Record<string, LineGaps>;
}

export interface Finding {
	file: string;
	line: number;
	what: string;
	/** n8n-workflow versions that lack it (empty when no line has it). */
	lackingIn: string[];
}

export const repoRoot = resolve(__dirname, '..', '..');

export function loadSurface(): WorkflowSurface {
	return JSON.parse(readFileSync(join(repoRoot, 'test', 'compat', 'n8n-workflow-surface.json'), 'utf8')) as WorkflowSurface;
}

const MODULE = 'n8n-workflow';

function isN8nWorkflowFile(fileName: string): boolean {
	return /[\\/]node_modules[\\/]n8n-workflow[\\/]/.test(fileName);
}

/**
 * The interface, class or type alias that declares a property symbol, when it is n8n-workflow's.
 * A member of an object type literal counts for the alias it forms (`type X = A & { member }`), not
 * for literals nested deeper (those have no name to look up).
 */
function declaringType(symbol: ts.Symbol): string | undefined {
	for (const declaration of symbol.declarations ?? []) {
		if (!isN8nWorkflowFile(declaration.getSourceFile().fileName)) continue;
		let parent: ts.Node = declaration.parent;
		if ((ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name) return parent.name.text;
		if (!ts.isTypeLiteralNode(parent)) continue;
		while (ts.isIntersectionTypeNode(parent.parent) || ts.isParenthesizedTypeNode(parent.parent)) parent = parent.parent;
		if (ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
	}
	return undefined;
}

/** Properties of a (contextual) type, looked up through unions so optional option bags resolve. */
function propertyOf(checker: ts.TypeChecker, type: ts.Type | undefined, name: string): ts.Symbol | undefined {
	if (!type) return undefined;
	const direct = checker.getPropertyOfType(type, name);
	if (direct) return direct;
	if (type.isUnion()) for (const part of type.types) {
		const found = checker.getPropertyOfType(part, name);
		if (found) return found;
	}
	return undefined;
}

/**
 * The type an object literal must have. For `fn.call(thisArg, ...args)` TypeScript infers the literal's
 * own type, so the parameter type is read from `fn`'s signature instead.
 */
function expectedTypeOf(checker: ts.TypeChecker, literal: ts.ObjectLiteralExpression): ts.Type | undefined {
	const call = literal.parent;
	if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'call') {
		const index = call.arguments.indexOf(literal) - 1;
		const [signature] = checker.getTypeAtLocation(call.expression.expression).getCallSignatures();
		const parameter = signature?.getParameters()[index];
		if (parameter) return checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(parameter, call));
	}
	return checker.getContextualType(literal);
}

export function findIncompatibleUses(program: ts.Program, surface: WorkflowSurface, files: string[]): Finding[] {
	const checker = program.getTypeChecker();
	const lines = Object.keys(surface.lacking);
	const common = { values: new Set(surface.common.values), types: new Set(surface.common.types) };
	const findings: Finding[] = [];

	const report = (node: ts.Node, what: string, lackingIn: string[]) => {
		const source = node.getSourceFile();
		findings.push({ file: relative(repoRoot, source.fileName), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what, lackingIn });
	};
	const checkMember = (nameNode: ts.Node, symbol: ts.Symbol | undefined) => {
		if (!symbol) return;
		const owner = declaringType(symbol);
		if (!owner) return;
		const lackingIn = lines.filter((line) => surface.lacking[line].members[owner]?.includes(symbol.getName()));
		if (lackingIn.length) report(nameNode, `${owner}.${symbol.getName()}`, lackingIn);
	};

	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === MODULE) {
			const clause = node.importClause;
			if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) {
				report(node, `import * as ${clause.namedBindings.name.text} from '${MODULE}' (import named exports so they can be checked)`, lines);
			}
			if (clause?.name) report(node, `default import from '${MODULE}' (it has none)`, lines);
			if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
				for (const specifier of clause.namedBindings.elements) {
					const name = (specifier.propertyName ?? specifier.name).text;
					const typeOnly = clause.isTypeOnly || specifier.isTypeOnly;
					// A plain import of something that is a value stays in the emitted JavaScript: it must exist at runtime.
					const asValue = !typeOnly && (common.values.has(name) || lines.some((line) => surface.lacking[line].values.includes(name)));
					const known = asValue ? common.values.has(name) : common.types.has(name) || common.values.has(name);
					if (!known) {
						// Empty when neither line exports it (a typo, or something both lines removed).
						const lackingIn = lines.filter((line) => surface.lacking[line].values.includes(name) || surface.lacking[line].types.includes(name));
						report(specifier, `${asValue ? 'export' : 'type'} ${name}`, lackingIn);
					}
				}
			}
		} else if (ts.isPropertyAccessExpression(node)) {
			checkMember(node.name, checker.getSymbolAtLocation(node.name));
		} else if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
			checkMember(node.argumentExpression, propertyOf(checker, checker.getTypeAtLocation(node.expression), node.argumentExpression.text));
		} else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) && ts.isObjectLiteralExpression(node.parent)) {
			const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;
			if (name) checkMember(node.name, propertyOf(checker, expectedTypeOf(checker, node.parent), name));
		} else if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) && ts.isClassDeclaration(node.parent) && node.name && ts.isIdentifier(node.name)) {
			// `class X implements ICredentialType { hidden = true }`: the member comes from the implemented interface.
			for (const clause of node.parent.heritageClauses ?? []) {
				for (const implemented of clause.types) {
					checkMember(node.name, propertyOf(checker, checker.getTypeAtLocation(implemented), node.name.text));
				}
			}
		} else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
			const name = (node.propertyName ?? node.name);
			if (ts.isIdentifier(name)) checkMember(name, propertyOf(checker, checker.getTypeAtLocation(node.parent), name.text));
		}
		ts.forEachChild(node, visit);
	};

	for (const file of files) {
		const source = program.getSourceFile(file);
		if (!source) throw new Error(`not part of the program: ${file}`);
		visit(source);
	}
	return findings;
}

/** Compiler options of the pack (tsconfig.json), for a checker that sees the code as the build does. */
export function packCompilerOptions(): ts.CompilerOptions {
	const configFile = join(repoRoot, 'tsconfig.json');
	const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
	return ts.parseJsonConfigFileContent(config, ts.sys, repoRoot).options;
}

/** The pack's node and credential sources. */
export function packSources(): string[] {
	const configFile = join(repoRoot, 'tsconfig.json');
	const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
	return ts.parseJsonConfigFileContent(config, ts.sys, repoRoot).fileNames.filter((file) => /[\\/](nodes|credentials)[\\/].*\.ts$/.test(file));
}

export function formatFinding(finding: Finding): string {
	const where = finding.lackingIn.length ? `n8n-workflow ${finding.lackingIn.join(' and ')} lacks it` : 'no supported n8n line has it';
	return `${finding.file}:${finding.line}: ${finding.what} (${where})`;
}
