import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { failedSteps, goToPosition, mountBlocks } from '../../browser/queries';
import type { ExportPage } from './page-export';

/** Steps: 0 Login Request, 1 Welcome (alt Success), 2 Denied (else Failure), 3 GET /profile, 4 Profile. */
const SOURCE = `sequenceDiagram
    participant Client
    participant Server
    Client->>Server: Login Request
    %% @state Server += session
    alt Success
        Server-->>Client: Welcome
    else Failure
        Server-->>Client: Denied
    end
    Client->>Server: GET /profile
    %% @needs Server: session
    Server-->>Client: Profile`;

let harness: Harness;
let dir: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	harness = await openHarness();
	const { page: source } = await openPage(harness, '/export-html-branches.html', { mermaid: '12' });
	await mountBlocks(source, [SOURCE]);
	// The reader chose "Failure" (path 0, 2, 3, 4) and restarted the Server after Denied (path position 1).
	await source.locator('.test-block [data-role="branch"][data-block="0"]').first().selectOption({ index: 1 });
	await goToPosition(source, 0, 1);
	await source.locator('.test-block [data-action="restart"][data-participant="Server"]').click();
	const html = await source.evaluate(() => {
		const w = window as unknown as ExportPage;
		return w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, { format: 'html' }) as unknown as Promise<string>;
	});
	await source.close();
	dir = await mkdtemp(join(tmpdir(), 'protocol-html-branches-'));
	const file = join(dir, 'Login.html');
	await writeFile(file, html);
	context = await harness.browser.newContext();
	await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
	page = await context.newPage();
	await page.goto(pathToFileURL(file).href);
	await page.locator('.protocol-player').waitFor();
});
afterAll(async () => {
	await context.close();
	await harness.close();
	await rm(dir, { recursive: true, force: true });
});

describe('the one-file HTML export of a player on another branch', () => {
	it('opens at Start on the branch the reader chose, with the restart they injected', async () => {
		const root = page.locator('.protocol-player');
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		// Four steps on the "Failure" path; the "Success" reply is off the path.
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		await expect(root.locator('[data-role="faults"]').textContent()).resolves.toContain('Server');
		await page.locator('.protocol-player [data-action="last"]').click();
		// The restart after Denied took the session: GET /profile (step 3) fails.
		await expect(failedSteps(page, 0)).resolves.toEqual([3]);
		await expect(root.locator('svg .messageText[data-step-index="1"]').evaluate((e) => e.classList.contains('is-off-path'))).resolves.toBe(true);
	});
});
