import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../browser/harness';
import { byRole, ROLE } from '../../support/dom';

let harness: Harness;
let context: BrowserContext;
let page: Page;

/** The test page of the harness, in a browser context that may use the clipboard. */
async function openClipboardPage(): Promise<Page> {
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/styles.css">
<script src="/mermaid12.js"></script><script src="/protocol-player.js"></script></head><body></body></html>`;
	harness.server.set('/copy.html', { body: html, type: 'text/html' });
	context = await harness.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.origin });
	const opened = await context.newPage();
	await opened.goto(`${harness.server.origin}/copy.html`);
	return opened;
}

interface MenuPage {
	ProtocolPlayer: {
		mountPlayer(container: HTMLElement, options: object): Promise<{ goTo(p: number): void; root: HTMLElement }>;
		copyStepAsImage(handle: unknown): Promise<void>;
		exportSteps(handle: unknown, options: object): Promise<string[]>;
	};
	mermaid: unknown;
	__handle: unknown;
	__menu: Array<{ x: number; same: boolean }>;
	__cleanups: Array<() => void>;
}

/** Mounts one player; with `menu`, its Export button records each opening and whether it got this player's handle. */
function mount(menu: boolean): Promise<void> {
	return page.evaluate(async (menu) => {
		const w = window as unknown as MenuPage;
		document.body.textContent = '';
		const container = document.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLDivElement;
		container.className = 'test-block';
		document.body.append(container);
		w.__menu = [];
		w.__cleanups = [];
		const options: Record<string, unknown> = {
			mermaid: w.mermaid, source: 'sequenceDiagram\nClient->>Server: Login\n%% @state Server += session\nServer-->>Client: OK', idPrefix: 'copy', language: 'en', dark: false,
			register: (cleanup: () => void) => w.__cleanups.push(cleanup),
		};
		if (menu) options.exportMenu = (event: MouseEvent, handle: unknown) => w.__menu.push({ x: event.clientX, same: handle === w.__handle });
		w.__handle = await w.ProtocolPlayer.mountPlayer(container, options);
	}, menu);
}

beforeAll(async () => {
	harness = await openHarness();
	page = await openClipboardPage();
});
afterAll(async () => {
	await context.close();
	await harness.close();
});
// Each test starts with the previous test's player unmounted.
beforeEach(async () => {
	await page.evaluate(() => {
		const w = window as unknown as MenuPage;
		for (const cleanup of w.__cleanups ?? []) cleanup();
	});
});

describe('the Export menu button', () => {
	it('sits at the end of the controls and hands the click and the player to the host', async () => {
		await mount(true);
		const button = page.locator('.protocol-player-controls [data-role="export-menu"]');
		await expect(button.getAttribute('aria-label')).resolves.toBe('Export');
		const last = await page.evaluate(() => document.querySelector('.protocol-player-controls')?.lastElementChild?.getAttribute('data-role'));
		expect(last).toBe('export-menu');
		await button.click();
		const opened = await page.evaluate(() => (window as unknown as MenuPage).__menu);
		expect(opened).toHaveLength(1);
		expect(opened[0]?.same).toBe(true);
		// The menu button does not step the player: it stays at Start.
		await expect(page.locator('.protocol-player').getAttribute('data-step')).resolves.toBe('-1');
	});

	it('is not there without a host menu, and its listener goes with the player', async () => {
		await mount(false);
		await expect(page.locator(byRole(ROLE.exportMenu)).count()).resolves.toBe(0);
		await mount(true);
		await page.evaluate(() => (window as unknown as MenuPage).__cleanups.splice(0).forEach((c) => c()));
		await page.locator(byRole(ROLE.exportMenu)).click();
		await expect(page.evaluate(() => (window as unknown as MenuPage).__menu.length)).resolves.toBe(0);
	});
});

describe('copyStepAsImage', () => {
	it('puts the current step on the clipboard as a PNG twice the size of its SVG', async () => {
		await mount(false);
		const result = await page.evaluate(async () => {
			const w = window as unknown as MenuPage;
			(w.__handle as { goTo(p: number): void }).goTo(1);
			await w.ProtocolPlayer.copyStepAsImage(w.__handle);
			const items = await navigator.clipboard.read();
			const png = await items[0]?.getType('image/png');
			const bitmap = png !== undefined ? await createImageBitmap(png) : undefined;
			const svgs = await w.ProtocolPlayer.exportSteps(w.__handle, { format: 'svg' });
			// Export position 2 is path position 1, the step shown.
			const svg = new DOMParser().parseFromString(svgs[2] ?? '', 'image/svg+xml').documentElement;
			return { types: items[0]?.types, width: bitmap?.width, height: bitmap?.height, svgWidth: Number(svg.getAttribute('width')), svgHeight: Number(svg.getAttribute('height')) };
		});
		expect(result.types).toEqual(['image/png']);
		expect(result.width).toBe(Math.ceil(result.svgWidth * 2));
		expect(result.height).toBe(Math.ceil(result.svgHeight * 2));
	});
});
