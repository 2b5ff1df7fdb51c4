import esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';

const ROOT = join(import.meta.dirname, '..', '..');

/** Waits until every block of the page is a drawn player (or an error box). */
async function playersReady(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const blocks = Array.from(document.querySelectorAll('.protocol-block'));
		return blocks.length > 0 && blocks.every((b) => b.querySelector('[data-step-index], .protocol-error') !== null);
	});
}

/** The `<style>` Mermaid put in the first player's drawing, where its theme's colours are. */
function firstDiagramStyle(page: Page): Promise<string> {
	return page.locator('.protocol-player svg style').first().evaluate((style) => style.textContent ?? '');
}

describe('demo page in Chromium', () => {
	let dir: string;
	let server: DemoServer;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'protocol-demo-page-'));
		const playerScript = join(dir, 'protocol-player.js');
		await esbuild.build({ entryPoints: [join(ROOT, 'src/standalone/index.ts')], outfile: playerScript, bundle: true, format: 'iife', platform: 'browser', logLevel: 'silent' });
		server = await startDemoServer({ port: 0, root: ROOT, playerScript });
		browser = await chromium.launch({
			executablePath: inject('chromiumPath'),
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		});
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser.close();
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('turns both protocol blocks of a note into players drawn by the real Mermaid', async () => {
		await page.goto(`${server.url}/notes/Stateful%20login?theme=light`);
		await playersReady(page);
		expect(await page.locator('.protocol-player').count()).toBe(2);
		expect(await page.locator('pre:has(> code.language-protocol)').evaluateAll((pres) => pres.map((p) => (p as HTMLElement).hidden))).toEqual([true, true]);
		// Mermaid's default theme fills actors with #ECECFF.
		expect((await firstDiagramStyle(page)).toLowerCase()).toContain('#ececff');
	});

	it('redraws the players with Mermaid\'s dark theme on the toggle and keeps each one\'s step', async () => {
		const first = page.locator('.protocol-player').first();
		// From Start, three steps forward.
		await first.locator('[data-action="next"]').click();
		await first.locator('[data-action="next"]').click();
		await first.locator('[data-action="next"]').click();
		expect(await first.getAttribute('data-step')).toBe('2');
		await page.locator('[data-demo="theme"]').click();
		expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
		// Mermaid's dark theme fills actors with #1f2020; the redrawn player is back at step 2.
		await page.waitForFunction(() => (document.querySelector('.protocol-player svg style')?.textContent ?? '').toLowerCase().includes('#1f2020'));
		await page.waitForFunction(() => document.querySelector('.protocol-player')?.getAttribute('data-step') === '2');
		expect(await page.locator('.protocol-player').count()).toBe(2);
	});

	it('remembers the dark theme on the next page', async () => {
		await page.goto(`${server.url}/notes/TCP`);
		await playersReady(page);
		expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
		expect((await firstDiagramStyle(page)).toLowerCase()).toContain('#1f2020');
	});

	it('draws the reference note\'s mermaid sequence diagram as a player in Korean', async () => {
		await page.goto(`${server.url}/notes/seed/${encodeURIComponent('Reference copy (unchanged) - 상태유지 프로토콜')}?theme=light`);
		await playersReady(page);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
		const player = page.locator('.protocol-player').first();
		// Five messages and notes: Login Request, Verify Request, Store Client Information, the note, Login Response.
		expect(await player.getAttribute('data-steps')).toBe('5');
		await player.locator('[data-action="last"]').click();
		expect(await player.locator('[data-action="restart"][data-participant="Server"]').textContent()).toBe('재시작');
	});
});
