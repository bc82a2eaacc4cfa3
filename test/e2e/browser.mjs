// Browser check: Debian's Chromium driven by playwright-core against the running n8n editor.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export async function launch() {
	const { chromium } = await import('playwright-core');
	return await chromium.launch({
		executablePath: CHROMIUM,
		// This machine has no outside network; background services would only fail noisily.
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'avx-chromium-'))}`],
	});
}

export function artifactDir(repoRoot) {
	const dir = join(repoRoot, 'test-artifacts', 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}
