import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { mountBlocks, resetPage, stepStates } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// The reference note's first diagram: 0 Login Request, 1 Verify Request, 2 Store Client Information,
// 3 the note of six items, 4 Login Response — a path of five steps.
const SEED = codeBlocks(readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md'), 'mermaid').map((b) => b.source);
const HTTP = codeBlocks(readExampleNote('HTTP.md'), 'protocol').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/stepping.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('mountPlayer stepping', () => {
	it('opens at Start with its counter and caption, the drawing unmarked, and goes to the first step on Next', async () => {
		await mount([SEED[0]]);
		const root = player(0);
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await expect(root.getAttribute('data-steps')).resolves.toBe('5');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 5');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Start');
		expect(await stepStates(page, 0)).toEqual({ 0: '', 1: '', 2: '', 3: '', 4: '' });
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('1 / 5');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Client → Server: Login Request');
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-current', 1: 'is-future', 2: 'is-future', 3: 'is-future', 4: 'is-future' });
	});

	it('opens at the given step, draws a block without its sequenceDiagram line, and fades future steps as told', async () => {
		await mount(['Client->>Server: one\nServer-->>Client: two\nClient->>Server: three'], { initialStep: 1, fadedOpacity: 0.5 });
		const root = player(0);
		await expect(root.getAttribute('data-step')).resolves.toBe('1');
		await expect(root.getAttribute('data-steps')).resolves.toBe('3');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Server → Client: two');
		const future = root.locator('svg .messageText[data-step-index="2"]');
		await expect(future.evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('0.5');
	});

	it('marks earlier steps past and later ones future as it steps forward and back', async () => {
		await mount([SEED[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.next)).click();
		await root.locator(byAction(ACTION.next)).click();
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('2');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('3 / 5');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Server → Server: Store Client Information');
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-past', 1: 'is-past', 2: 'is-current', 3: 'is-future', 4: 'is-future' });
		await root.locator(byAction(ACTION.prev)).click();
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-past', 1: 'is-current', 2: 'is-future', 3: 'is-future', 4: 'is-future' });
		await root.locator(byAction(ACTION.last)).click();
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Server → Client: Login Response');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('5 / 5');
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		await root.locator(byAction(ACTION.first)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
	});

	it('never moves the layout while stepping', async () => {
		await mount([SEED[0]]);
		const root = player(0);
		const boxes = () => root.locator('svg [data-step-index]').evaluateAll((els) => els.map((e) => JSON.stringify((e as SVGGraphicsElement).getBBox())));
		const before = await boxes();
		await root.locator(byAction(ACTION.last)).click();
		expect(await boxes()).toEqual(before);
	});

	it('changes the classes of only the steps between the old and the new position', async () => {
		// Ten messages on a line: position p is step p.
		const ten = ['sequenceDiagram', ...Array.from({ length: 10 }, (_, i) => `    A->>B: m${i}`)].join('\n');
		await mount([ten]);
		const changedBy = (action: string) => page.evaluate(async (action) => {
			const block = document.querySelector('.test-block') as HTMLElement;
			const changed = new Set<number>();
			const observer = new MutationObserver((records) => {
				for (const record of records) changed.add(Number((record.target as Element).getAttribute('data-step-index')));
			});
			observer.observe(block.querySelector('svg') as SVGSVGElement, { attributes: true, attributeFilter: ['class'], subtree: true });
			(block.querySelector(`[data-action="${action}"]`) as HTMLElement).click();
			await Promise.resolve();
			observer.disconnect();
			return [...changed].sort((a, b) => a - b);
		}, action);
		// The first step from Start marks the whole drawing, which until then looked as Mermaid drew it.
		expect(await changedBy('next')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(await changedBy('next')).toEqual([0, 1]);
		expect(await changedBy('last')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(await changedBy('prev')).toEqual([8, 9]);
		// Back to Start: every step up to the current one becomes future again; the last already was.
		expect(await changedBy('first')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(await stepStates(page, 0)).toEqual({
			0: 'is-future', 1: 'is-future', 2: 'is-future', 3: 'is-future', 4: 'is-future',
			5: 'is-future', 6: 'is-future', 7: 'is-future', 8: 'is-future', 9: 'is-future',
		});
	});

	it('keeps the counter as wide at the first step as at the last', async () => {
		const twelve = ['sequenceDiagram', ...Array.from({ length: 12 }, (_, i) => `    A->>B: m${i}`)].join('\n');
		await mount([twelve]);
		const root = player(0);
		const counter = root.locator(byRole(ROLE.counter));
		const width = () => counter.evaluate((e) => e.getBoundingClientRect().width);
		await expect(counter.textContent()).resolves.toBe('0 / 12');
		const first = await width();
		await root.locator(byAction(ACTION.last)).click();
		await expect(counter.textContent()).resolves.toBe('12 / 12');
		expect(await width()).toBe(first);
	});

	it('shows keyboard focus on its buttons', async () => {
		await mount([SEED[0]]);
		const root = player(0);
		await root.focus();
		await page.keyboard.press('Tab');
		const ring = await root.locator(byAction(ACTION.first)).evaluate((e) => {
			const style = getComputedStyle(e);
			return { focused: document.activeElement === e, style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
		});
		// The standalone page has no Obsidian variables: the fallback accent of styles.css, #7c5cdb.
		expect(ring).toEqual({ focused: true, style: 'solid', width: '2px', colour: 'rgb(124, 92, 219)' });
	});

	it('announces the current step and labels every control for screen readers', async () => {
		await mount([SEED[0]]);
		const root = player(0);
		await expect(root.locator('[data-role="announcer"][aria-live="polite"]').textContent()).resolves.toBe('Start, before step 1 of 5');
		await root.locator(byAction(ACTION.next)).click();
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.locator('[data-role="announcer"][aria-live="polite"]').textContent()).resolves.toBe('Step 2 of 5: Server → Server: Verify Request');
		const labels = await root.locator('[data-action="first"], [data-action="prev"], [data-action="play"], [data-action="next"], [data-action="last"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		expect(labels).toEqual(['Back to Start', 'Previous step', 'Play', 'Next step', 'Last step']);
	});

	it('steps with the keyboard when the player has focus', async () => {
		await mount([SEED[0]], { autoplayMs: 600_000 });
		const root = player(0);
		await root.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(root.getAttribute('data-step')).resolves.toBe('3');
		await expect(root.locator(byRole(ROLE.caption)).textContent())
			.resolves.toBe('Note on Server: User ID, Username, Password (hashed), Email, Last Login Time, Session Token');
		await page.keyboard.press('End');
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		await page.keyboard.press('ArrowLeft');
		await expect(root.getAttribute('data-step')).resolves.toBe('3');
		await page.keyboard.press('Home');
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await page.keyboard.press('Space');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-label')).resolves.toBe('Pause');
		await page.keyboard.press('Space');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-pressed')).resolves.toBe('false');
	});

	it('runs several players on one page independently', async () => {
		await mount([SEED[0], SEED[1], HTTP[0]]);
		await player(1).locator(byAction(ACTION.next)).click();
		await expect(player(0).getAttribute('data-step')).resolves.toBe('-1');
		await expect(player(1).getAttribute('data-step')).resolves.toBe('0');
		await expect(player(2).getAttribute('data-step')).resolves.toBe('-1');
		await expect(player(2).getAttribute('data-steps')).resolves.toBe('4');
		const ids = await page.locator('.protocol-player svg').evaluateAll((svgs) => svgs.map((s) => s.id));
		expect(new Set(ids).size).toBe(3);
		expect(errors).toEqual([]);
	});

	it('shows a block that does not parse as an error with its line, beside a working player', async () => {
		const broken = 'sequenceDiagram\n    Client->>Server: fine\n    Client->>: no receiver\n';
		await mount([broken, HTTP[0]]);
		const error = page.locator('.test-block').nth(0).locator('.protocol-error');
		await expect(error.count()).resolves.toBe(1);
		await expect(error.locator(byRole(ROLE.errorLine)).first().textContent()).resolves.toBe('Line 3');
		await expect(error.locator(byRole(ROLE.errorText)).first().textContent()).resolves.toBe('Client->>: no receiver');
		await expect(player(1).getAttribute('data-steps')).resolves.toBe('4');
		expect(errors).toEqual([]);
	});

	it('shows what Mermaid could not draw as an error instead of throwing', async () => {
		await page.evaluate(() => {
			(window as unknown as { failingMermaid: object }).failingMermaid = {
				initialize() {},
				render: () => Promise.reject(new Error('Parse error on line 2:\nExpecting ACTOR')),
			};
		});
		await page.evaluate(() => {
			const w = window as unknown as { __mount(s: string[], o: object): Promise<number>; failingMermaid: object };
			return w.__mount(['sequenceDiagram\n    A->>B: hello\n'], { mermaid: w.failingMermaid });
		});
		const error = page.locator('.test-block').nth(0).locator('.protocol-error');
		await expect(error.locator(byRole(ROLE.errorLine)).textContent()).resolves.toBe('Line 2');
		await expect(error.locator(byRole(ROLE.errorText)).textContent()).resolves.toBe('A->>B: hello');
		await expect(page.locator('.protocol-player').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
	});

	it('leaves no timer or listener running after its cleanups run', async () => {
		await mount([SEED[0]], { autoplayMs: 43_210 });
		const root = player(0);
		await root.locator(byAction(ACTION.play)).click();
		const counts = () => page.evaluate(() => {
			const w = window as unknown as { __timersOf(ms: number): number; __listenersWithin(root: Element): number };
			const block = document.querySelector('.test-block') as Element;
			return { timers: w.__timersOf(43_210), listeners: w.__listenersWithin(block) };
		});
		const running = await counts();
		expect(running.timers).toBe(1);
		expect(running.listeners).toBeGreaterThan(0);
		const cleaned = await page.evaluate(() => (window as unknown as { __unmount(i: number): number }).__unmount(0));
		expect(cleaned).toBeGreaterThan(0);
		expect(await counts()).toEqual({ timers: 0, listeners: 0 });
		await root.locator(byAction(ACTION.next)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
	});
});
