// Browser check: Debian's Chromium driven by playwright-core against the running n8n editor.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** A browser context in a fresh, throw-away profile; close the context to end the browser. */
export async function launchContext() {
	const { chromium } = await import('playwright-core');
	return await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'avx-chromium-')), {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1440, height: 900 },
		// This machine has no outside network; background services would only fail noisily.
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
}

export function artifactDir(repoRoot) {
	const dir = join(repoRoot, 'test-artifacts', 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}

// The editor in the user's words: the nodes panel finds the nodes by the words people type, forms carry
// no developer notes, and a new node's account lists load without Refresh List.

/**
 * Opens the nodes panel; returns its search box. In a new workflow it asks for a trigger ("What
 * triggers this workflow?"); in one that has a trigger it offers actions ("What happens next?").
 */
export async function openNodesPanel(page, baseUrl, workflowId = 'new') {
	await page.goto(`${baseUrl}/workflow/${workflowId}`, { waitUntil: 'domcontentloaded' });
	return await openNodesPanelHere(page);
}

/** Opens the nodes panel of the workflow on the page; returns its search box. */
async function openNodesPanelHere(page) {
	const plus = page.locator('[data-test-id="node-creator-plus-button"]').first();
	await plus.waitFor({ timeout: 60_000 });
	await plus.click();
	const search = page.locator('[data-test-id="node-creator-search-bar"]').first();
	await search.waitFor({ timeout: 30_000 });
	return search;
}

/**
 * The app entries (a node with its actions, the trigger merged in) the nodes panel lists for a search
 * word, by title; entries of single nodes without actions are not app entries.
 */
export async function appEntriesFor(page, search, word) {
	await search.fill('');
	await search.fill(word);
	const entries = page.locator('[data-test-id="node-creator-action-item"]');
	await entries.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
	// The list settles a moment after the first entry shows.
	await page.waitForTimeout(300);
	const titles = [];
	for (const entry of await entries.all()) titles.push((await entry.innerText()).split('\n')[0].trim());
	return titles;
}

/** Texts the editor may show in our forms that are developer notes, not words for the user. */
export const DEVELOPER_NOTES = [/nferred/, /\[I:/, /\[C:/];

/** Every developer note found in the node types n8n serves to the editor (all forms of all versions). */
export async function developerNotesInServedTypes(baseUrl, cookie, request, packageName) {
	const types = await (await request(`${baseUrl}/types/nodes.json`, { headers: { cookie } })).body.json();
	const ours = types.filter((type) => type.name.startsWith(`${packageName}.`));
	const found = [];
	for (const type of ours) {
		const text = JSON.stringify(type);
		for (const pattern of DEVELOPER_NOTES) if (pattern.test(text)) found.push(`${type.name} v${type.version}: ${pattern}`);
	}
	return { found, nodeTypes: ours.length };
}

/** Opens each named node of a workflow in turn; returns the developer notes its form showed, per node. */
export async function developerNotesInForms(page, baseUrl, workflowId, nodeNames) {
	await page.goto(`${baseUrl}/workflow/${workflowId}`, { waitUntil: 'domcontentloaded' });
	const found = [];
	for (const name of nodeNames) {
		const canvasNode = page.locator('[data-test-id="canvas-node"]', { hasText: name }).first();
		await canvasNode.waitFor({ timeout: 60_000 });
		await canvasNode.dblclick();
		const ndv = page.locator('[data-test-id="ndv"]');
		await ndv.locator('[data-test-id="parameter-input-operation"]').first().waitFor({ timeout: 20_000 });
		const text = await ndv.innerText();
		for (const pattern of DEVELOPER_NOTES) if (pattern.test(text)) found.push(`${name}: ${pattern}`);
		await page.keyboard.press('Escape');
		await ndv.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
	}
	return found;
}

/**
 * Adds an action node to a new workflow started from an open one (the editor then assigns the
 * credential only after the node's form has opened, the case in which a dropdown loaded as the form
 * opens failed) and returns the NDV.
 */
export async function addActionToNewWorkflow(page, baseUrl, { fromWorkflowId, app, action }) {
	await page.goto(`${baseUrl}/workflow/${fromWorkflowId}`, { waitUntil: 'domcontentloaded' });
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	await page.locator('[data-test-id="universal-add"]').first().click();
	// The menu item is "New workflow" on n8n 2.x, "Workflow" on 1.x.
	await page.getByText(/^\s*(New workflow|Workflow)\s*$/).filter({ visible: true }).first().click();
	const search = await openNodesPanelHere(page);
	await search.fill(app);
	await page.locator('[data-test-id="node-creator-action-item"]', { hasText: app }).first().click();
	const item = page.getByText(action, { exact: true }).first();
	if (!(await item.isVisible().catch(() => false))) await page.getByText(/^Actions \(/).first().click();
	await item.click();
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.waitFor({ timeout: 30_000 });
	return ndv;
}

/** How many fields of the form say their list could not be loaded ("Error fetching options from …"). */
export async function listErrors(ndv) {
	// n8n shows it as the text, the placeholder or the value of the field's (disabled) input.
	const inInputs = await ndv.locator('input').evaluateAll((inputs) => inputs.filter((input) => /Error fetching options/.test(`${input.value} ${input.placeholder}`)).length);
	return inInputs + (await ndv.getByText(/Error fetching options/).count());
}

/** Opens the picker or dropdown of a parameter (by its name); returns the option texts it lists. */
export async function listedOptions(page, ndv, parameterName) {
	// A picker has a mode selector first (and, on n8n 1.x, a hidden search box); the value's input is the
	// last visible one in both kinds of field.
	await ndv.locator(`[data-test-id="parameter-input-${parameterName}"]`).first().locator('input').filter({ visible: true }).last().click();
	const options = page.locator('[data-test-id="rlc-item"], .el-select-dropdown__item:visible');
	await options.first().waitFor({ timeout: 20_000 });
	return (await options.allInnerTexts()).map((text) => text.split('\n')[0].trim());
}

/**
 * What the editor lists as the issues of a node of the open workflow ("Parameter "Status" is
 * required."): it closes the node's form and reads the tooltip of the node's warning on the canvas.
 * The form itself marks an empty required parameter only after it has been edited.
 */
export async function canvasNodeIssues(page, nodeName) {
	await page.locator('[data-test-id="ndv-close-button"], [data-test-id="back-to-canvas"]').filter({ visible: true }).first().click();
	const node = page.locator('[data-test-id="canvas-node"]', { hasText: nodeName }).first();
	await node.locator('[data-test-id="node-issues"]').first().hover();
	const heading = page.getByText(/^\s*Issues:/).filter({ visible: true }).first();
	await heading.waitFor({ timeout: 10_000 });
	const text = await heading.evaluate((element) => element.parentElement?.innerText ?? '');
	return text
		.split('\n')
		.map((line) => line.replace(/^[\s-]+/, '').trim())
		.filter((line) => line && !/^Issues:$/.test(line));
}
