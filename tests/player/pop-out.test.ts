import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// The reference note's second diagram: 0 Login Request, 1 Verify Request, alt Server Error: 2 Login Failed,
// 3 Login Request; else Success: 4 Store, 5 Note, 6 Login Response. The first branch makes a path of 4
// steps (0, 1, 2, 3); the second one of 5 (0, 1, 4, 5, 6).
const SEED = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid').map((b) => b.source);

let harness: Harness;
let page: Page;
let errors: string[];
let frame: FrameLocator;

/**
 * An Obsidian pop-out window in miniature: the player's code lives in the parent page (its constructors
 * are the parent's `HTMLElement`, `HTMLSelectElement`, …) and mounts a player into the iframe's document,
 * where every element and event target belongs to the other window.
 */
beforeAll(async () => {
	harness = await openHarness();
	harness.server.set('/pop-out-frame.html', {
		body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/styles.css"></head><body></body></html>',
		type: 'text/html',
	});
	({ page, errors } = await openPage(harness, '/pop-out.html', { body: '<iframe src="/pop-out-frame.html" style="width: 900px; height: 800px"></iframe>' }));
	await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
	await page.evaluate(async (source) => {
		const other = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
		// A plain page, not Obsidian: no createDiv; an XHTML element is what createElement makes.
		const container = other.createElementNS('http://www.w3.org/1999/xhtml', 'div');
		container.className = 'test-block';
		other.body.append(container);
		const w = window as unknown as { mermaid: unknown; ProtocolPlayer: { mountPlayer(c: HTMLElement, o: object): Promise<unknown> }; __cleanups: Array<() => void> };
		w.__cleanups = [];
		await w.ProtocolPlayer.mountPlayer(container, {
			mermaid: w.mermaid, source, idPrefix: 'pop-out', language: 'en', dark: false, register: (cleanup: () => void) => w.__cleanups.push(cleanup),
		});
	}, SEED[1]);
	frame = page.frameLocator('iframe');
});
afterAll(async () => {
	await harness.close();
});

describe('a player in another window (Obsidian pop-out)', () => {
	it('is built from the other window\'s document, not the script\'s', async () => {
		const owners = await page.evaluate(() => {
			const other = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
			const root = other.querySelector('.protocol-player') as Element;
			return [root.ownerDocument === other, root.querySelector('svg')?.ownerDocument === other, Object.prototype.isPrototypeOf.call(HTMLElement.prototype, root)];
		});
		// The last one is why an `instanceof` check cannot be used: the root is not an HTMLElement of the parent window.
		expect(owners).toEqual([true, true, false]);
	});

	it('steps with its buttons there', async () => {
		const root = frame.locator('.protocol-player');
		// First goes back to Start (−1, "0 / 4"); three steps from there reach path position 2, step 3 of 4.
		await root.locator(byAction(ACTION.first)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 4');
		for (let i = 0; i < 3; i++) await root.locator(byAction(ACTION.next)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('2');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('3 / 4');
		await root.locator(byAction(ACTION.prev)).click();
		await expect(root.getAttribute('data-step')).resolves.toBe('1');
	});

	it('takes the branch chosen in its select, and the arrows on a focused select do not step', async () => {
		const root = frame.locator('.protocol-player');
		await root.locator(byAction(ACTION.first)).click();
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
		const select = root.locator('.protocol-branch-select[data-block="0"]');
		await select.selectOption('1');
		await expect(root.getAttribute('data-steps')).resolves.toBe('5');
		// The on-diagram choice follows the panel's.
		await expect(root.locator('.protocol-branch-overlay-select[data-block="0"]').inputValue()).resolves.toBe('1');
		// Still at Start (−1): ArrowRight would step to 0 if the select let it through.
		await select.focus();
		await page.keyboard.press('ArrowRight');
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await select.selectOption('0');
		await expect(root.getAttribute('data-steps')).resolves.toBe('4');
	});

	it('steps with the keys there, and Space on a focused button presses only that button', async () => {
		const root = frame.locator('.protocol-player');
		await root.locator(byAction(ACTION.first)).click();
		await root.focus();
		// From Start, ArrowRight reaches position 0 and End the last of the 4 steps (3); Home goes back to Start.
		await page.keyboard.press('ArrowRight');
		await expect(root.getAttribute('data-step')).resolves.toBe('0');
		await page.keyboard.press('End');
		await expect(root.getAttribute('data-step')).resolves.toBe('3');
		await page.keyboard.press('Home');
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		await expect(root.locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 4');

		await root.locator(byAction(ACTION.next)).focus();
		await page.keyboard.press('Space');
		await expect(root.getAttribute('data-step')).resolves.toBe('0');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-pressed')).resolves.toBe('false');

		await root.focus();
		await page.keyboard.press('Space');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-pressed')).resolves.toBe('true');
		await page.keyboard.press('Space');
		await expect(root.locator(byAction(ACTION.play)).getAttribute('aria-pressed')).resolves.toBe('false');
		expect(errors).toEqual([]);
	});

});
