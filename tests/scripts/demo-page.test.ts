import esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

const ROOT = join(import.meta.dirname, '..', '..');

/** Draws every block of the page (they draw when near the view otherwise) and waits until each is a drawn player (or an error box). */
async function playersReady(page: Page): Promise<void> {
	await page.waitForFunction(() => 'ProtocolPlayer' in window);
	await page.evaluate(async () => {
		await (window as unknown as { ProtocolPlayer: { drawAll(): Promise<unknown[]> } }).ProtocolPlayer.drawAll();
	});
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

	it('redraws the players with Mermaid\'s dark theme on the toggle, keeping each one\'s step and injected faults', async () => {
		const first = page.locator('.protocol-player').first();
		// From Start to "Login Response" (position 3), where the Server restarts: the profile request will fail.
		for (let i = 0; i < 4; i++) await first.locator(byAction(ACTION.next)).click();
		await first.locator('[data-action="restart"][data-participant="Server"]').click();
		expect(await first.getAttribute('data-step')).toBe('3');
		const willFail = () => first.locator('svg [data-step-index="4"].is-will-fail').count();
		expect(await willFail()).toBeGreaterThan(0);
		await page.locator('[data-demo="theme"]').click();
		expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
		// Mermaid's dark theme fills actors with #1f2020; the redrawn player is back at step 3 with its fault.
		await page.waitForFunction(() => (document.querySelector('.protocol-player svg style')?.textContent ?? '').toLowerCase().includes('#1f2020'));
		await page.waitForFunction(() => document.querySelector('.protocol-player')?.getAttribute('data-step') === '3');
		expect(await willFail()).toBeGreaterThan(0);
		expect(await first.locator(byAction(ACTION.clearFaults)).count()).toBe(1);
		expect(await page.locator('.protocol-player').count()).toBe(2);
	});

	it('has an Export menu on every player', async () => {
		const first = page.locator('.protocol-player').first();
		await first.locator(byRole(ROLE.exportMenu)).click();
		const formats = await page.locator('[role="menu"] [data-action="export"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-format')));
		expect(formats).toContain('animated-svg');
		await page.keyboard.press('Escape');
		expect(await page.locator('[role="menu"]').count()).toBe(0);
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
		await player.locator(byAction(ACTION.last)).click();
		expect(await player.locator('[data-action="restart"][data-participant="Server"]').textContent()).toBe('재시작');
	});

	it("works through Start here's comparison as written: apply the fault bar's fault, the stateful side fails, the stateless survives", async () => {
		await page.goto(`${server.url}/notes/Start%20here?theme=light`);
		const compare = page.locator('.protocol-block[data-kind="compare"]');
		await compare.scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('.protocol-compare [data-role="verdict"]').length === 2);
		await compare.locator(byAction(ACTION.compareClear)).click();
		await compare.locator(byAction(ACTION.compareApply)).click();
		const verdict = (name: string) => compare.locator(`[data-role="verdict"][data-source="${name}"]`);
		// Restart Server after Login Response: the profile request (step 5) finds no session; the token survives.
		expect(await verdict('Stateful login').textContent()).toBe('fails at step 5: Server no longer holds session');
		expect(await verdict('Stateless login').textContent()).toBe('survives');
	});
});
