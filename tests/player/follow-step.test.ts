import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';

// Five participants (Client, Load Balancer, Server A, Server B, Redis): wider than a phone at 11 px text.
// Its first branch makes a path of 7 steps.
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol')[0]?.source ?? '';
// Two participants (Client, Server): Login Request, Verify Request, Store Client Information, a note, Login Response.
const LOGIN = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid')[0]?.source ?? '';

/** A phone: 390 × 844 CSS pixels, touch, a mobile viewport. */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

let harness: Harness;
let context: BrowserContext;
const errors: string[] = [];

beforeAll(async () => {
	harness = await openHarness();
	for (const [path, source] of [['/wide.html', SCALING], ['/login.html', LOGIN]] as const) {
		harness.server.set(path, {
			body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/styles.css"><script src="/mermaid12.js"></script><script src="/protocol-player.js"></script></head>
<body style="margin: 8px"><pre><code class="language-protocol">${escapeHtml(source)}</code></pre></body></html>`,
			type: 'text/html',
		});
	}
	context = await harness.browser.newContext(PHONE);
});
afterAll(async () => {
	await context.close();
	await harness.close();
});

async function open(path: string, reducedMotion: 'reduce' | 'no-preference'): Promise<{ page: Page; player: Locator }> {
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	await page.emulateMedia({ reducedMotion });
	await page.goto(`${harness.server.origin}${path}`);
	await page.waitForSelector('.protocol-player .protocol-player-diagram > svg');
	return { page, player: page.locator('.protocol-player') };
}

/**
 * How far the current step's arrow and label stick out of the diagram's scroller, in CSS pixels (0 when
 * inside). An arrow wider than the scroller cannot be inside it: then its label must be, and the arrow must
 * run across the whole view (it is measured as 0 when so).
 */
function currentOutside(player: Locator): Promise<{ outside: number; parts: number; scrollLeft: number }> {
	return player.locator('.protocol-player-diagram').evaluate((scroller) => {
		const view = scroller.getBoundingClientRect();
		const out = (box: DOMRect): number => Math.max(0, view.left - box.left, box.right - view.right);
		const parts = Array.from(scroller.querySelectorAll('svg [data-step-index].is-current')).filter((part) => part.getBoundingClientRect().width > 0);
		let outside = 0;
		for (const part of parts) {
			const box = part.getBoundingClientRect();
			const across = part.localName !== 'text' && box.width > view.width && box.left <= view.left && box.right >= view.right;
			if (!across) outside = Math.max(outside, out(box));
		}
		return { outside, parts: parts.length, scrollLeft: scroller.scrollLeft };
	});
}

describe('following the current step at 390 px', () => {
	it('scrolls a wide diagram so that each step\'s arrow and label are in view, at once when motion is reduced', async () => {
		const { page, player } = await open('/wide.html', 'reduce');
		const sizes = await player.locator('.protocol-player-diagram').evaluate((s) => ({ view: s.clientWidth, drawing: s.scrollWidth }));
		expect(sizes.drawing).toBeGreaterThan(sizes.view);
		const scrolled: number[] = [];
		for (let position = 0; position < 7; position++) {
			await player.locator('[data-action="next"]').tap();
			await expect(player.getAttribute('data-step')).resolves.toBe(String(position));
			const seen = await currentOutside(player);
			expect(seen.parts, `position ${position}`).toBeGreaterThanOrEqual(2);
			expect(seen.outside, `position ${position}`).toBeLessThanOrEqual(1);
			scrolled.push(seen.scrollLeft);
		}
		// The drawing really moved: some step lies right of where it starts and one back on the left.
		expect(Math.max(...scrolled)).toBeGreaterThan(0);
		await player.locator('[data-action="first"]').tap();
		await player.locator('[data-action="next"]').tap();
		expect((await currentOutside(player)).outside).toBeLessThanOrEqual(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('glides there when motion is not reduced, ending with the step in view', async () => {
		const { page, player } = await open('/wide.html', 'no-preference');
		for (let position = 0; position < 3; position++) await player.locator('[data-action="next"]').tap();
		// Smooth scrolling takes some frames: wait until it has settled.
		await page.waitForFunction(() => {
			const scroller = document.querySelector('.protocol-player-diagram');
			const box = scroller?.querySelector('svg .messageText.is-current')?.getBoundingClientRect();
			const view = scroller?.getBoundingClientRect();
			return box !== undefined && view !== undefined && box.left >= view.left - 1 && box.right <= view.right + 1;
		}, undefined, { timeout: 5000 });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows the two-participant login with every word whole at 11 px or more, and each of its steps in view', async () => {
		const { page, player } = await open('/login.html', 'reduce');
		const fit = await player.locator('.protocol-player-diagram').evaluate((scroller) => {
			const view = scroller.getBoundingClientRect();
			const svg = scroller.querySelector('svg') as SVGSVGElement;
			const scale = svg.getBoundingClientRect().width / Number((svg.getAttribute('viewBox') ?? '').split(/\s+/)[2]);
			const texts = Array.from(svg.querySelectorAll('text')).filter((text) => getComputedStyle(text).visibility !== 'hidden' && (text.textContent ?? '') !== '');
			return {
				cut: texts.filter((text) => {
					const box = text.getBoundingClientRect();
					return box.left < view.left - 0.5 || box.right > view.right + 0.5;
				}).map((text) => text.textContent),
				smallest: Math.min(...texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale)),
			};
		});
		expect(fit.cut).toEqual([]);
		expect(fit.smallest).toBeGreaterThanOrEqual(11);
		// At 11 px with Mermaid's margins it is a few pixels wider than the pane: it may scroll, but each step is whole.
		for (let position = 0; position < 5; position++) {
			await player.locator('[data-action="next"]').tap();
			expect((await currentOutside(player)).outside, `position ${position}`).toBeLessThanOrEqual(1);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
