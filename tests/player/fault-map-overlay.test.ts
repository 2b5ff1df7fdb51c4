import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+Server session, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs Client cookie, Server session), 5 Profile.
// By hand (as tests/player/fault-map.test.ts): a restart of Server after step 3 or 4 (after = 2, 3) breaks 2
// steps (GET /profile fails, Profile is a consequence); of Client after step 4 (after = 3) too. Every other gap
// breaks nothing. Messages that can be lost: steps 0, 3, 4, 5 (1 and 2 go to oneself).
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';

let harness: Harness;
let page: Page;
let errors: string[];

const player = () => page.locator('.test-block').nth(0).locator('.protocol-player');
const overlay = () => player().locator('svg [data-role="fault-overlay"]');

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/fault-overlay.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('the fault map on the diagram', () => {
	it('paints every stretch of each lifeline and every losable message while the map is open, and nothing once closed', async () => {
		await mountBlocks(page, [STATEFUL]);
		await expect(overlay().count()).resolves.toBe(0);
		await player().locator('[data-action="fault-map"]').click();
		// Two participants × seven gaps (before step 1, after each of the six steps).
		await expect(overlay().locator('[data-fault-cell][data-participant]').count()).resolves.toBe(14);
		const breaking = await overlay().locator('[data-fault-cell][data-participant]:not([data-breaks="0"])').evaluateAll((marks) => marks.map((m) => `${m.getAttribute('data-participant')} ${m.getAttribute('data-after')} ${m.getAttribute('data-breaks')}`));
		expect(breaking.sort()).toEqual(['Client 3 2', 'Server 2 2', 'Server 3 2']);
		await expect(overlay().locator('[data-drop-step]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-drop-step')))).resolves.toEqual(['0', '3', '4', '5']);
		await player().locator('[data-action="fault-map"]').click();
		await expect(overlay().count()).resolves.toBe(0);
		expect(errors).toEqual([]);
	});

	it('paints Server\'s stretch after step 3 between that step\'s arrow and the next step, on Server\'s lifeline', async () => {
		await mountBlocks(page, [STATEFUL]);
		await player().locator('[data-action="fault-map"]').click();
		const place = await player().locator('svg').evaluate((svg) => {
			const mark = svg.querySelector('[data-fault-cell][data-participant="Server"][data-after="2"]');
			const box = (selector: string) => svg.querySelector(selector)?.getBoundingClientRect();
			return {
				mark: mark?.getBoundingClientRect(), stored: box('[data-step-index="2"].messageLine0, path[data-step-index="2"]'),
				next: box('text[data-step-index="3"]'), server: box('[data-fault-cell][data-participant="Server"][data-after="-1"]'),
			};
		});
		expect(place.mark && place.stored && place.next && place.server).toBeTruthy();
		if (!place.mark || !place.stored || !place.next || !place.server) return;
		expect(place.mark.top).toBeGreaterThanOrEqual(place.stored.bottom - 4);
		expect(place.mark.bottom).toBeLessThanOrEqual(place.next.top + 4);
		// The same x as Server's stretch before the first step.
		expect(Math.abs((place.mark.left + place.mark.right) / 2 - (place.server.left + place.server.right) / 2)).toBeLessThan(1);
	});

	it('says on hover what a stretch breaks, as the grid does, and a click injects that restart', async () => {
		await mountBlocks(page, [STATEFUL]);
		const root = player();
		await root.locator('[data-action="fault-map"]').click();
		const mark = overlay().locator('[data-participant="Server"][data-after="2"]');
		await expect(mark.locator('title').textContent()).resolves.toBe(await root.locator('[role="gridcell"][data-participant="Server"][data-after="2"]').getAttribute('aria-label'));
		await mark.hover({ force: true });
		await expect(root.locator('[data-role="fault-map-detail"] li').count()).resolves.toBe(2);
		await mark.click({ force: true });
		// Injected: the first broken step, GET /profile (position 4), is shown, and Server's restart is listed.
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		await expect(root.locator('.protocol-fault-restart').textContent()).resolves.toBe('Server restarted after step 3');
		expect(errors).toEqual([]);
	});

	it('loses a message from its mark on the diagram', async () => {
		await mountBlocks(page, [STATEFUL]);
		const root = player();
		await root.locator('[data-action="fault-map"]').click();
		await overlay().locator('[data-drop-step="3"]').click({ force: true });
		await expect(root.locator('.protocol-fault-drop').textContent()).resolves.toBe('Step 4 lost: Server → Client: Login Response (Set-Cookie: sid)');
	});
});

describe('the fault map grid', () => {
	it('says in each column header which step the gap follows, in English and Korean', async () => {
		await mountBlocks(page, [STATEFUL]);
		await player().locator('[data-action="fault-map"]').click();
		const headers = player().locator('[role="columnheader"].protocol-fault-grid-gap');
		await expect(headers.count()).resolves.toBe(7);
		await expect(headers.nth(0).getAttribute('title')).resolves.toBe('Before step 1 (Client → Server: Login Request (id, password))');
		await expect(headers.nth(3).getAttribute('aria-label')).resolves.toBe('After step 3 (Server → Server: Store session)');
		await expect(headers.nth(3).textContent()).resolves.toBe('3');
		await resetPage(page);
		await mountBlocks(page, [STATEFUL], { language: 'ko' });
		await player().locator('[data-action="fault-map"]').click();
		await expect(player().locator('[role="columnheader"].protocol-fault-grid-gap').nth(3).getAttribute('title')).resolves.toBe('3단계(Server → Server: Store session) 뒤');
	});

	it('gives every cell 44 px each way on a touch screen', async () => {
		const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const touch = await context.newPage();
		await touch.goto(page.url());
		await touch.evaluate((source) => (window as unknown as { __mount(s: string[], o: object): Promise<number> }).__mount([source], {}), STATEFUL);
		await touch.locator('.protocol-player [data-action="fault-map"]').tap();
		const sizes = await touch.locator('.protocol-player [role="gridcell"]').evaluateAll((cells) => cells.map((cell) => {
			const box = cell.getBoundingClientRect();
			return Math.min(box.width, box.height);
		}));
		expect(sizes.length).toBe(18);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
		await context.close();
	});
});
