import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { cardItems, failedSteps, goToPosition, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// Stateful login, first block: 0 Login Request, 1 Verify Request, 2 Store session (+Server session, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs Client cookie, Server session), 5 Profile.
// Second block (a scripted crash): 0 Login Request, 1 Store session (+Server session), 2 Login Response
// (+Client cookie), 3 Note over Server (@restart Server), 4 GET /profile (needs Server session), 5 401 reply.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
// Participants C, LB, A, B, R; only C, A (and R on the Redis branch) ever hold anything.
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');
const goTo = (n: number, position: number): Promise<void> => goToPosition(page, n, position);

/** Step indices whose elements carry `cls` in player `n`. */
async function stepsWith(cls: string, n = 0): Promise<number[]> {
	return page.evaluate(([cls, n]) => {
		const root = document.querySelectorAll('.test-block')[n];
		const found = new Set<number>();
		for (const element of Array.from(root?.querySelectorAll(`[data-step-index].${cls}`) ?? [])) found.add(Number(element.getAttribute('data-step-index')));
		return [...found].sort((a, b) => a - b);
	}, [cls, n] as const);
}

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/outcomes.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('state cards', () => {
	it('keeps the Server card, its Restart and its note when Server restarts right after storing the session', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 2);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		const card = root.locator('[data-role="state"] > [data-participant="Server"]');
		await expect(card.count()).resolves.toBe(1);
		await expect(card.locator(byAction(ACTION.restart)).isVisible()).resolves.toBe(true);
		// Issue 18: at the restart the card says what it took (the line that it holds nothing comes a step later).
		await expect(card.locator(byRole(ROLE.restartNote)).textContent()).resolves.toBe('Restarted after step 3: lost session, last login');
		await expect(card.locator('.protocol-state-note').isVisible()).resolves.toBe(false);
		// What it lost is what it held at that moment: the session and the login date it had just stored.
		expect(await cardItems(page, 0, 'Server')).toEqual({
			session: { value: 'alice', change: 'removed' },
			'last login': { value: '2024-10-29', change: 'removed' },
		});
		expect(errors).toEqual([]);
	});

	it('gives every participant of the diagram a card with a Restart, even one that never holds anything', async () => {
		await mount([SCALING[0]]);
		const root = player(0);
		const cards = root.locator('[data-role="state"] > [data-participant]');
		await expect(cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-participant')))).resolves.toEqual(['C', 'LB', 'A', 'B', 'R']);
		for (const id of ['C', 'LB', 'A', 'B', 'R']) {
			await expect(root.locator(`[data-action="restart"][data-participant="${id}"]`).count()).resolves.toBe(1);
		}
		// The load balancer never holds anything: its card is the compact kind.
		await expect(root.locator('[data-role="state"] > [data-participant="LB"]').getAttribute('class')).resolves.toContain('is-empty');
	});
});

describe('outcomes ahead', () => {
	it('keeps a scripted failure hidden until the reader reaches it', async () => {
		await mount([STATEFUL[1]]);
		const root = player(0);
		await goTo(0, 0);
		expect(await failedSteps(page, 0)).toEqual([]);
		expect(await stepsWith('is-will-fail')).toEqual([]);
		await expect(root.locator(byRole(ROLE.faults)).textContent()).resolves.not.toContain('fails');
		await goTo(0, 4);
		expect(await failedSteps(page, 0)).toEqual([4]);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Server no longer holds session: restarted after step 4');
		// Back before it, the reader has seen it: still no mark ahead for a scripted outcome.
		await goTo(0, 1);
		expect(await failedSteps(page, 0)).toEqual([]);
	});

	it('marks the steps an injected restart will break ahead with a lighter mark, red once reached', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		expect(await failedSteps(page, 0)).toEqual([]);
		expect(await stepsWith('is-will-fail')).toEqual([4, 5]);
		await goTo(0, 4);
		expect(await failedSteps(page, 0)).toEqual([4]);
		expect(await stepsWith('is-will-fail')).toEqual([5]);
	});

	it('reveals scripted outcomes ahead when told to show outcomes ahead', async () => {
		await mount([STATEFUL[1]], { showOutcomesAhead: true });
		await goTo(0, 0);
		// Issue 17: the written "401 Please log in again" (step index 5) stands as written; only GET /profile fails.
		expect(await stepsWith('is-will-fail')).toEqual([4]);
		expect(await failedSteps(page, 0)).toEqual([]);
	});
});

describe('state panel height', () => {
	it('stays the same height at every step, before and after a restart', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		const panel = root.locator('.protocol-player-panel');
		const heights = async (): Promise<number[]> => {
			const seen: number[] = [];
			for (let position = -1; position <= 5; position++) {
				await goTo(0, position);
				seen.push(await panel.evaluate((e) => e.getBoundingClientRect().height));
			}
			return seen;
		};
		const before = await heights();
		expect(before).toEqual(before.map(() => before[0]));
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		const after = await heights();
		expect(after).toEqual(after.map(() => after[0]));
	});
});

describe('failure reason', () => {
	it('says the reason once at the failing step', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await goTo(0, 4);
		const reason = 'Server no longer holds session: restarted after step 4';
		const shown = await root.evaluate((element) => {
			const announcer = element.querySelector('[data-role="announcer"]')?.textContent ?? '';
			return (element as HTMLElement).innerText.replace(announcer, '');
		});
		expect(shown.split(reason).length - 1).toBe(1);
	});
});
