import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readExampleNote } from '../support/note-blocks';
import { startSession, type PageWindow, type PluginSession } from './page/session';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// The reference note, unchanged (the example vault holds it byte for byte as the founders wrote it).
const SEED_PATH = 'seed/Reference copy (unchanged) - 상태유지 프로토콜.md';
const SEED = readExampleNote(SEED_PATH);
// Its first diagram: 0 Login Request, 1 Verify Request, 2 Store Client Information, 3 Note (six lines), 4 Login Response.
// Its second: 0 Login Request, 1 Verify Request, alt Server Error: 2 Login Failed, 3 Login Request;
// else Success: 4 Store, 5 Note, 6 Login Response. The first branch is taken: a path of 4, steps 4–6 off it.
const STATEFUL_LOGIN = readExampleNote('Stateful login.md');
// Its first block: 0 Login Request, 1 Verify Request, 2 Store session (+session), 3 Login Response (+cookie),
// 4 GET /profile (needs Server: session), 5 Profile.

/** A block that does not parse (line 3 has no colon and no text) beside one that does (two messages). */
const BROKEN_BESIDE_GOOD = [
	'# Broken beside good',
	'',
	'```protocol',
	'sequenceDiagram',
	'    Client->>Server: Hello',
	'    Client->>Server',
	'```',
	'',
	'```protocol',
	'sequenceDiagram',
	'    Client->>Server: Hello',
	'    Server-->>Client: Hi',
	'```',
].join('\n');

let session: PluginSession;

beforeAll(async () => {
	session = await startSession();
});
afterAll(async () => {
	await session.harness.close();
});
beforeEach(async () => {
	await session.reload();
});

const players = (note: Locator): Locator => note.locator('.protocol-player');

/** Step indices (as written) whose SVG elements carry `cls` in this player. */
function stepsWith(player: Locator, cls: string): Promise<number[]> {
	return player.evaluate((root, c) => {
		const found = new Set<number>();
		for (const element of Array.from(root.querySelectorAll(`svg [data-step-index].${c}`))) found.add(Number(element.getAttribute('data-step-index')));
		return [...found].sort((a, b) => a - b);
	}, cls);
}

/** The item keys of a participant's state card, in order. */
function cardKeys(player: Locator, participant: string): Promise<string[]> {
	return player.locator(`[data-role="state"] [data-participant="${participant}"] [data-item]`).evaluateAll((items) => items.map((i) => i.getAttribute('data-item') ?? ''));
}

/** The computed fill of the first actor box in the player's SVG. */
function actorFill(player: Locator): Promise<string> {
	return player.locator('svg rect.actor').first().evaluate((rect) => getComputedStyle(rect).fill);
}

async function next(player: Locator, times: number): Promise<void> {
	for (let i = 0; i < times; i++) await player.locator(byAction(ACTION.next)).click();
}

describe('the plugin in reading view, with the real player and Mermaid 12', () => {
	it('gives the reference note two players drawn by Mermaid and hides Obsidian\'s own drawing', async () => {
		const note = await session.open(SEED, SEED_PATH, { players: 2, failures: 0 });
		await expect(players(note).evaluateAll((roots) => roots.map((r) => r.getAttribute('data-steps')))).resolves.toEqual(['5', '4']);
		// Mermaid's own sequence diagram SVG, mapped onto the steps as written.
		const [first, second] = [players(note).nth(0), players(note).nth(1)];
		await expect(first.locator('svg[aria-roledescription="sequence"]').count()).resolves.toBe(1);
		// Drawn as Mermaid draws it until the reader steps; then the second branch is dimmed, off the path.
		await expect(stepsWith(second, 'is-off-path')).resolves.toEqual([]);
		await next(second, 1);
		await expect(stepsWith(second, 'is-off-path')).resolves.toEqual([4, 5, 6]);

		// Obsidian's drawing arrived after the post-processors ran, and is hidden; the player shows instead.
		const natives = note.locator('div.mermaid');
		await expect(natives.count()).resolves.toBe(2);
		await expect(natives.evaluateAll((els) => els.map((e) => [e.querySelector('svg[id^="mermaid-"]') !== null, getComputedStyle(e).display]))).resolves
			.toEqual([[true, 'none'], [true, 'none']]);
		await expect(note.locator('.protocol-mermaid-player').evaluateAll((els) => els.map((e) => getComputedStyle(e).display))).resolves
			.toEqual(['block', 'block']);

		// From Start, four steps forward.
		await next(first, 4);
		await expect(first.getAttribute('data-step')).resolves.toBe('3');
		await expect(first.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('4 / 5');
		await expect(stepsWith(first, 'is-current')).resolves.toEqual([3]);
		await expect(cardKeys(first, 'Server')).resolves.toEqual(['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token']);
		expect(session.errors).toEqual([]);
	});

	it('draws a protocol block through the registered processor, where a restart fails the profile request', async () => {
		const note = await session.open(STATEFUL_LOGIN, 'Stateful login.md', { players: 2, failures: 0 });
		const login = players(note).nth(0);
		await expect(login.getAttribute('data-steps')).resolves.toBe('6');
		await expect(note.locator('.block-language-protocol > .protocol-block > .protocol-player').count()).resolves.toBe(2);
		await next(login, 4);
		await expect(login.locator(byRole(ROLE.caption)).textContent()).resolves.toContain('Login Response');
		await expect(stepsWith(login, 'is-failed')).resolves.toEqual([]);

		await login.locator('[data-role="state"] [data-action="restart"][data-participant="Server"]').click();
		// Marked ahead as "will fail"; red once reached.
		await expect(stepsWith(login, 'is-will-fail')).resolves.toEqual([4, 5]);
		await next(login, 1);
		await expect(stepsWith(login, 'is-failed')).resolves.toEqual([4]);
		await expect(login.locator(byRole(ROLE.caption)).getAttribute('class')).resolves.toContain('is-failed');
		expect(session.errors).toEqual([]);
	});

	it('redraws with the dark theme at the same step when the theme changes', async () => {
		const note = await session.open(SEED, SEED_PATH, { players: 2, failures: 0 });
		const first = players(note).nth(0);
		await next(first, 4);
		// Mermaid's default theme fills actors with #ECECFF.
		await expect(actorFill(first)).resolves.toBe('rgb(236, 236, 255)');
		await first.locator('svg').first().evaluate((svg) => svg.setAttribute('data-old-drawing', ''));

		await session.page.evaluate(() => (window as unknown as PageWindow).__obsidian.setTheme(true));
		await first.locator('.protocol-player-diagram > svg:not([data-old-drawing])').waitFor();
		await expect(note.locator('svg[data-old-drawing]').count()).resolves.toBe(0);
		await expect(players(note).count()).resolves.toBe(2);
		// Mermaid's dark theme fills actors with its main background, #1f2020.
		await expect(actorFill(first)).resolves.toBe('rgb(31, 32, 32)');
		await expect(first.getAttribute('data-step')).resolves.toBe('3');
		await expect(stepsWith(first, 'is-current')).resolves.toEqual([3]);
		await expect(cardKeys(first, 'Server')).resolves.toHaveLength(6);
		expect(session.errors).toEqual([]);
	});

	it('shows a broken block\'s line and still plays the good block beside it', async () => {
		const note = await session.open(BROKEN_BESIDE_GOOD, 'Broken.md', { players: 1, failures: 1 });
		const error = note.locator('.protocol-error');
		await expect(error.locator('[data-line]').first().getAttribute('data-line')).resolves.toBe('3');
		await expect(error.locator(byRole(ROLE.errorText)).first().textContent()).resolves.toBe('Client->>Server');
		const good = players(note).nth(0);
		await expect(good.getAttribute('data-steps')).resolves.toBe('2');
		await next(good, 2);
		await expect(good.getAttribute('data-step')).resolves.toBe('1');
		await expect(stepsWith(good, 'is-current')).resolves.toEqual([1]);
		expect(session.errors).toEqual([]);
	});

	it('leaves no listener, timer or observer running and no player reacting to keys once the notes are closed', async () => {
		const notes = await openTwoNotesWithOnePlaying();
		await session.page.evaluate((paths) => {
			for (const path of paths) (window as unknown as PageWindow).__obsidian.close(path);
		}, [SEED_PATH, 'Stateful login.md']);
		await expectNothingRunning(notes);
	});

	it('leaves no listener, timer or observer running and no player reacting to keys once the plugin is unloaded', async () => {
		// Obsidian does not unload a note's render children when a plugin is disabled: the plugin must stop its own.
		const notes = await openTwoNotesWithOnePlaying();
		await session.page.evaluate(() => (window as unknown as PageWindow).__obsidian.unload());
		await expectNothingRunning(notes);
	});
});

const cssChangeListeners = (): Promise<number> => session.page.evaluate(() => (window as unknown as PageWindow).__obsidian.cssChangeListeners());

/** Opens the reference note and Stateful login (four players), starts autoplay in one, and checks what runs. */
async function openTwoNotesWithOnePlaying(): Promise<Locator[]> {
	const seed = await session.open(SEED, SEED_PATH, { players: 2, failures: 0 });
	const login = await session.open(STATEFUL_LOGIN, 'Stateful login.md', { players: 2, failures: 0 });
	await players(login).nth(0).locator(byAction(ACTION.play)).click();
	// Each of the four players listens for click, change, keydown, and mouseover and focusin (the fault map's
	// details) on its root and for clicks on its Export menu button, follows its own data-step with an
	// observer and watches its own width with a ResizeObserver (the fault map's list below 480 px); autoplay
	// waits on one timer; the mermaid blocks' watch for Obsidian's drawing ended when that drawing arrived;
	// each block redraws on css-change.
	expect(await session.live()).toMatchObject({ listeners: 24, timeouts: 1, intervals: 0, frames: 0, observers: 8 });
	await expect(cssChangeListeners()).resolves.toBe(4);
	return [seed, login];
}

/** Nothing the blocks started still runs, and no player steps on keys or clicks. */
async function expectNothingRunning(notes: Locator[]): Promise<void> {
	expect((await session.live()).details).toEqual([]);
	await expect(cssChangeListeners()).resolves.toBe(0);
	for (const note of notes) {
		for (const player of await players(note).all()) {
			const step = await player.getAttribute('data-step');
			await player.focus();
			await player.press('ArrowRight');
			await player.press('End');
			await player.locator(byAction(ACTION.next)).click();
			await expect(player.getAttribute('data-step')).resolves.toBe(step);
		}
	}
	expect(session.errors).toEqual([]);
}
