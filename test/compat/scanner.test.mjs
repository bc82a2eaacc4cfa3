// n8n's community-package scanner as a gate: both legs n8n's verification runs must pass for this
// pack, and the gate must fail a package the scanner objects to (so a wiring mistake cannot pass).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { scanFolder, scanLegs, TARBALL_PATTERNS } from '../../scripts/scan-package.mjs';

const fixtures = [];
after(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(files) {
	const dir = mkdtempSync(join(tmpdir(), 'avx-scan-fixture-'));
	fixtures.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

test('the packed tarball and the source pass the scanner', async () => {
	const legs = await scanLegs();
	assert.equal(legs.length, 2);
	for (const leg of legs) assert.equal(leg.passed, true, `${leg.leg}: ${leg.message}\n${leg.details ?? ''}`);
});

test('the gate fails a package with banned globals and runtime dependencies', async () => {
	const dir = fixture({
		'package.json': JSON.stringify({ name: 'n8n-nodes-bad', version: '0.1.0', license: 'MIT', dependencies: { axios: '^1.0.0' }, peerDependencies: { 'n8n-workflow': '*' } }),
		'dist/nodes/Bad/Bad.node.js': '"use strict";\nsetTimeout(() => console.log(process.env.SECRET), 10);\n',
	});
	const result = await scanFolder(dir, TARBALL_PATTERNS);
	assert.equal(result.passed, false);
	assert.match(result.details, /no-restricted-globals/);
	assert.match(result.details, /no-runtime-dependencies/);
});

test('a leg that matches no files fails instead of passing vacuously', async () => {
	const dir = fixture({ 'README.md': '# nothing to scan\n' });
	assert.equal((await scanFolder(dir, TARBALL_PATTERNS)).passed, false);
});
