import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { cardItems, failedSteps, goToPosition, mountBlocks, resetPage, stepStates } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

const SEED = codeBlocks(readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md'), 'mermaid').map((b) => b.source);
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

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');
const goTo = (n: number, position: number): Promise<void> => goToPosition(page, n, position);

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/state.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('state panel', () => {
	it('shows the six items the server of the reference note holds at its fourth step', async () => {
		await mount([SEED[0]]);
		await goTo(0, 2);
		expect(await cardItems(page, 0, 'Server')).toEqual({});
		await goTo(0, 3);
		await expect(player(0).locator(byRole(ROLE.counter)).textContent()).resolves.toBe('4 / 5');
		const items = await cardItems(page, 0, 'Server');
		expect(Object.keys(items)).toEqual(['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token']);
		expect(Object.values(items).every((item) => item.change === 'added')).toBe(true);
		// Every participant has a card; the client, holding nothing anywhere, a compact one.
		await expect(player(0).locator('[data-role="state"] > [data-participant]').count()).resolves.toBe(2);
		await expect(player(0).locator('[data-role="state"] > [data-participant="Client"].is-empty').count()).resolves.toBe(1);
	});

	it('shows values, the title and the kind badge', async () => {
		await mount([STATEFUL[0]]);
		await goTo(0, 2);
		const server = await cardItems(page, 0, 'Server');
		expect(server['session']).toEqual({ value: 'alice', change: 'added' });
		expect(server['last login']).toEqual({ value: '2024-10-29', change: 'added' });
		await expect(player(0).locator(byRole(ROLE.title)).textContent()).resolves.toBe('Stateful login (server-side session)');
		await expect(player(0).locator(byRole(ROLE.kind)).textContent()).resolves.toBe('Stateful');
	});
});

describe('faults', () => {
	it('marks the profile request failed after the server restarts, with the reason, until cleared', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		expect(await failedSteps(page, 0)).toEqual([]);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		// Ahead, the broken step carries the lighter "will fail" mark; red once reached.
		expect(await failedSteps(page, 0)).toEqual([]);
		const server = await cardItems(page, 0, 'Server');
		expect(server['session']?.change).toBe('removed');
		const title = root.locator('svg .messageLine0[data-step-index="4"] > title, svg .messageLine1[data-step-index="4"] > title');
		await expect(title.textContent()).resolves.toBe('Server no longer holds session: restarted after step 4');
		await root.locator(byAction(ACTION.next)).click();
		expect(await failedSteps(page, 0)).toEqual([4]);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Server no longer holds session: restarted after step 4');
		const arrow = root.locator('svg [data-step-index="4"].messageLine0, svg [data-step-index="4"].messageLine1');
		// The standalone page has no Obsidian variables: the fallback red of styles.css applies.
		await expect(arrow.evaluate((e) => getComputedStyle(e).stroke)).resolves.toBe('rgb(217, 63, 63)');
		await root.locator(byAction(ACTION.clearFaults)).click();
		expect(await failedSteps(page, 0)).toEqual([]);
		await expect(root.locator(byRole(ROLE.failure)).count()).resolves.toBe(0);
	});

	it('takes the failure tooltip off the arrow when the faults are cleared', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		const tooltips = root.locator('svg [data-step-index="4"] > title');
		await expect(tooltips.count()).resolves.toBe(1);
		await root.locator(byAction(ACTION.clearFaults)).click();
		await expect(tooltips.count()).resolves.toBe(0);
		// A second restart marks the same step again, with one tooltip, not two.
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await expect(tooltips.count()).resolves.toBe(1);
		await goTo(0, 4);
		expect(await failedSteps(page, 0)).toEqual([4]);
	});

	it('gives the reason in Korean for a Korean reader', async () => {
		await mount([STATEFUL[0]], { language: 'ko' });
		const root = player(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await goTo(0, 4);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Server에 session 없음: 4단계 뒤 재시작됨');
		await expect(root.locator('[data-action="restart"][data-participant="Server"]').textContent()).resolves.toBe('재시작');
	});

	it('says on the emptied card that the participant restarted and holds nothing', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		const note = root.locator('[data-role="state"] [data-participant="Server"] .protocol-state-note');
		await goTo(0, 1);
		// Before the session is stored the card is empty too: it says so, without a restart.
		await expect(note.textContent()).resolves.toBe('Holds nothing at this step');
		await goTo(0, 3);
		await expect(note.isVisible()).resolves.toBe(false);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await goTo(0, 5);
		expect(await cardItems(page, 0, 'Server')).toEqual({});
		await expect(note.textContent()).resolves.toBe('Restarted after step 4: holds nothing');
		await expect(note.isVisible()).resolves.toBe(true);
		// Stepping back before the restart, the card holds the session again and the note goes.
		await goTo(0, 2);
		expect(Object.keys(await cardItems(page, 0, 'Server'))).toEqual(['session', 'last login']);
		await expect(note.isVisible()).resolves.toBe(false);
	});

	it('says it in Korean for a Korean reader', async () => {
		await mount([STATEFUL[0]], { language: 'ko' });
		await goTo(0, 3);
		await player(0).locator('[data-action="restart"][data-participant="Server"]').click();
		await goTo(0, 4);
		await expect(player(0).locator('[data-role="state"] [data-participant="Server"] .protocol-state-note').textContent())
			.resolves.toBe('4단계 뒤 재시작됨: 가진 상태 없음');
	});

	it('shows Clear faults only while there is a fault to clear', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		const clear = root.locator(byAction(ACTION.clearFaults));
		await expect(clear.count()).resolves.toBe(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await expect(clear.isVisible()).resolves.toBe(true);
		await clear.click();
		await expect(clear.count()).resolves.toBe(0);
		// Focus does not fall out of the player with the button that had it.
		await expect(page.evaluate(() => document.activeElement?.classList.contains('protocol-player'))).resolves.toBe(true);
	});

	it('marks where the restart happened with a badge on the lifeline below that step, until cleared', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		const markers = root.locator('svg .protocol-restart-marker');
		await expect(markers.count()).resolves.toBe(0);
		await goTo(0, 3);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await expect(markers.count()).resolves.toBe(1);
		await expect(markers.getAttribute('data-restart-participant')).resolves.toBe('Server');
		await expect(markers.locator('title').textContent()).resolves.toBe('Server restarted after step 4');
		const place = await root.locator('svg').evaluate((svg) => {
			const box = (selector: string) => (svg.querySelector(selector) as SVGGraphicsElement).getBBox();
			const server = box('rect.actor-top[name="Server"]');
			const badge = box('.protocol-restart-marker circle');
			return {
				serverCentre: server.x + server.width / 2,
				badgeCentre: badge.x + badge.width / 2,
				badgeTop: badge.y,
				badgeBottom: badge.y + badge.height,
				// The Login Response arrow (step 3) and the text of the profile request (step 4) around it.
				arrowAbove: box('[data-step-index="3"].messageLine1').y,
				textBelow: box('.messageText[data-step-index="4"]').y,
			};
		});
		expect(place.badgeCentre).toBeCloseTo(place.serverCentre, 0);
		expect(place.badgeTop).toBeGreaterThan(place.arrowAbove);
		expect(place.badgeBottom).toBeLessThan(place.textBelow);
		// Stepping does not move or repeat it; clearing the faults removes it.
		await root.locator(byAction(ACTION.next)).click();
		await expect(markers.count()).resolves.toBe(1);
		await root.locator(byAction(ACTION.clearFaults)).click();
		await expect(markers.count()).resolves.toBe(0);
	});

	it('lets the stateless twin survive the same restart', async () => {
		await mount([STATELESS[0]]);
		await goTo(0, 2);
		await player(0).locator('[data-action="restart"][data-participant="Server"]').click();
		expect(await failedSteps(page, 0)).toEqual([]);
		await expect(player(0).locator(byRole(ROLE.kind)).getAttribute('data-kind')).resolves.toBe('stateless');
	});
});

describe('branch choice', () => {
	it('takes the first branch of the reference alt by default and the second when chosen in the panel', async () => {
		await mount([SEED[1]]);
		const root = player(0);
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		await goTo(0, 0);
		expect(await stepStates(page, 0)).toMatchObject({ 4: 'is-off-path', 5: 'is-off-path', 6: 'is-off-path' });
		await root.locator('.protocol-player-panel [data-role="branch"][data-block="0"]').selectOption({ index: 1 });
		await expect(root.getAttribute('data-steps')).resolves.toBe('5');
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-current', 1: 'is-future', 2: 'is-off-path', 3: 'is-off-path', 4: 'is-future', 5: 'is-future', 6: 'is-future' });
		await expect(root.locator('svg [data-role="branch"][data-block="0"]').inputValue()).resolves.toBe('1');
		// The panel names the block's kind and what the choice is, not one branch's label.
		await expect(root.locator('.protocol-player-panel .protocol-branch-name').textContent()).resolves.toBe('alt — choose a branch');
		await goTo(0, 3);
		expect(Object.keys(await cardItems(page, 0, 'Server'))).toHaveLength(6);
	});

	it('dims the second branch again when the first is chosen back', async () => {
		await mount([SEED[1]]);
		const root = player(0);
		const choice = root.locator('.protocol-player-panel [data-role="branch"][data-block="0"]');
		await choice.selectOption({ index: 1 });
		await choice.selectOption({ index: 0 });
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		// Choosing a branch is a first move: the drawing now dims what is not on the path (at Start, all is ahead).
		expect(await stepStates(page, 0)).toEqual({ 0: 'is-future', 1: 'is-future', 2: 'is-future', 3: 'is-future', 4: 'is-off-path', 5: 'is-off-path', 6: 'is-off-path' });
	});

	it('offers the choice on the diagram, where choosing Redis makes the profile request succeed', async () => {
		await mount([SCALING[0]]);
		const root = player(0);
		await expect(root.getAttribute('data-steps')).resolves.toBe('7');
		// The scripted failure of the memory branch shows once reached.
		expect(await failedSteps(page, 0)).toEqual([]);
		await goTo(0, 5);
		expect(await failedSteps(page, 0)).toEqual([5]);
		await goTo(0, -1);
		const onDiagram = root.locator('svg foreignObject [data-role="branch"][data-block="0"]');
		await expect(onDiagram.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-branch')))).resolves.toEqual(['0', '1']);
		await onDiagram.selectOption({ index: 1 });
		await expect(root.getAttribute('data-steps')).resolves.toBe('9');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 9');
		expect(await failedSteps(page, 0)).toEqual([]);
		await goTo(0, 8);
		expect(Object.keys(await cardItems(page, 0, 'R'))).toEqual(['session']);
		expect(errors).toEqual([]);
	});
});

describe('state panel while stepping', () => {
	it('keeps the rows that did not change and only adds or removes the others', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		const tag = () => page.evaluate(() => {
			for (const row of Array.from(document.querySelectorAll<HTMLElement>('[data-role="state"] [data-item]'))) {
				(row as HTMLElement & { tagged?: string }).tagged = row.getAttribute('data-item') ?? '';
			}
		});
		await tag();
		await root.locator(byAction(ACTION.next)).click();
		const rows = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-role="state"] [data-item]'))
			.map((row) => `${row.closest('[data-participant]')?.getAttribute('data-participant')}:${row.getAttribute('data-item')}:${(row as HTMLElement & { tagged?: string }).tagged ?? 'new'}`));
		// At position 3 the client's cookie was just added (marked); at 4 it is plain, so that row is new.
		// The server's two items were added at position 2 and are unchanged since: the same rows.
		expect(rows).toEqual(['Client:cookie:new', 'Server:session:session', 'Server:last login:last login']);
		await expect(root.locator('[data-action="restart"][data-participant="Server"]').count()).resolves.toBe(1);
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
