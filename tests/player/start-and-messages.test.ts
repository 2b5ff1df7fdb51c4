import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { cardItems, mountBlocks, resetPage, stepStates } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// TCP: the starting state is C state = CLOSED, S state = LISTEN; 0 SYN, 1 SYN-ACK, 2 ACK, 3 data, 4 ACK.
const TCP = codeBlocks(readExampleNote('TCP.md'), 'protocol').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/start.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('Start', () => {
	it('opens at Start with the starting state, and the drawing as Mermaid draws it', async () => {
		await mount([TCP[0]]);
		const root = player(0);
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 5');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Start');
		expect(await cardItems(page, 0, 'C')).toEqual({ state: { value: 'CLOSED', change: '' } });
		expect(await cardItems(page, 0, 'S')).toEqual({ state: { value: 'LISTEN', change: '' } });
		const opacities = await root.locator('svg [data-step-index]').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).opacity))]);
		expect(opacities).toEqual(['1']);
	});

	it('goes to the first step on Next, and back to Start (now faded ahead) on Home', async () => {
		await mount([TCP[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('1 / 5');
		expect(await cardItems(page, 0, 'C')).toEqual({ state: { value: 'SYN_SENT', change: 'changed' } });
		await root.focus();
		await page.keyboard.press('Home');
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Start');
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-future', 1: 'is-future', 2: 'is-future', 3: 'is-future', 4: 'is-future' });
		await expect(root.locator('svg .messageText[data-step-index="0"]').evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('0.65');
		await root.locator(byAction(ACTION.last)).click();
		await root.locator(byAction(ACTION.first)).click();
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 5');
	});
});

describe('messages', () => {
	it('does not repeat the line number of a warning', async () => {
		await mount(['sequenceDiagram\n    A->>B: hello\n    %% @state Nobody += x\n']);
		const warning = await player(0).locator('[data-role="warnings"] li').first().textContent();
		expect(warning?.startsWith('Line 3: ')).toBe(true);
		expect(warning?.split('Line 3').length).toBe(2);
	});

	it('does not repeat the line number of an error', async () => {
		await mount(['sequenceDiagram\n    Client->>Server: fine\n    Client->>: no receiver\n']);
		const item = page.locator('.test-block').nth(0).locator('.protocol-error li').first();
		await expect(item.locator(byRole(ROLE.errorLine)).textContent()).resolves.toBe('Line 3');
		const text = await item.textContent();
		expect(text?.split('Line 3').length).toBe(2);
	});
});

describe('a block with nothing to step', () => {
	it('says there is nothing to step instead of counting zero steps', async () => {
		await mount(['sequenceDiagram\n    participant A\n    participant B\n']);
		const root = player(0);
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Nothing to step through: this diagram has no messages or notes.');
		await expect(root.locator(byRole(ROLE.counter)).isVisible()).resolves.toBe(false);
		await expect(root.locator(byRole(ROLE.announcer)).textContent()).resolves.not.toContain('of 0');
		await expect(root.locator(byAction(ACTION.next)).isDisabled()).resolves.toBe(true);
		await expect(root.locator('.protocol-player-controls').textContent()).resolves.not.toContain('0 / 0');
		expect(errors).toEqual([]);
	});
});
