import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureResult } from '../../src/core';
import { protocolFromHar, protocolFromPcap } from '../../src/core/capture/conversions';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../browser/harness';
import { cardItems, failedSteps, goToPosition, mountBlocks, resetPage } from '../browser/queries';
import { fixtureBytes, fixtureText } from '../core/capture/fixtures';

function text(result: CaptureResult): string {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.text;
}

// Merged hosts: Browser and Server. Cookie login: 0 GET /, 1 200, 2 POST /login, 3 302 (+cookie, +session),
// 4 GET /profile, 5 200, 6 GET /api/me, 7 200. Token login: 0 GET /, 1 200, 2 POST /api/token, 3 200 (+tokens),
// 4 GET /api/me, 5 200. TCP: 0 SYN, 1 SYN-ACK, 2 ACK, 3 the client's 10 bytes, … 9 the last ACK.
const COOKIE = text(protocolFromHar(fixtureText('cookie-login.har'), { mergeHosts: true }));
const TOKEN = text(protocolFromHar(fixtureText('token-login.har'), { mergeHosts: true }));
const TCP = text(protocolFromPcap(fixtureBytes('tcp-loopback.pcap')));

for (const version of Object.keys(MERMAID_VERSIONS) as MermaidVersion[]) {
	describe(`notes from captures in the player (Mermaid ${version})`, () => {
		let harness: Harness;
		let page: Page;
		let errors: string[];

		beforeAll(async () => {
			harness = await openHarness();
			({ page, errors } = await openPage(harness, '/capture-notes.html', { mermaid: version }));
		});
		afterAll(async () => {
			await harness.close();
		});
		beforeEach(async () => {
			await resetPage(page);
			errors.length = 0;
		});

		it('draws every step of the three notes, with no error and no warning', async () => {
			expect(await mountBlocks(page, [COOKIE, TOKEN, TCP])).toBe(3);
			const counts = await page.locator('.protocol-player').evaluateAll((roots) => roots.map((r) => r.getAttribute('data-steps')));
			expect(counts).toEqual(['8', '6', '10']);
			expect(await page.locator('.protocol-error, .protocol-warnings').count()).toBe(0);
			expect(errors).toEqual([]);
		});

		it('fails the cookie login at GET /profile after a restart of Server, and not the token login', async () => {
			await mountBlocks(page, [COOKIE, TOKEN]);
			for (const n of [0, 1]) {
				await goToPosition(page, n, 3);
				await page.locator('.test-block').nth(n).locator('[data-action="restart"][data-participant="Server"]').click();
				await goToPosition(page, n, 5);
			}
			// GET /profile has been reached and failed; GET /api/me, ahead, is only marked as going to fail.
			expect(await failedSteps(page, 0)).toEqual([4]);
			expect(await page.locator('.test-block').nth(0).locator('[data-step-index="6"].is-will-fail').count()).toBeGreaterThan(0);
			expect(await failedSteps(page, 1)).toEqual([]);
		});

		it('shows both ends ESTABLISHED at the first data segment', async () => {
			await mountBlocks(page, [TCP]);
			await goToPosition(page, 0, 3);
			expect((await cardItems(page, 0, 'Client')).state?.value).toBe('ESTABLISHED');
			expect((await cardItems(page, 0, 'Server')).state?.value).toBe('ESTABLISHED');
		});
	});
}
