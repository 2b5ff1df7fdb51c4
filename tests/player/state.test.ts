import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { cardItems, failedSteps, stepStates } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

const SEED = codeBlocks(readExampleNote('seed/상태유지 프로토콜 (Stateful).md'), 'mermaid').map((b) => b.source);
// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+session = alice, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs Client cookie, Server session), 5 Profile.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
const STATELESS = codeBlocks(readExampleNote('무상태 프로토콜 (Stateless).md'), 'protocol').map((b) => b.source);
// 0 C->>LB, 1 LB->>A, alt memory: 2 A->>A store, 3 A-->>C, 4 C->>LB, 5 LB->>B (needs B: session), 6 B-->>C 401;
// else Redis: 7 A->>R, 8 A-->>C, 9 C->>LB, 10 LB->>B, 11 B->>R (needs R: session), 12 R-->>B, 13 B-->>C.
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> =>
	page.evaluate(([s, o]) => (window as unknown as { __mount(s: string[], o: object): Promise<number> }).__mount(s, o), [sources, options] as const);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');
const goTo = (n: number, position: number) =>
	page.evaluate(([n, p]) => (window as unknown as { __players: Array<{ handle: { goTo(p: number): void } }> }).__players[n]?.handle.goTo(p), [n, position] as const);

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/state.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await page.evaluate(() => (window as unknown as { __reset(): void }).__reset());
	errors.length = 0;
});

describe('state panel', () => {
	it('shows the six items the server of the reference note holds at its fourth step', async () => {
		await mount([SEED[0]]);
		await goTo(0, 2);
		expect(await cardItems(page, 0, 'Server')).toEqual({});
		await goTo(0, 3);
		await expect(player(0).locator('[data-role="counter"]').textContent()).resolves.toBe('4 / 5');
		const items = await cardItems(page, 0, 'Server');
		expect(Object.keys(items)).toEqual(['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token']);
		expect(Object.values(items).every((item) => item.change === 'added')).toBe(true);
		await expect(player(0).locator('[data-role="state"] > [data-participant]').count()).resolves.toBe(1);
	});

	it('shows values, the title and the kind badge', async () => {
		await mount([STATEFUL[0]]);
		await goTo(0, 2);
		const server = await cardItems(page, 0, 'Server');
		expect(server['session']).toEqual({ value: 'alice', change: 'added' });
		expect(server['last login']).toEqual({ value: '2024-10-29', change: 'added' });
		await expect(player(0).locator('[data-role="title"]').textContent()).resolves.toBe('Stateful login (server-side session)');
		await expect(player(0).locator('[data-role="kind"]').textContent()).resolves.toBe('Stateful');
	});
});

describe('faults', () => {
	it('marks the profile request failed after the server restarts, with the reason, until cleared', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		expect(await failedSteps(page, 0)).toEqual([]);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		expect(await failedSteps(page, 0)).toEqual([4]);
		const server = await cardItems(page, 0, 'Server');
		expect(server['session']?.change).toBe('removed');
		const title = root.locator('svg .messageLine0[data-step-index="4"] > title, svg .messageLine1[data-step-index="4"] > title');
		await expect(title.textContent()).resolves.toBe('Server no longer holds session: restarted after step 4');
		await root.locator('[data-action="next"]').click();
		await expect(root.locator('[data-role="failure"]').textContent()).resolves.toBe('Server no longer holds session: restarted after step 4');
		const arrow = root.locator('svg [data-step-index="4"].messageLine0, svg [data-step-index="4"].messageLine1');
		// The standalone page has no Obsidian variables: the fallback red of styles.css applies.
		await expect(arrow.evaluate((e) => getComputedStyle(e).stroke)).resolves.toBe('rgb(217, 63, 63)');
		await root.locator('[data-action="clear-faults"]').click();
		expect(await failedSteps(page, 0)).toEqual([]);
		await expect(root.locator('[data-role="failure"]').count()).resolves.toBe(0);
	});

	it('gives the reason in Korean for a Korean reader', async () => {
		await mount([STATEFUL[0]], { language: 'ko' });
		const root = player(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await goTo(0, 4);
		await expect(root.locator('[data-role="failure"]').textContent()).resolves.toBe('Server에 session 없음: 4단계 뒤 재시작됨');
		await expect(root.locator('[data-action="restart"][data-participant="Server"]').textContent()).resolves.toBe('재시작');
	});

	it('lets the stateless twin survive the same restart', async () => {
		await mount([STATELESS[0]]);
		await goTo(0, 2);
		await player(0).locator('[data-action="restart"][data-participant="Server"]').click();
		expect(await failedSteps(page, 0)).toEqual([]);
		await expect(player(0).locator('[data-role="kind"]').getAttribute('data-kind')).resolves.toBe('stateless');
	});
});

describe('branch choice', () => {
	it('takes the first branch of the reference alt by default and the second when chosen in the panel', async () => {
		await mount([SEED[1]]);
		const root = player(0);
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		expect(await stepStates(page, 0)).toMatchObject({ 4: 'is-off-path', 5: 'is-off-path', 6: 'is-off-path' });
		await root.locator('.protocol-player-panel [data-role="branch"][data-block="0"]').selectOption({ index: 1 });
		await expect(root.getAttribute('data-steps')).resolves.toBe('5');
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-current', 1: 'is-future', 2: 'is-off-path', 3: 'is-off-path', 4: 'is-future', 5: 'is-future', 6: 'is-future' });
		await expect(root.locator('svg [data-role="branch"][data-block="0"]').inputValue()).resolves.toBe('1');
		await goTo(0, 3);
		expect(Object.keys(await cardItems(page, 0, 'Server'))).toHaveLength(6);
	});

	it('offers the choice on the diagram, where choosing Redis makes the profile request succeed', async () => {
		await mount([SCALING[0]]);
		const root = player(0);
		await expect(root.getAttribute('data-steps')).resolves.toBe('7');
		expect(await failedSteps(page, 0)).toEqual([5]);
		const onDiagram = root.locator('svg foreignObject [data-role="branch"][data-block="0"]');
		await expect(onDiagram.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-branch')))).resolves.toEqual(['0', '1']);
		await onDiagram.selectOption({ index: 1 });
		await expect(root.getAttribute('data-steps')).resolves.toBe('9');
		await expect(root.locator('[data-role="counter"]').textContent()).resolves.toBe('1 / 9');
		expect(await failedSteps(page, 0)).toEqual([]);
		await goTo(0, 8);
		expect(Object.keys(await cardItems(page, 0, 'R'))).toEqual(['session']);
		expect(errors).toEqual([]);
	});
});

describe('warnings', () => {
	it('lists a directive naming an unknown participant under the player', async () => {
		await mount(['sequenceDiagram\n    A->>B: hello\n    %% @state Nobody += x\n']);
		const warnings = player(0).locator('[data-role="warnings"] li');
		await expect(warnings.count()).resolves.toBe(1);
		await expect(warnings.first().textContent()).resolves.toMatch(/^Line 3: /);
		await expect(player(0).getAttribute('data-steps')).resolves.toBe('1');
	});
});
