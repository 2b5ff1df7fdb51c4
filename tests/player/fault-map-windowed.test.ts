import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OVERSCAN_COLUMNS } from '../../src/player/fault-map-window';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { failedSteps, mountBlocks, resetPage } from '../browser/queries';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';
import { tokenChainNote } from '../support/token-chain';

// 300 messages among P0…P4: 301 gaps (before step 1, then after each step), six rows (five participants and the
// lost messages). Each message hands the next participant the token its own next message needs (tests/support).
const CHAIN = tokenChainNote(5, 300);
const GAPS = 301;
const ROWS = 6;

let harness: Harness;
let page: Page;
let errors: string[];

const player = (): Locator => page.locator('.test-block').first().locator('.protocol-player');
const grid = (): Locator => player().locator(`${byRole(ROLE.faultMap)} [role="grid"]`);

/** Waits for two animation frames: a scroll's event, then the frame that builds the new window. */
function frames(): Promise<void> {
	return page.evaluate(() => new Promise<void>((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve()))));
}

/** Mounts the chain, opens its map and waits until it is computed and its window built. */
async function openChain(): Promise<void> {
	await mountBlocks(page, [CHAIN]);
	await player().locator(byAction(ACTION.faultMap)).click();
	await page.waitForFunction(() => document.querySelector('.test-block [data-role="fault-map"]')?.getAttribute('data-computing') === null
		&& document.querySelector('.test-block [role="gridcell"]') !== null, undefined, { timeout: 60_000 });
	await frames();
}

/** What the grid holds now, measured in the page: see the fields. */
interface WindowState {
	/** Gap headers built, and cells built. */
	headers: number;
	cells: number;
	/** Gap columns any part of which is in the scroll container's view. */
	inView: number;
	/** Whether the headers in view are one run of columns reaching both edges of the view (or the grid's ends). */
	covered: boolean;
	/** Participant@gap of cells missing in a column in view (each of the five rows has a cell in every gap). */
	missing: string[];
	/** Cells not lined up under their header. */
	misplaced: string[];
	/** Cells whose column has no header built (only the tab stop or the focused cell may be far from the view). */
	alone: string[];
	/** Cells with tabindex 0. */
	tabStops: number;
}

function windowState(): Promise<WindowState> {
	return grid().evaluate((element) => {
		const view = (element.parentElement as Element).getBoundingClientRect();
		const left = (el: Element): number => Math.round(el.getBoundingClientRect().left);
		const where = (cell: Element): string => `${cell.getAttribute('data-participant') ?? 'drop'}@${cell.getAttribute('data-after') ?? cell.getAttribute('data-position') ?? '?'}`;
		const headers = Array.from(element.querySelectorAll('[role="columnheader"].protocol-fault-grid-gap'));
		const cells = Array.from(element.querySelectorAll('[role="gridcell"]'));
		const byColumn = new Map(headers.map((h) => [h.getAttribute('aria-colindex'), left(h)]));
		const shown = headers.filter((h) => {
			const box = h.getBoundingClientRect();
			return box.right > view.left && box.left < view.right;
		});
		const columns = shown.map((h) => Number(h.getAttribute('aria-colindex')));
		const first = Math.min(...columns);
		const last = Math.max(...columns);
		const firstBox = shown.find((h) => Number(h.getAttribute('aria-colindex')) === first)?.getBoundingClientRect();
		const lastBox = shown.find((h) => Number(h.getAttribute('aria-colindex')) === last)?.getBoundingClientRect();
		const count = Number(element.getAttribute('aria-colcount'));
		const covered = last - first + 1 === columns.length
			&& (first === 2 || (firstBox?.left ?? Infinity) <= view.left) && (last === count || (lastBox?.right ?? -Infinity) >= view.right);
		const missing: string[] = [];
		for (const column of columns) {
			for (let p = 0; p < 5; p++) {
				if (element.querySelector(`[role="gridcell"][data-participant="P${p}"][aria-colindex="${column}"]`) === null) missing.push(`P${p}@${column - 3}`);
			}
		}
		return {
			headers: headers.length, cells: cells.length, inView: columns.length, covered, missing,
			misplaced: cells.filter((c) => byColumn.has(c.getAttribute('aria-colindex')) && byColumn.get(c.getAttribute('aria-colindex')) !== left(c)).map(where),
			alone: cells.filter((c) => !byColumn.has(c.getAttribute('aria-colindex'))).map(where),
			tabStops: element.querySelectorAll('[role="gridcell"][tabindex="0"]').length,
		};
	});
}

/** The focused cell as participant@after, and whether all of it is inside the grid's scroll view. */
function focused(): Promise<{ at: string; inView: boolean }> {
	return page.evaluate(() => {
		const active = document.activeElement as Element;
		const box = active.getBoundingClientRect();
		const view = (active.closest('.protocol-fault-grid-scroll') as Element).getBoundingClientRect();
		return { at: `${active.getAttribute('data-participant') ?? ''}@${active.getAttribute('data-after') ?? ''}`, inView: box.left >= view.left && box.right <= view.right };
	});
}

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/fault-map-windowed.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('the fault map of a long note, built as far as it is seen (issue 24)', () => {
	it('builds only the columns in view and a few around them, while telling its whole size', async () => {
		await openChain();
		// The names' column and 301 gaps; the header row and six rows.
		await expect(grid().getAttribute('aria-colcount')).resolves.toBe(String(GAPS + 1));
		await expect(grid().getAttribute('aria-rowcount')).resolves.toBe(String(ROWS + 1));
		const state = await windowState();
		expect(state.covered).toBe(true);
		expect(state.missing).toEqual([]);
		expect(state.misplaced).toEqual([]);
		expect(state.alone).toEqual([]);
		// At the start, the columns in view and the overscan after them, in each row; far fewer than all.
		expect(state.headers).toBeLessThanOrEqual(state.inView + OVERSCAN_COLUMNS + 1);
		expect(state.cells).toBeLessThanOrEqual(ROWS * state.headers);
		expect(state.cells).toBeLessThan((ROWS * GAPS) / 2);
		expect(state.tabStops).toBe(1);
		expect(errors).toEqual([]);
	});

	it('builds the cells scrolled into view, each under its column\'s header, keeping the tab stop', async () => {
		await openChain();
		await grid().evaluate((element) => {
			(element.parentElement as Element).scrollLeft = 3000;
		});
		await frames();
		const state = await windowState();
		expect(state.covered).toBe(true);
		expect(state.missing).toEqual([]);
		expect(state.misplaced).toEqual([]);
		// The tab stop (P0 before step 1) stays, far to the left; nothing else is built out of the window.
		expect(state.alone).toEqual(['P0@-1']);
		expect(state.tabStops).toBe(1);
		expect(state.headers).toBeLessThanOrEqual(state.inView + 2 * OVERSCAN_COLUMNS + 2);
		// Scrolled 3,000 px, the view no longer starts at the grid's first gap.
		await expect(grid().locator('[role="gridcell"][data-participant="P2"][data-after="20"]').count()).resolves.toBe(0);
	});

	it('goes to the row\'s last gap on End, building it and bringing it into view, and back on Home', async () => {
		await openChain();
		await grid().locator('[role="gridcell"][tabindex="0"]').focus();
		await expect(focused()).resolves.toEqual({ at: 'P0@-1', inView: true });
		await page.keyboard.press('End');
		await expect(focused()).resolves.toEqual({ at: 'P0@299', inView: true });
		const there = await windowState();
		expect(there.covered).toBe(true);
		expect(there.missing).toEqual([]);
		expect(there.alone).toEqual([]);
		expect(there.tabStops).toBe(1);
		await page.keyboard.press('ArrowDown');
		await expect(focused()).resolves.toEqual({ at: 'P1@299', inView: true });
		await page.keyboard.press('Home');
		await expect(focused()).resolves.toEqual({ at: 'P1@-1', inView: true });
		await expect(windowState().then((s) => [s.tabStops, s.alone.length])).resolves.toEqual([1, 0]);
		// The keys moved focus, not the player.
		await expect(player().getAttribute('data-step')).resolves.toBe('-1');
	});

	it('walks past the edge of the built window with the arrows', async () => {
		await openChain();
		const before = await windowState();
		// More steps to the right than the window first held columns.
		const steps = before.headers + 10;
		await grid().locator('[role="gridcell"][tabindex="0"]').focus();
		for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
		await expect(focused()).resolves.toEqual({ at: `P0@${steps - 1}`, inView: true });
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowLeft');
		await expect(focused()).resolves.toEqual({ at: `P1@${steps - 2}`, inView: true });
		const after = await windowState();
		expect(after.missing).toEqual([]);
		expect(after.tabStops).toBe(1);
	});

	it('injects the fault of a far cell clicked, as on a small map', async () => {
		await openChain();
		await grid().evaluate((element) => {
			const scroller = element.parentElement as Element;
			scroller.scrollLeft = scroller.scrollWidth;
		});
		await frames();
		// By hand: P3 is handed the token by message 298 (position 297) and needs it for message 299 (position 298);
		// restarted between them, message 299 fails, and only it: P4 has held a token since the first round.
		const cell = grid().locator('[role="gridcell"][data-participant="P3"][data-after="297"]');
		await expect(cell.getAttribute('data-breaks')).resolves.toBe('1');
		await cell.click();
		// Read once the click's task has run: a busy Chromium may still be handling the click when the read arrives.
		await page.waitForFunction(() => document.querySelector('.test-block .protocol-player')?.getAttribute('data-step') !== '-1', undefined, { timeout: 5_000 }).catch(() => undefined);
		await expect(player().getAttribute('data-step')).resolves.toBe('298');
		expect(await failedSteps(page, 0)).toEqual([298]);
		await expect(player().locator('.protocol-fault-restart').textContent()).resolves.toBe('P3 restarted after step 298');
		expect(errors).toEqual([]);
	});

	it('keeps every row\'s name at the left edge, over the cells, while the grid is scrolled far to the right', async () => {
		await openChain();
		await grid().evaluate((element) => {
			(element.parentElement as Element).scrollLeft = 3000;
			element.scrollIntoView({ block: 'center' });
		});
		await frames();
		const names = await grid().evaluate((element) => {
			const view = (element.parentElement as Element).getBoundingClientRect();
			return Array.from(element.querySelectorAll('[role="rowheader"]')).map((name) => {
				const box = name.getBoundingClientRect();
				// What a reader sees at the name's middle: the name itself, not a cell scrolled under it.
				const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 10), box.top + box.height / 2);
				return { text: name.textContent, atEdge: Math.round(box.left) === Math.round(view.left), shown: seen === name || name.contains(seen) };
			});
		});
		expect(names.map((name) => name.text)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'Message lost']);
		expect(names.filter((name) => !name.atEdge || !name.shown)).toEqual([]);
	});

	it('stops watching the grid\'s scroll when the player is removed', async () => {
		await openChain();
		const listeners = (): Promise<number> => page.evaluate(() => (window as unknown as { __listenersWithin(root: Element): number }).__listenersWithin(document.querySelector('.test-block') as Element));
		const open = await listeners();
		expect(open).toBeGreaterThan(0);
		await page.evaluate(() => (window as unknown as { __unmount(i: number): number }).__unmount(0));
		await expect(listeners()).resolves.toBe(0);
		// Scrolling the removed grid builds nothing more.
		const cells = await grid().locator('[role="gridcell"]').count();
		await grid().evaluate((element) => {
			(element.parentElement as Element).scrollLeft = 3000;
		});
		await frames();
		await expect(grid().locator('[role="gridcell"]').count()).resolves.toBe(cells);
	});
});
