import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSession, type PageWindow, type PluginSession } from './page/session';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

const NOTE = [
	'# Login', // 0
	'', // 1
	'```protocol', // 2
	'sequenceDiagram', // 3
	'    participant Client', // 4
	'    participant Server', // 5
	'    Client->>Server: Login', // 6
	'    %% @state Server += session', // 7
	'    Server-->>Client: OK', // 8
	'    Client->>Server: GET /profile', // 9
	'    %% @needs Sever: session', // 10: a typo in a participant
	'```', // 11
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

describe('the protocol preview with the real player and Mermaid', () => {
	it('plays the block under the cursor, lists its warning once, and keeps the step across an edit', async () => {
		const { page } = session;
		await page.evaluate((note) => {
			const { __obsidian } = window as unknown as PageWindow;
			__obsidian.openEditor(note, 'Login.md', 6);
			__obsidian.openPreview();
		}, NOTE);
		const preview = page.locator('.protocol-preview');
		const player = preview.locator('.protocol-player');
		await player.locator('.protocol-player-diagram > svg').waitFor();
		await expect(player.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 3');
		// The warning is listed once, by the preview (note line 11), and the player's own list is hidden.
		await expect(preview.locator('.protocol-preview-problem').allTextContents()).resolves.toEqual([expect.stringMatching(/^Line 11unknown participant `Sever`/)]);
		await expect(player.locator(byRole(ROLE.warnings)).isVisible()).resolves.toBe(false);

		await player.locator(byAction(ACTION.next)).click();
		await player.locator(byAction(ACTION.next)).click();
		await page.evaluate(() => (window as unknown as PageWindow).__obsidian.type(8, ' (Set-Cookie)'));
		// The redraw (after 300 ms of quiet) shows the new label at the same step.
		await page.locator('.protocol-preview .protocol-player svg text', { hasText: 'OK (Set-Cookie)' }).waitFor();
		await expect(preview.locator('.protocol-player').count()).resolves.toBe(1);
		await expect(preview.locator('.protocol-player').getAttribute('data-step')).resolves.toBe('1');

		await preview.locator('.protocol-preview-problem').click();
		await expect(page.evaluate(() => (window as unknown as PageWindow).__obsidian.cursorLine())).resolves.toBe(10);
		expect(session.errors).toEqual([]);
	});
});
