import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { failedSteps, goToPosition, mountBlocks } from '../../browser/queries';
import { LOGIN_WITH_CHOICE } from '../../support/login-with-choice';
import { openHtmlFile, type ExportPage, type OpenedHtmlFile } from './page-export';

let harness: Harness;
let opened: OpenedHtmlFile;
let page: Page;

beforeAll(async () => {
	harness = await openHarness();
	const { page: source } = await openPage(harness, '/export-html-branches.html', { mermaid: '12' });
	await mountBlocks(source, [LOGIN_WITH_CHOICE]);
	// The reader chose "Failure" (path 0, 2, 3, 4) and restarted the Server after Denied (path position 1).
	await source.locator('.test-block [data-role="branch"][data-block="0"]').first().selectOption({ index: 1 });
	await goToPosition(source, 0, 1);
	await source.locator('.test-block [data-action="restart"][data-participant="Server"]').click();
	const html = await source.evaluate(() => {
		const w = window as unknown as ExportPage;
		return w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, { format: 'html' }) as unknown as Promise<string>;
	});
	await source.close();
	opened = await openHtmlFile(harness, html);
	page = opened.page;
});
afterAll(async () => {
	await opened.close();
	await harness.close();
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
