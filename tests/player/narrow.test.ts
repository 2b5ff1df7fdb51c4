import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// Five participants (Client, Load Balancer, Server A, Server B, Redis). The first branch of its alt makes a
// path of 7 steps: C→LB, LB→A, A stores the session, A→C cookie, C→LB, LB→B, B→C 401. The second (Redis)
// one of 9: C→LB, LB→A, A→R, A→C, C→LB, LB→B, B→R, R→B, B→C.
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);

/** A phone: 390 × 844 CSS pixels, touch, a mobile viewport. */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

let harness: Harness;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
	harness = await openHarness();
	harness.server.set('/phone.html', {
		body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/styles.css"><script src="/mermaid12.js"></script><script src="/protocol-player.js"></script></head>
<body style="margin: 8px"><h1>세션과 수평 확장</h1><pre><code class="language-protocol">${escapeHtml(SCALING[0] ?? '')}</code></pre></body></html>`,
		type: 'text/html',
	});
	context = await harness.browser.newContext(PHONE);
	page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${harness.server.origin}/phone.html`);
	await page.waitForSelector('.protocol-player .protocol-player-diagram > svg');
});
afterAll(async () => {
	await context.close();
	await harness.close();
});

const player = (): Locator => page.locator('.protocol-player');

/** The smallest rendered size of the drawing's visible text, in CSS pixels: its font size times the drawing's scale. */
function smallestRenderedText(): Promise<number> {
	return player().locator('.protocol-player-diagram > svg').evaluate((svg) => {
		const viewBoxWidth = Number((svg.getAttribute('viewBox') ?? '').split(/\s+/)[2]);
		const scale = svg.getBoundingClientRect().width / viewBoxWidth;
		const sizes = Array.from(svg.querySelectorAll('text'))
			.filter((text) => getComputedStyle(text).visibility !== 'hidden')
			.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
		return Math.min(...sizes);
	});
}

/** Boxes of the controls a finger uses: the step buttons, the speed, the panel's branch choice and the restart buttons. */
function controlBoxes(): Promise<Array<{ what: string; left: number; right: number; width: number; height: number }>> {
	return player().evaluate((root) => Array.from(root.querySelectorAll('.protocol-player-controls button, .protocol-player-controls select, .protocol-branch-select, [data-action="restart"]'), (control) => {
		const box = control.getBoundingClientRect();
		return { what: control.className, left: box.left, right: box.right, width: box.width, height: box.height };
	}));
}

describe('the player on a phone (390 × 844, touch)', () => {
	it('keeps the diagram text at 11 px or more and lets the diagram scroll sideways inside the player', async () => {
		expect(await smallestRenderedText()).toBeGreaterThanOrEqual(11);
		const sizes = await page.evaluate(() => {
			const viewport = document.querySelector('.protocol-player-diagram') as HTMLElement;
			return { page: document.documentElement.scrollWidth, viewport: viewport.clientWidth, drawing: viewport.scrollWidth };
		});
		// The page itself never scrolls sideways; the diagram's viewport does, being narrower than the drawing.
		expect(sizes.page).toBeLessThanOrEqual(390);
		expect(sizes.drawing).toBeGreaterThan(sizes.viewport);
	});

	it('keeps every control inside the screen and at least 40 px each way', async () => {
		const boxes = await controlBoxes();
		// Five step buttons, the speed, the panel's branch choice.
		expect(boxes.length).toBeGreaterThanOrEqual(7);
		for (const box of boxes) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(390);
			expect(box.width, box.what).toBeGreaterThanOrEqual(40);
			expect(box.height, box.what).toBeGreaterThanOrEqual(40);
		}
	});

	it('leaves the controls where they are while the diagram is scrolled', async () => {
		const next = player().locator(byAction(ACTION.next));
		const before = await next.boundingBox();
		await player().locator('.protocol-player-diagram').evaluate((viewport) => viewport.scrollBy({ left: 400 }));
		await expect(player().locator('.protocol-player-diagram').evaluate((viewport) => viewport.scrollLeft)).resolves.toBeGreaterThan(0);
		expect(await next.boundingBox()).toEqual(before);
	});

	it('steps, restarts and takes a branch by touch', async () => {
		const root = player();
		await root.locator(byAction(ACTION.first)).tap();
		await expect(root.getAttribute('data-steps')).resolves.toBe('7');
		// First goes back to Start (−1); four taps reach path position 3, the cookie reply, step 4 of 7.
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		for (let i = 0; i < 4; i++) await root.locator(byAction(ACTION.next)).tap();
		await expect(root.getAttribute('data-step')).resolves.toBe('3');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('4 / 7');

		// Server A stored the session at step 3; restarted after step 4, it holds nothing at step 5.
		const serverA = root.locator('[data-role="state"] [data-participant="A"]');
		await expect(serverA.locator('[data-item]').count()).resolves.toBe(1);
		await serverA.locator(byAction(ACTION.restart)).tap();
		await root.locator(byAction(ACTION.next)).tap();
		await expect(serverA.locator('[data-item]').count()).resolves.toBe(0);

		await root.locator('.protocol-branch-select[data-block="0"]').selectOption('1');
		await expect(root.getAttribute('data-steps')).resolves.toBe('9');
		await root.locator(byAction(ACTION.last)).tap();
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('9 / 9');
		expect(errors).toEqual([]);
	});

	it('wraps the state panel inside the player', async () => {
		const overflow = await player().evaluate((root) => {
			const outer = root.getBoundingClientRect();
			// Only the parts laid out: a hidden one (the fault list when no fault is on the path) has no box.
			return Array.from(root.querySelectorAll('.protocol-state-card, .protocol-branch, .protocol-faults > *'))
				.filter((part) => part.getClientRects().length > 0)
				.map((part) => part.getBoundingClientRect())
				.filter((box) => box.left < outer.left - 0.5 || box.right > outer.right + 0.5).length;
		});
		expect(overflow).toBe(0);
	});
});

describe('the player in Obsidian\'s phone app (body.is-mobile), whatever the pointer says', () => {
	it('sizes every control for a finger in a narrow pane', async () => {
		const mouse = await harness.browser.newContext({ viewport: { width: 390, height: 844 } });
		const other = await mouse.newPage();
		await other.goto(`${harness.server.origin}/phone.html`);
		await other.waitForSelector('.protocol-player .protocol-player-diagram > svg');
		const pointer = await other.evaluate(() => matchMedia('(pointer: coarse)').matches);
		const heights = () => other.locator('.protocol-player-controls button, .protocol-branch-select').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
		// A mouse: the desktop sizes, under 40 px.
		expect(pointer).toBe(false);
		expect(Math.max(...(await heights()))).toBeLessThan(40);
		await other.evaluate(() => document.body.classList.add('is-mobile'));
		expect(Math.min(...(await heights()))).toBeGreaterThanOrEqual(40);
		await mouse.close();
	});
});
