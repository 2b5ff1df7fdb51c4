import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openHarness, type Harness } from './harness';
import { chromiumOfWorker } from './shared-chromium';

/** Opens a tab of `harness`'s context on a bare page of its server (no player, no Mermaid: nothing to wait for). */
async function bareTab(harness: Harness, origin = harness.server.origin): Promise<Page> {
	harness.server.set('/bare.html', { body: '<!doctype html><p>bare</p>', type: 'text/html' });
	const page = await harness.context.newPage();
	await page.goto(`${origin}/bare.html`);
	return page;
}

// Every browser test file of a worker drives the worker's one Chromium (ADR 0023); these check that sharing it
// leaks nothing.
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

	it('closes a file\'s pages and contexts when the file closes its harness, leaving the worker\'s Chromium to the others', async () => {
		const [leaving, staying] = await Promise.all([openHarness(), openHarness()]);
		open.push(staying);
		const gone = await bareTab(leaving);
		const kept = await bareTab(staying);
		// A page with a context of its own, as files make for a phone's viewport.
		const own = await leaving.browser.newPage();
		await leaving.close();
		expect(gone.isClosed()).toBe(true);
		expect(own.isClosed()).toBe(true);
		await expect(kept.evaluate(() => 1 + 1)).resolves.toBe(2);
		expect(staying.browser.isConnected()).toBe(true);
	});

	it('gives every file of the worker the same Chromium, and a new one once it has gone', async () => {
		const [first, second] = await Promise.all([openHarness(), openHarness()]);
		open.push(first, second);
		const chromium = await chromiumOfWorker(inject('chromiumPath'));
		expect(chromium.contexts()).toEqual(expect.arrayContaining([first.context, second.context]));
		// As after a crash: the next file of the worker starts a Chromium again instead of failing.
		await chromium.close();
		const next = await openHarness();
		open.push(next);
		expect(next.browser.isConnected()).toBe(true);
		await expect((await next.context.newPage()).evaluate(() => 'drawn')).resolves.toBe('drawn');
		expect(await chromiumOfWorker(inject('chromiumPath'))).not.toBe(chromium);
	});
});
