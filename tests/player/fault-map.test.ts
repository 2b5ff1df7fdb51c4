import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { failedSteps, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+Server session, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs Client cookie, Server session), 5 Profile.
// By hand: a restart of Server after position 2 or 3 takes the session before GET /profile needs it: step 4
// fails and its reply, step 5, is a consequence — 2 steps. Client's cookie, held after position 3 only, the same.
// Every other gap takes nothing a later step needs.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
const STATELESS = codeBlocks(readExampleNote('무상태 프로토콜 (Stateless).md'), 'protocol').map((b) => b.source);
// C, LB, A, B, R; in the Redis branch only R's session is ever needed (by B->>R: GET sid).
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');

/** The first player's fault-map verdict, line by line: `[data-line, text]`. */
function verdictLines(): Promise<string[][]> {
	return player(0).locator('[data-role="fault-map-verdict"] [data-line]').evaluateAll((lines) => lines.map((line) => [line.getAttribute('data-line') ?? '', line.textContent ?? '']));
}

/** `data-breaks` of each restart cell of a participant's row, from after −1 on. */
function rowBreaks(participant: string): Promise<number[]> {
	return player(0).locator(`[data-role="fault-map"] [role="gridcell"][data-participant="${participant}"]`)
		.evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-breaks'))));
}

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/fault-map.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

/** The font families fontconfig (which Chromium on Linux draws with) has for Korean, or '' when none. */
function koreanFonts(): string {
	try {
		return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

describe('fault map', () => {
	it('is computed when opened: participants × gaps, each cell the number of steps that restart breaks', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		const map = root.locator(byRole(ROLE.faultMap));
		await expect(map.isVisible()).resolves.toBe(false);
		await expect(map.locator('[role="gridcell"]').count()).resolves.toBe(0);
		await root.locator(byAction(ACTION.faultMap)).click();
		await expect(map.isVisible()).resolves.toBe(true);
		await expect(root.locator(byAction(ACTION.faultMap)).getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(map.locator('[role="grid"]').count()).resolves.toBe(1);
		expect(await rowBreaks('Client')).toEqual([0, 0, 0, 0, 2, 0, 0]);
		expect(await rowBreaks('Server')).toEqual([0, 0, 0, 2, 2, 0, 0]);
		await expect(map.locator('[data-participant="Server"][data-after="2"]').getAttribute('data-breaks')).resolves.toBe('2');
		await expect(verdictLines()).resolves.toEqual([
			['worst', 'A restart of Server between steps 4 and 5 breaks 2 steps'],
			['opener', 'Restarting Client, which opens the exchange, loses cookie: 2 steps'],
		]);
		await expect(map.locator(byRole(ROLE.faultMapVerdict)).getAttribute('data-baseline-fails')).resolves.toBe('none');
		// Issue 17: losing the login request, the server does nothing of it (Verify, Store session and the response
		// are consequences), and GET /profile fails on the cookie that never came, its answer a consequence — 5 steps.
		await expect(map.locator('[data-drop-step="0"]').getAttribute('data-breaks')).resolves.toBe('5');
		// Messages to oneself cannot be lost: no cell for Verify Request (1) or Store session (2).
		await expect(map.locator('[data-drop-step]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-drop-step')))).resolves.toEqual(['0', '3', '4', '5']);
		// A red cell is coloured, an empty one is not.
		const colours = await map.evaluate((m) => [m.querySelector('[data-after="2"][data-participant="Server"]'), m.querySelector('[data-after="0"][data-participant="Server"]')]
			.map((cell) => getComputedStyle(cell as Element).backgroundColor));
		expect(colours[0]).not.toBe(colours[1]);
		await root.locator(byAction(ACTION.faultMap)).click();
		await expect(map.isVisible()).resolves.toBe(false);
		expect(errors).toEqual([]);
	});

	it('has no red cell in the Server row of the stateless twin: only the client, losing its token, breaks', async () => {
		// By hand: the signing key is durable, so no Server restart takes anything. The client holds its token from
		// position 2 on; a restart right after that makes GET /profile fail and its reply a consequence.
		await mount([STATELESS[0]]);
		await player(0).locator(byAction(ACTION.faultMap)).click();
		expect(await rowBreaks('Server')).toEqual([0, 0, 0, 0, 0, 0]);
		expect(await rowBreaks('Client')).toEqual([0, 0, 0, 2, 0, 0]);
		// Issue 17, finding 6: the headline no longer blames the client, which opens the exchange, for the twin's lesson.
		await expect(verdictLines()).resolves.toEqual([
			['worst', 'No single restart of a participant other than Client breaks a step'],
			['opener', 'Restarting Client, which opens the exchange, loses token: 2 steps'],
		]);
	});

	it('says when no single restart breaks anything', async () => {
		await mount(['sequenceDiagram\n    A->>B: hello\n    B-->>A: hi']);
		await player(0).locator(byAction(ACTION.faultMap)).click();
		await expect(verdictLines()).resolves.toEqual([
			['worst', 'No single restart of a participant other than A breaks a step'],
			['opener', 'Restarting A, which opens the exchange, breaks nothing'],
		]);
	});

	it('says where the path already fails without any fault (issue 17, finding 6)', async () => {
		// The in-memory branch: Server B never got the session, so step 6 (LB → Server B: GET /profile) fails as
		// written; no restart breaks anything more, and the client's cookie is needed by no step.
		await mount([SCALING[0]]);
		await player(0).locator(byAction(ACTION.faultMap)).click();
		await expect(player(0).locator(byRole(ROLE.faultMapVerdict)).getAttribute('data-baseline-fails')).resolves.toBe('6');
		await expect(verdictLines()).resolves.toEqual([
			['baseline', 'Without any fault, step 6 fails: Server B does not hold session'],
			['worst', 'No single restart of a participant other than Client breaks a step'],
			['opener', 'Restarting Client, which opens the exchange, breaks nothing'],
		]);
		await player(0).locator('.protocol-player-panel [data-role="branch"][data-block="0"]').selectOption({ index: 1 });
		await expect(player(0).locator(byRole(ROLE.faultMapVerdict)).getAttribute('data-baseline-fails')).resolves.toBe('none');
		// The Redis branch: a Redis restart after step 3 (or 4, 5, 6) fails B's GET sid and both answers after it.
		await expect(verdictLines()).resolves.toEqual([
			['worst', 'A restart of Redis between steps 6 and 7 breaks 3 steps'],
			['opener', 'Restarting Client, which opens the exchange, breaks nothing'],
		]);
	});

	it('shows only the Redis row red in the Redis branch, redrawn when the branch changes', async () => {
		await mount([SCALING[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.faultMap)).click();
		await root.locator('.protocol-player-panel [data-role="branch"][data-block="0"]').selectOption({ index: 1 });
		const red = await root.locator('[data-role="fault-map"] [data-participant][data-breaks]:not([data-breaks="0"])')
			.evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-participant')))]);
		expect(red).toEqual(['R']);
	});

	it('lists what a cell breaks on hover, and a click injects that restart and jumps to the first broken step', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.faultMap)).click();
		const cell = root.locator('[data-role="fault-map"] [data-participant="Server"][data-after="2"]');
		await cell.hover();
		await expect(root.locator('[data-role="fault-map-detail"] li').allTextContents()).resolves.toEqual([
			'Step 5: Server no longer holds session: restarted after step 3',
			'Step 6: no answer as written: step 5 failed',
		]);
		await cell.click();
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		expect(await failedSteps(page, 0)).toEqual([4]);
		await expect(root.locator('.protocol-fault-restart').textContent()).resolves.toBe('Server restarted after step 3');
	});

	it('is a grid the keyboard walks with the arrows, and Enter tries a cell', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.faultMap)).click();
		const cells = root.locator('[data-role="fault-map"] [role="gridcell"][tabindex="0"]');
		await expect(cells.count()).resolves.toBe(1);
		await cells.focus();
		const focused = () => page.evaluate(() => {
			const active = document.activeElement;
			return `${active?.getAttribute('data-participant') ?? ''}@${active?.getAttribute('data-after') ?? ''}`;
		});
		await expect(focused()).resolves.toBe('Client@-1');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(focused()).resolves.toBe('Client@2');
		await page.keyboard.press('ArrowDown');
		await expect(focused()).resolves.toBe('Server@2');
		// The arrows moved focus, not the player.
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await page.keyboard.press('End');
		await expect(focused()).resolves.toBe('Server@5');
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		expect(await failedSteps(page, 0)).toEqual([4]);
	});

	it('is not redrawn while stepping or when faults change, only when the branches do', async () => {
		await mount([SCALING[0]]);
		const root = player(0);
		await root.locator(byAction(ACTION.faultMap)).click();
		const tag = () => root.locator('[data-role="fault-map"] [role="gridcell"]').first().evaluate((cell) => {
			(cell as Element & { tagged?: boolean }).tagged = true;
		});
		const same = () => root.locator('[data-role="fault-map"] [role="gridcell"]').first().evaluate((cell) => (cell as Element & { tagged?: boolean }).tagged === true);
		await tag();
		await root.locator(byAction(ACTION.next)).click();
		await root.locator('[data-action="restart"][data-participant="A"]').click();
		await root.locator(byAction(ACTION.clearFaults)).click();
		await expect(same()).resolves.toBe(true);
		await root.locator('.protocol-player-panel [data-role="branch"][data-block="0"]').selectOption({ index: 1 });
		await expect(same()).resolves.toBe(false);
	});

	it('speaks Korean to a Korean reader', async () => {
		await mount([STATEFUL[0]], { language: 'ko' });
		await player(0).locator(byAction(ACTION.faultMap)).click();
		await expect(verdictLines()).resolves.toEqual([
			['worst', 'Server: 4단계와 5단계 사이에 재시작하면 2개 단계가 깨집니다'],
			['opener', '대화를 여는 Client 재시작: cookie 잃음, 2개 단계가 깨짐'],
		]);
		await expect(player(0).locator(byAction(ACTION.faultMap)).textContent()).resolves.toBe('장애 지도');
	});
	it('lines every cell up under its column header, and makes room for the longest name (each row is a grid of its own)', async () => {
		// A Korean name (wide characters) and a long Latin one among the scaling note's five participants.
		const source = SCALING[0]?.replace('participant C as Client', 'participant C as 클라이언트 브라우저 탭 · Client').replace('participant LB as Load Balancer', 'participant LB as Load balancer in front of the whole pool of servers') ?? '';
		expect(source).toContain('클라이언트 브라우저');
		expect(source).toContain('Load balancer in front of the whole');
		// Without a font that has Hangul, Chromium draws boxes of another width and the measure below means nothing.
		expect(koreanFonts(), 'a font with Hangul on this machine (Debian: fonts-nanum, which .ci/run installs)').not.toBe('');
		await mount([source]);
		await player(0).locator(byAction(ACTION.faultMap)).click();
		const layout = await player(0).locator('[role="grid"]').evaluate((grid) => {
			const left = (el: Element | null): number => Math.round(el?.getBoundingClientRect().left ?? NaN);
			const headers = Array.from(grid.querySelectorAll('[role="columnheader"][aria-colindex]')).map((h) => [h.getAttribute('aria-colindex'), left(h)] as const);
			const byColumn = new Map(headers);
			const misplaced: string[] = [];
			for (const cell of Array.from(grid.querySelectorAll('[role="gridcell"]'))) {
				const column = cell.getAttribute('aria-colindex');
				if (byColumn.get(column) !== left(cell)) misplaced.push(`${cell.getAttribute('data-participant') ?? 'drop'}@${column ?? '?'}`);
			}
			const names = Array.from(grid.querySelectorAll<HTMLElement>('[role="rowheader"]'));
			const cut = names.filter((name) => name.scrollWidth > name.clientWidth + 1).map((name) => name.textContent);
			const firstCell = Math.min(...Array.from(grid.querySelectorAll('[role="gridcell"]')).map((cell) => cell.getBoundingClientRect().left));
			const overlap = names.filter((name) => name.getBoundingClientRect().right > firstCell + 0.5).length;
			return { cells: grid.querySelectorAll('[role="gridcell"]').length, misplaced, cut, overlap };
		});
		expect(layout.cells).toBeGreaterThan(20);
		expect(layout.misplaced).toEqual([]);
		// 24 columns are the most a name gets: the Korean one (31 columns, Hangul counting two) and the Latin one (51)
		// are cut with an ellipsis; Server A, Server B, Redis and the lost-message row are whole.
		expect(layout.cut.sort()).toEqual(['Load balancer in front of the whole pool of servers', '클라이언트 브라우저 탭 · Client'].sort());
		expect(layout.overlap).toBe(0);
	});
});
