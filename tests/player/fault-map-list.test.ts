import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { failedSteps, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';
import { ACTION, byAction, byRole, DATA, ROLE } from '../support/dom';
import { tokenChainNote } from '../support/token-chain';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+Server session), 3 Login Response
// (+Client cookie), 4 GET /profile (needs both), 5 Profile. By hand (as tests/player/fault-map.test.ts): a restart
// of Server after step 3 or 4 (after = 2, 3) breaks 2 steps, of Client after step 4 (after = 3) 2 steps; no
// other restart breaks anything. Losing step 1 breaks 5 steps, step 4 2 (the cookie never comes: GET /profile
// fails, Profile answers nothing), step 5 1 (Profile); losing step 6 (the last) breaks nothing.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';

// Where the worst moment is not the first: S gets a at step 1 (needed by step 4) and b at step 2 (needed by
// step 3). By hand: restarting S after step 1 loses a (step 4 fails: 1 step), after step 2 loses a and b
// (steps 3 and 4: 2 steps), after step 3 loses a (step 4: 1 step); before step 1 or after step 4, nothing.
// Losing step 1 (a never comes) breaks step 4; losing step 2 (b) breaks step 3. C holds nothing.
const WORST_LATER = `sequenceDiagram
    participant C
    participant S
    C->>S: one
    %% @state S += a
    C->>S: two
    %% @state S += b
    C->>S: three
    %% @needs S: b
    C->>S: four
    %% @needs S: a`;

/**
 * A phone's screen: 390 × 844 CSS pixels and touch. Not `isMobile`: the test page has no viewport meta tag, and
 * a mobile browser without one lays the page out 980 px wide (tests/player/narrow.test.ts serves a page with one).
 */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, deviceScaleFactor: 1 } as const;

let harness: Harness;
let phone: BrowserContext;
let page: Page;
let errors: string[];

const player = (n = 0): Locator => page.locator('.test-block').nth(n).locator('.protocol-player');
const list = (n = 0): Locator => player(n).locator(byRole(ROLE.faultMapList));

/** Mounts the sources, waits until the first player knows it is narrow, and opens its fault map by touch. */
async function mountAndOpen(sources: string[], options: Record<string, unknown> = {}): Promise<void> {
	await mountBlocks(page, sources, options);
	await player().and(page.locator(`[${DATA.narrow}="true"]`)).waitFor();
	await player().locator(byAction(ACTION.faultMap)).tap();
	await list().locator('.protocol-fault-map-group-name').first().waitFor();
}

/** The list as a reader sees it: each group's name, its entries' words and the line after them. */
function groups(n = 0): Promise<Array<{ name: string; entries: string[]; rest: string | null }>> {
	return list(n).locator('.protocol-fault-map-group').evaluateAll((all) => all.map((group) => ({
		name: group.querySelector('.protocol-fault-map-group-name')?.textContent ?? '',
		entries: Array.from(group.querySelectorAll('[data-fault-cell]'), (entry) => entry.textContent ?? ''),
		rest: group.querySelector('.protocol-fault-map-rest')?.textContent ?? null,
	})));
}

/** The participant and gap (or lost step) of the focused element: `Server@2`, `drop 3`. */
function focused(): Promise<string> {
	return page.evaluate(() => {
		const active = document.activeElement;
		const step = active?.getAttribute('data-drop-step');
		return step !== null && step !== undefined ? `drop ${step}` : `${active?.getAttribute('data-participant') ?? ''}@${active?.getAttribute('data-after') ?? ''}`;
	});
}

beforeAll(async () => {
	harness = await openHarness();
	phone = await harness.browser.newContext(PHONE);
	({ page, errors } = await openPage(harness, '/fault-map-list.html', { context: phone }));
});
afterAll(async () => {
	await phone.close();
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('the fault map on a phone (390 px, touch)', () => {
	it('is a list per participant of the moments that break something, in words, and not a grid', async () => {
		await mountAndOpen([STATEFUL]);
		const map = player().locator(byRole(ROLE.faultMap));
		await expect(map.locator('[role="grid"]').isVisible()).resolves.toBe(false);
		await expect(map.locator(byRole(ROLE.faultMapColumn)).isVisible()).resolves.toBe(false);
		await expect(list().isVisible()).resolves.toBe(true);
		expect(await groups()).toEqual([
			{ name: 'Client', entries: ['After step 4 (Server → Client: Login Response (Set-Cookie: sid)): breaks 2 steps'], rest: 'Restarting at any other moment breaks nothing' },
			{ name: 'Server', entries: ['After step 3 (Server → Server: Store session): breaks 2 steps', 'After step 4 (Server → Client: Login Response (Set-Cookie: sid)): breaks 2 steps'], rest: 'Restarting at any other moment breaks nothing' },
			{ name: 'Message lost', entries: ['Losing step 1 (Client → Server: Login Request (id, password)): breaks 5 steps', 'Losing step 4 (Server → Client: Login Response (Set-Cookie: sid)): breaks 2 steps', 'Losing step 5 (Client → Server: GET /profile (Cookie: sid)): breaks 1 step'], rest: 'Losing any other message breaks nothing' },
		]);
		// The page never scrolls sideways for it.
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
	});

	it('lists the worst moments first, equals in path order, and names in one line the participants no restart of which breaks anything', async () => {
		await mountAndOpen([WORST_LATER]);
		expect(await groups()).toEqual([
			{ name: 'S', entries: ['After step 2 (C → S: two): breaks 2 steps', 'After step 1 (C → S: one): breaks 1 step', 'After step 3 (C → S: three): breaks 1 step'], rest: 'Restarting at any other moment breaks nothing' },
			{ name: 'Message lost', entries: ['Losing step 1 (C → S: one): breaks 1 step', 'Losing step 2 (C → S: two): breaks 1 step'], rest: 'Losing any other message breaks nothing' },
		]);
		await expect(list().locator('.protocol-fault-map-rest.is-quiet').allTextContents()).resolves.toEqual(['Restarting C at any moment breaks nothing']);
	});

	it('makes every entry a target of at least 44 px inside the screen, named for screen readers', async () => {
		await mountAndOpen([STATEFUL]);
		const boxes = await list().locator('[data-fault-cell]').evaluateAll((entries) => entries.map((entry) => {
			const box = entry.getBoundingClientRect();
			return { left: box.left, right: box.right, height: box.height, tag: entry.tagName };
		}));
		expect(boxes).toHaveLength(6);
		for (const box of boxes) {
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(390);
			expect(box.tag).toBe('BUTTON');
		}
		// Each group is a list named for its participant; each entry's name starts with what it shows.
		await expect(list().locator('ul').evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-label')))).resolves.toEqual(['Client', 'Server', 'Message lost']);
		await expect(list().locator('[data-participant="Server"][data-after="2"]').getAttribute('aria-label'))
			.resolves.toBe('After step 3 (Server → Server: Store session): breaks 2 steps, restarting Server');
	});

	it('injects a restart on a tap and goes to the first step it breaks, as a click on its grid cell does', async () => {
		await mountAndOpen([STATEFUL]);
		const root = player();
		await list().locator('[data-participant="Server"][data-after="2"]').tap();
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		expect(await failedSteps(page, 0)).toEqual([4]);
		await expect(root.locator('.protocol-fault-restart').textContent()).resolves.toBe('Server restarted after step 3');
		// What it breaks, listed under the map as for a hovered or focused grid cell.
		await expect(root.locator('[data-role="fault-map-detail"] li').allTextContents()).resolves.toEqual([
			'Step 5: Server no longer holds session: restarted after step 3',
			'Step 6: no answer as written: step 5 failed',
		]);
		expect(errors).toEqual([]);
	});

	it('loses a message on a tap', async () => {
		await mountAndOpen([STATEFUL]);
		await list().locator('[data-drop-step="3"]').tap();
		// Losing the login response: GET /profile (position 4) fails for want of the cookie.
		await expect(player().getAttribute('data-step')).resolves.toBe('4');
		await expect(player().locator('.protocol-fault-drop').count()).resolves.toBe(1);
		expect(await failedSteps(page, 0)).toEqual([4]);
	});

	it('is walked with the keyboard: Tab reaches it, the arrows move between entries without stepping, Enter tries one', async () => {
		await mountAndOpen([STATEFUL]);
		const root = player();
		await root.locator(byAction(ACTION.faultMap)).focus();
		await page.keyboard.press('Tab');
		await expect(focused()).resolves.toBe('Client@3');
		await page.keyboard.press('ArrowDown');
		await expect(focused()).resolves.toBe('Server@2');
		await page.keyboard.press('ArrowDown');
		await expect(focused()).resolves.toBe('Server@3');
		await page.keyboard.press('End');
		await expect(focused()).resolves.toBe('drop 4');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Home');
		await expect(focused()).resolves.toBe('Client@3');
		// The keys moved focus, not the player.
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(root.getAttribute('data-step')).resolves.toBe('4');
		await expect(root.locator('.protocol-fault-restart').textContent()).resolves.toBe('Server restarted after step 3');
	});

	it('builds a page of entries per group on a long note, and "Show more" adds the next', async () => {
		// 300 messages × 5 participants: 1,505 moments, hundreds of which break something.
		await mountAndOpen([tokenChainNote(5, 300)]);
		await page.waitForFunction(() => document.querySelector('.test-block [data-role="fault-map"]')?.getAttribute('data-computing') === null);
		// By hand: the token goes round P0 → P1 → … → P4 → P0, and each participant sends every fifth of the 300
		// messages, 60 each, needing the token it was handed by the message just before. A restart breaks only
		// between those two (after position j − 1 for each of its sends j; before step 1 for P0): 60 moments per
		// participant. Losing a message breaks only in the first round, before its receiver ever held the token:
		// messages 1 to 4. Each group shows ten of its moments at most.
		const counts = await groups();
		expect(counts.map((g) => g.name)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'Message lost']);
		expect(counts.map((g) => g.entries.length)).toEqual([10, 10, 10, 10, 10, 4]);
		await expect(list().locator('[data-fault-cell]').count()).resolves.toBe(54);
		const group = list().locator('.protocol-fault-map-group[data-participant="P0"]');
		const breaking = 60;
		const more = group.locator(byAction(ACTION.faultMapMore));
		await expect(more.textContent()).resolves.toBe(`Show 10 more (${breaking - 10} not shown)`);
		await more.tap();
		await expect(group.locator('[data-fault-cell]').count()).resolves.toBe(20);
		await expect(more.textContent()).resolves.toBe(`Show 10 more (${breaking - 20} not shown)`);
		// Focus goes to the first entry added.
		await expect(page.evaluate(() => Array.from(document.querySelectorAll('[data-participant="P0"] [data-fault-cell]')).indexOf(document.activeElement as Element))).resolves.toBe(10);
		// Worst first down the whole group, not only within a page.
		const breaks = await group.locator('[data-fault-cell]').evaluateAll((entries) => entries.map((entry) => Number(entry.getAttribute('data-breaks'))));
		expect(breaks).toEqual([...breaks].sort((a, b) => b - a));
		expect(errors).toEqual([]);
	}, 120_000);

	it('speaks Korean on the Korean reference note', async () => {
		// The reference note's first diagram: no restart breaks anything (nothing needs what Server stores); losing
		// the login request leaves Verify, Store, the note and the response undone: 4 steps.
		const reference = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid')[0]?.source ?? '';
		await mountAndOpen([reference], { language: 'ko' });
		expect(await groups()).toEqual([
			{ name: '메시지 유실', entries: ['1단계(Client → Server: Login Request) 유실: 4개 단계가 깨짐'], rest: '다른 메시지가 유실되면 깨지는 단계 없음' },
		]);
		await expect(list().locator('.protocol-fault-map-rest.is-quiet').textContent()).resolves.toBe('Client, Server: 언제 재시작해도 깨지는 단계 없음');
		await expect(list().locator('.protocol-fault-map-list-hint').textContent()).resolves.toBe('항목을 누르면 그 장애를 넣고, 처음 깨지는 단계로 이동합니다.');
	});

	it('speaks Korean on the login with a session', async () => {
		await mountAndOpen([STATEFUL], { language: 'ko' });
		const server = (await groups()).find((g) => g.name === 'Server');
		expect(server?.entries).toEqual(['3단계(Server → Server: Store session) 뒤: 2개 단계가 깨짐', '4단계(Server → Client: Login Response (Set-Cookie: sid)) 뒤: 2개 단계가 깨짐']);
		expect(server?.rest).toBe('다른 때 재시작하면 깨지는 단계 없음');
		await expect(list().locator('[data-participant="Server"][data-after="2"]').getAttribute('aria-label')).resolves.toBe('3단계(Server → Server: Store session) 뒤: 2개 단계가 깨짐, Server 재시작');
	});
});

describe('the fault map by the player\'s own width', () => {
	let desktop: Page;
	let desktopErrors: string[];
	const block = (): Locator => desktop.locator('.test-block').first();
	const entries = (): Locator => block().locator(`${byRole(ROLE.faultMapList)} [data-fault-cell]`);
	const narrow = (): Promise<string | null> => block().locator('.protocol-player').getAttribute(DATA.narrow);

	beforeAll(async () => {
		({ page: desktop, errors: desktopErrors } = await openPage(harness, '/fault-map-width.html'));
		await desktop.setViewportSize({ width: 1280, height: 900 });
	});
	afterAll(async () => {
		await desktop.close();
	});

	it('keeps the grid at desktop width', async () => {
		await resetPage(desktop);
		await mountBlocks(desktop, [STATEFUL]);
		await block().locator(byAction(ACTION.faultMap)).click();
		await expect(block().locator('[role="grid"]').isVisible()).resolves.toBe(true);
		await expect(entries().count()).resolves.toBe(0);
		await expect(narrow()).resolves.toBeNull();
	});

	it('is a list in a narrow pane of a wide window, a grid again when the pane widens, and stops watching once unmounted', async () => {
		await resetPage(desktop);
		await mountBlocks(desktop, [STATEFUL]);
		const container = block();
		const setWidth = (px: number): Promise<void> => container.evaluate((element, px) => (element as HTMLElement).style.setProperty('width', `${px}px`), px);
		await setWidth(400);
		await desktop.waitForSelector(`.test-block .protocol-player[${DATA.narrow}="true"]`);
		await container.locator(byAction(ACTION.faultMap)).click();
		await expect(entries().count()).resolves.toBe(6);
		await expect(container.locator('[role="grid"]').isVisible()).resolves.toBe(false);
		await setWidth(900);
		await desktop.waitForSelector(`.test-block .protocol-player:not([${DATA.narrow}])`);
		await expect(container.locator('[role="grid"]').isVisible()).resolves.toBe(true);
		await expect(entries().count()).resolves.toBe(0);
		// Unmounted: the observer is gone, so narrowing the pane changes nothing any more.
		await desktop.evaluate(() => (window as unknown as { __unmount(i: number): number }).__unmount(0));
		await setWidth(300);
		await desktop.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))));
		await desktop.waitForTimeout(200);
		await expect(narrow()).resolves.toBeNull();
		expect(desktopErrors).toEqual([]);
	});
});
