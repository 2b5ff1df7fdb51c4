import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { openHarness, type Harness } from './harness';
import { connectChromium, disconnectChromium } from './shared-chromium';

/** Opens a tab of `harness`'s context on a bare page of its server (no player, no Mermaid: nothing to wait for). */
async function bareTab(harness: Harness, origin = harness.server.origin): Promise<Page> {
	harness.server.set('/bare.html', { body: '<!doctype html><p>bare</p>', type: 'text/html' });
	const page = await harness.context.newPage();
	await page.goto(`${origin}/bare.html`);
	return page;
}

// Every browser test file shares the run's one Chromium (ADR 0021); these check that sharing it leaks nothing.
describe('the browser harness', () => {
	const open: Harness[] = [];
	afterAll(async () => {
		await Promise.all(open.map((h) => h.close()));
	});

	it('gives each test file a context of its own: what one stores, another does not see', async () => {
		const [first, second] = await Promise.all([openHarness(), openHarness()]);
		open.push(first, second);
		const page = await bareTab(first);
		await page.evaluate(() => {
			window.localStorage.setItem('left', 'behind');
			document.cookie = 'left=behind';
		});
		// The same origin in the other file's context: the first file's server, so only the context differs.
		const other = await bareTab(second, first.server.origin);
		await expect(other.evaluate(() => [window.localStorage.getItem('left'), document.cookie])).resolves.toEqual([null, '']);
		// A second tab of the same file does see it: the check above can fail.
		const again = await bareTab(first);
		await expect(again.evaluate(() => window.localStorage.getItem('left'))).resolves.toBe('behind');
	});

	it('closes a file\'s pages when the file closes its harness, leaving the shared Chromium to the others', async () => {
		const [leaving, staying] = await Promise.all([openHarness(), openHarness()]);
		open.push(staying);
		const gone = await bareTab(leaving);
		const kept = await bareTab(staying);
		await leaving.close();
		expect(gone.isClosed()).toBe(true);
		await expect(kept.evaluate(() => 1 + 1)).resolves.toBe(2);
	});

	it('starts a Chromium of its own when the shared one does not answer, saying so', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		// Nothing listens on port 9 of this machine (discard): as after the shared Chromium crashed.
		const browser = await connectChromium('ws://127.0.0.1:9/', inject('chromiumPath'));
		try {
			const page = await browser.newPage();
			await page.setContent('<p>drawn</p>');
			await expect(page.locator('p').textContent()).resolves.toBe('drawn');
			expect(warn).toHaveBeenCalledOnce();
			expect(String(warn.mock.calls[0]?.[0])).toContain('starts its own');
		} finally {
			warn.mockRestore();
			await disconnectChromium(browser);
		}
	});
});
