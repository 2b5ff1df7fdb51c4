import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { failedSteps, goToPosition, mountBlocks } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';
import { openHtmlFile, type ExportPage, type OpenedHtmlFile } from './page-export';

// Stateful login, with a title and a label that try to run script wherever they are written.
const LOGIN = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
const HOSTILE = LOGIN
	.replace('%% @title Stateful login (server-side session)', '%% @title Login </script><script>window.__pwned = "title"</script><!--')
	.replace('Login Request (id, password)', 'Login Request <img src=x onerror="window.__pwned = \'label\'">');

let harness: Harness;
let html: string;
let opened: OpenedHtmlFile;
let page: Page;
let requests: string[];

beforeAll(async () => {
	harness = await openHarness();
	const { page: source } = await openPage(harness, '/export-html.html', { mermaid: '12' });
	await mountBlocks(source, [HOSTILE]);
	// Server restarted right after Login Response (path position 3), in the exporting player.
	await goToPosition(source, 0, 3);
	await source.locator('.test-block [data-action="restart"][data-participant="Server"]').click();
	html = await source.evaluate(() => {
		const w = window as unknown as ExportPage;
		return w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, { format: 'html' }) as unknown as Promise<string>;
	});
	await source.close();
	opened = await openHtmlFile(harness, html);
	({ page, requests } = opened);
});
afterAll(async () => {
	await opened.close();
	await harness.close();
});

/** The player's position in the HTML file (`data-step`: −1 is Start). */
function position(): Promise<string | null> {
	return page.locator('.protocol-player').getAttribute('data-step');
}

describe('the one-file HTML export', () => {
	it('is one HTML text with the player, the drawing and no Mermaid', () => {
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('<code class="protocol-notes-source">');
		expect(html).not.toMatch(/<script[^>]+src=|<link/i);
		// No Mermaid inside (its bundle names itself in its error messages).
		expect(html).not.toContain('mermaid.min.js');
	});

	it('opens from file:// with the network blocked and shows the diagram as drawn, with its panel', async () => {
		expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
		await expect(page.locator('.protocol-player svg [data-step-index]').count()).resolves.toBeGreaterThan(10);
		await expect(page.locator('.protocol-player .protocol-state-card[data-participant="Server"]').count()).resolves.toBe(1);
		await expect(page.locator('.protocol-player .protocol-state-card[data-participant="Server"]').isVisible()).resolves.toBe(true);
		await expect(page.locator('h1').textContent()).resolves.toBe('Login </script><script>window.__pwned = "title"</script><!--');
	});

	it('steps with its buttons and the keyboard', async () => {
		await expect(position()).resolves.toBe('-1');
		await page.locator('.protocol-player [data-action="next"]').click();
		await expect(position()).resolves.toBe('0');
		await page.locator('.protocol-player [data-action="next"]').focus();
		await page.keyboard.press('End');
		await expect(position()).resolves.toBe('5');
		await page.keyboard.press('Home');
		await expect(position()).resolves.toBe('-1');
	});

	it('opens with the faults injected in the player it was exported from', async () => {
		await page.keyboard.press('End');
		await expect(failedSteps(page, 0)).resolves.toEqual([4]);
	});

	it('restarts a participant: the request that needs its session then fails', async () => {
		await page.locator('.protocol-player [data-action="clear-faults"]').click();
		await expect(failedSteps(page, 0)).resolves.toEqual([]);
		await page.keyboard.press('Home');
		for (let i = 0; i < 4; i++) await page.locator('.protocol-player [data-action="next"]').click();
		await expect(position()).resolves.toBe('3');
		await page.locator('.protocol-player [data-action="restart"][data-participant="Server"]').click();
		await page.locator('.protocol-player [data-action="next"]').click();
		await expect(failedSteps(page, 0)).resolves.toContain(4);
	});

	it('never runs script from the note', async () => {
		await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
		// The label's image tag is text, not an element.
		await expect(page.locator('.protocol-player img').count()).resolves.toBe(0);
	});
});
