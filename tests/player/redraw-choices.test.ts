import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { failedSteps, mountBlocks } from '../browser/queries';
import { byRole, ROLE } from '../support/dom';

/** 0 Login, 1 OK, then an alt: 2 GET (needs Server session) or 3 GET other; 4 bye. */
const SOURCE = [
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    Client->>Server: Login',
	'    %% @state Server += session',
	'    Server-->>Client: OK',
	'    alt cached',
	'        Client->>Server: GET',
	'        %% @needs Server: session',
	'    else fresh',
	'        Client->>Server: GET other',
	'    end',
	'    Client->>Server: bye',
].join('\n');

let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/redraw-choices.html'));
});
afterAll(async () => {
	await harness.close();
});

describe('a redrawn block (the protocol preview after a keystroke)', () => {
	it('opens at the step with the reader\'s injected restart still breaking what it broke, and hands its choices on', async () => {
		await mountBlocks(page, [SOURCE.replace('bye', 'bye!')], {
			initialState: { position: 2, started: true, branches: {}, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [] },
		});
		const root = page.locator('.test-block').first().locator('.protocol-player');
		await expect(root.getAttribute('data-step')).resolves.toBe('2');
		// The restart after Login took the session: the GET at position 2 failed, and the fault list names the restart.
		expect(await failedSteps(page, 0)).toEqual([2]);
		await expect(root.locator(byRole(ROLE.faults)).textContent()).resolves.toContain('Server');
		const handed = await page.evaluate(() => (window as unknown as { __players: { handle: { readerState(): unknown } }[] }).__players[0]?.handle.readerState());
		expect(handed).toEqual({ position: 2, started: true, branches: {}, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [] });
		expect(errors).toEqual([]);
	});

	it('keeps the chosen branch, so the path it gives is the one stepped', async () => {
		await page.evaluate(() => (window as unknown as { __reset(): void }).__reset());
		await mountBlocks(page, [SOURCE], { initialState: { position: 2, started: true, branches: { 0: 1 }, restarts: [], drops: [] } });
		const root = page.locator('.test-block').first().locator('.protocol-player');
		// The else branch: path 0, 1, 3, 4; position 2 is GET other, and GET is off the path.
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toContain('GET other');
		await expect(root.locator('svg .messageText[data-step-index="2"]').evaluate((e) => e.classList.contains('is-off-path'))).resolves.toBe(true);
	});
});
