#!/usr/bin/env node
// n8n's community-package scanner as a gate (npm test, CI): the two legs n8n's verification runs,
// with the scanner's own code (@n8n/scan-community-package, pinned):
//   1. the packed tarball (what npm would publish): compiled `**/*.js` and `package.json`;
//   2. the source (what npm provenance points to): `package.json` and `{nodes,credentials}/**/*.{js,ts,json}`.
// Needs a build (dist/) first. Exits 1 and prints the scanner's report when a leg fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

function run(cmd, args, cwd) {
	const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${result.stderr}`);
	return result.stdout;
}

/** Packs the repository as npm publish would and unpacks it; returns the package folder. */
export function packToFolder() {
	const work = mkdtempSync(join(tmpdir(), 'avx-scan-'));
	const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot));
	const packageDir = join(work, 'package');
	run('tar', ['-xzf', join(work, filename), '-C', work], work);
	return { work, packageDir };
}

/** The scanner on one folder; a leg that matched no files fails (the scanner itself calls that a pass). */
export async function scanFolder(dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	if (result.passed && result.message === 'No files found to analyze') return { ...result, passed: false };
	return result;
}

export async function scanLegs() {
	const { work, packageDir } = packToFolder();
	try {
		return [
			{ leg: `packed tarball (${TARBALL_PATTERNS.join(', ')})`, ...(await scanFolder(packageDir, TARBALL_PATTERNS)) },
			{ leg: `source (${SOURCE_FILE_PATTERNS.join(', ')})`, ...(await scanFolder(repoRoot, SOURCE_FILE_PATTERNS)) },
		];
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const started = Date.now();
	const legs = await scanLegs();
	for (const { leg, passed, message, details } of legs) {
		process.stdout.write(`n8n scanner, ${leg}: ${passed ? 'passed' : `FAILED: ${message}`}${message && passed ? ` (${message})` : ''}\n`);
		if (details) process.stdout.write(`${details}\n`);
	}
	process.stdout.write(`n8n scanner: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	if (legs.some((leg) => !leg.passed)) process.exit(1);
}
