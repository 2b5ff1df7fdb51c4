import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, CLASS, ROLE } from '../support/dom';

// Stateful login: 0 Login Request (id, password), 1 Verify Request, 2 Store session, 3 Login Response
// (Set-Cookie: sid), 4 GET /profile (Cookie: sid), 5 Profile. The grid's columns are the gaps: before step 1,
// then after each step; their headers read 0 (before step 1), 1, 2, … 6.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';

let harness: Harness;
let page: Page;
let errors: string[];

const player = (): Locator => page.locator('.test-block').first().locator('.protocol-player');
const caption = (): Locator => player().locator(byRole(ROLE.faultMapColumn));
/** The text of the header(s) marked as the caption's column. */
const marked = (): Promise<string[]> => player().locator(`.protocol-fault-grid-gap.${CLASS.captioned}`).allTextContents();

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/fault-map-caption.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('the fault map\'s column caption', () => {
	it('shows the current step\'s column in words under the grid, without hovering, and follows the reader\'s steps', async () => {
		await mountBlocks(page, [STATEFUL]);
		await player().locator(byAction(ACTION.faultMap)).click();
		await expect(caption().isVisible()).resolves.toBe(true);
		await expect(caption().textContent()).resolves.toBe('Before step 1 · Client → Server: Login Request (id, password)');
		await expect(marked()).resolves.toEqual(['0']);
		for (let i = 0; i < 3; i++) await player().locator(byAction(ACTION.next)).click();
		await expect(caption().textContent()).resolves.toBe('After step 3 · Server → Server: Store session');
		await expect(marked()).resolves.toEqual(['3']);
		// Under the grid, not over it: words that change height as the pointer moves must not move the cells.
		const [grid, line] = await Promise.all([player().locator('[role="grid"]').boundingBox(), caption().boundingBox()]);
		expect(line?.y ?? 0).toBeGreaterThanOrEqual((grid?.y ?? 0) + (grid?.height ?? 0));
		expect(errors).toEqual([]);
	});

	it('follows the hovered cell, in the grid and on the drawing', async () => {
		await mountBlocks(page, [STATEFUL]);
		await player().locator(byAction(ACTION.faultMap)).click();
		await player().locator('[role="gridcell"][data-participant="Server"][data-after="3"]').hover();
		await expect(caption().textContent()).resolves.toBe('After step 4 · Server → Client: Login Response (Set-Cookie: sid)');
		await expect(marked()).resolves.toEqual(['4']);
		// A lost-message cell sits in the column of the step it loses.
		await player().locator('[role="gridcell"][data-drop-step="4"]').hover();
		await expect(caption().textContent()).resolves.toBe('After step 5 · Client → Server: GET /profile (Cookie: sid)');
		// A short stretch of lifeline under a label: the pointer's event, sent to the mark itself.
		await player().locator('svg [data-fault-cell][data-participant="Client"][data-after="1"]').dispatchEvent('mouseover');
		await expect(caption().textContent()).resolves.toBe('After step 2 · Server → Server: Verify Request');
		await expect(marked()).resolves.toEqual(['2']);
	});

	it('follows keyboard focus through the grid, and the current step again once the reader steps', async () => {
		await mountBlocks(page, [STATEFUL]);
		const root = player();
		await root.locator(byAction(ACTION.faultMap)).click();
		await root.locator('[role="gridcell"][tabindex="0"]').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(caption().textContent()).resolves.toBe('After step 2 · Server → Server: Verify Request');
		await expect(marked()).resolves.toEqual(['2']);
		await goToPosition(page, 0, 4);
		await expect(caption().textContent()).resolves.toBe('After step 5 · Client → Server: GET /profile (Cookie: sid)');
		await expect(marked()).resolves.toEqual(['5']);
	});

	it('speaks Korean to a Korean reader', async () => {
		await mountBlocks(page, [STATEFUL], { language: 'ko' });
		await player().locator(byAction(ACTION.faultMap)).click();
		await expect(caption().textContent()).resolves.toBe('1단계 전 · Client → Server: Login Request (id, password)');
		await goToPosition(page, 0, 2);
		await expect(caption().textContent()).resolves.toBe('3단계 뒤 · Server → Server: Store session');
	});
});
