import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

const SEED = codeBlocks(readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md'), 'mermaid').map((b) => b.source);
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
const HTTP = codeBlocks(readExampleNote('HTTP.md'), 'protocol').map((b) => b.source);

const code = (language: string, source: string): string => `<pre><code class="language-${language}">${escapeHtml(source)}</code></pre>`;
/** A page like a static site's: a protocol block, a Mermaid sequence diagram and a Mermaid flowchart. */
const BODY = `<h1>Notes</h1>${code('protocol', STATEFUL[0])}<p>text</p>${code('mermaid', SEED[0])}${code('mermaid', 'flowchart LR\n  A --> B')}`;

let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
});
afterAll(async () => {
	await harness.close();
});

describe('standalone script', () => {
	it('turns protocol blocks and Mermaid sequence diagrams into players when the page loads', async () => {
		const { page, errors } = await openPage(harness, '/site.html', { body: BODY });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 2);
		await expect(page.locator('.protocol-player').nth(0).getAttribute('data-steps')).resolves.toBe('6');
		await expect(page.locator('.protocol-player').nth(1).getAttribute('data-steps')).resolves.toBe('5');
		await expect(page.locator('pre:visible').count()).resolves.toBe(1);
		await expect(page.locator('pre:visible code').getAttribute('class')).resolves.toBe('language-mermaid');
		await page.locator('.protocol-player').nth(1).locator(byAction(ACTION.next)).click();
		await expect(page.locator('.protocol-player').nth(1).locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Client → Server: Login Request');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('leaves Mermaid blocks alone when the page turns that off, and speaks the page language', async () => {
		const { page } = await openPage(harness, '/site-ko.html', { body: BODY, lang: 'ko-KR', htmlAttributes: 'data-protocol-mermaid="off"' });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 1);
		await expect(page.locator('pre:visible').count()).resolves.toBe(2);
		await expect(page.locator('.protocol-player [data-action="play"]').getAttribute('aria-label')).resolves.toBe('재생');
		await page.close();
	});

	it('draws light on a page set to light, even when the system prefers dark', async () => {
		const { page } = await openPage(harness, '/themes.html');
		await page.emulateMedia({ colorScheme: 'dark' });
		/** Adds a protocol block under a body of the given class, upgrades it, and says which theme Mermaid drew it in. */
		const drawnTheme = (bodyClass: string) => page.evaluate(async ([bodyClass, source]) => {
			document.body.className = bodyClass;
			// A plain page, not Obsidian: no createEl; an XHTML element is what createElement makes.
			const html = (tag: string) => document.createElementNS('http://www.w3.org/1999/xhtml', tag);
			const section = html('section');
			const pre = html('pre');
			const code = html('code');
			code.className = 'language-protocol';
			code.textContent = source;
			pre.append(code);
			section.append(pre);
			document.body.append(section);
			const w = window as unknown as { ProtocolPlayer: { upgrade(root?: ParentNode): Promise<Array<{ root: HTMLElement }>> } };
			const [handle] = await w.ProtocolPlayer.upgrade(section);
			const fill = getComputedStyle(handle?.root.querySelector('svg rect.actor') as Element).fill;
			// Mermaid's actor fill: #ECECFF in its default theme, #1f2020 in its dark theme.
			return fill === 'rgb(236, 236, 255)' ? 'light' : fill === 'rgb(31, 32, 32)' ? 'dark' : fill;
		}, [bodyClass, HTTP[0]] as const);
		expect(await drawnTheme('theme-light')).toBe('light');
		expect(await drawnTheme('')).toBe('dark');
		expect(await drawnTheme('theme-dark')).toBe('dark');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await drawnTheme('theme-dark')).toBe('dark');
		expect(await drawnTheme('')).toBe('light');
		await page.close();
	});

	it('spaces the blocks it wraps players in, and the player inside adds no margin of its own', async () => {
		const { page } = await openPage(harness, '/spacing.html', { body: BODY });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 2);
		const margins = await page.locator('.protocol-block').first().evaluate((block) => {
			const player = block.querySelector('.protocol-player') as Element;
			return { block: [getComputedStyle(block).marginTop, getComputedStyle(block).marginBottom], player: [getComputedStyle(player).marginTop, getComputedStyle(player).marginBottom] };
		});
		// No Obsidian variables on this page: the fallback paragraph spacing, 1rem = 16px.
		expect(margins).toEqual({ block: ['16px', '16px'], player: ['0px', '0px'] });
		await page.close();
	});

	it('opens the fault map on a plain page, and reveals scripted outcomes ahead when the page asks for it', async () => {
		// Stateful login's second block scripts a crash: GET /profile (step 4) fails; its written reply, "401 Please log
		// in again" (step 5), stands as written (issue 17: no consequences without an injected fault).
		const body = code('protocol', STATEFUL[0]) + code('protocol', STATEFUL[1]);
		const { page, errors } = await openPage(harness, '/site-ahead.html', { body, htmlAttributes: 'data-protocol-outcomes="ahead"' });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 2);
		const [login, crash] = [page.locator('.protocol-player').nth(0), page.locator('.protocol-player').nth(1)];
		await crash.locator(byAction(ACTION.next)).click();
		const willFail = await crash.locator('svg [data-step-index].is-will-fail').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-step-index')))]);
		expect(willFail).toEqual(['4']);
		await login.locator(byAction(ACTION.faultMap)).click();
		await expect(login.locator('[data-role="fault-map"] [data-participant="Server"][data-after="2"]').getAttribute('data-breaks')).resolves.toBe('2');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('upgrades blocks added later on demand and unmounts them again', async () => {
		// A template's content is inert: the script does not see it until the test adds it to the page.
		const later = `<template id="later"><section>${code('protocol', HTTP[0])}</section></template>`;
		const { page } = await openPage(harness, '/later.html', { body: BODY + later });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 2);
		const added = await page.evaluate(async () => {
			document.body.append((document.getElementById('later') as HTMLTemplateElement).content.cloneNode(true));
			const w = window as unknown as { ProtocolPlayer: { upgrade(root?: ParentNode): Promise<Array<{ root: HTMLElement }>> } };
			const handles = await w.ProtocolPlayer.upgrade(document.body);
			return handles.map((h) => h.root.getAttribute('data-steps'));
		});
		expect(added).toEqual(['4']);
		await expect(page.locator('.protocol-player').count()).resolves.toBe(3);
		const removed = await page.evaluate(() => (window as unknown as { ProtocolPlayer: { destroy(root?: ParentNode): number } }).ProtocolPlayer.destroy(document.querySelector('section') as Element));
		expect(removed).toBe(1);
		await expect(page.locator('.protocol-player').count()).resolves.toBe(2);
		await expect(page.locator('section pre').isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('stops upgrades still drawing when destroyed at once: nothing appears afterwards and no listener stays', async () => {
		const later = `<template id="later"><section>${code('protocol', HTTP[0])}${code('protocol', STATEFUL[0])}</section></template>`;
		const { page, errors } = await openPage(harness, '/destroy-pending.html', { body: BODY + later });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length === 2);
		const outcome = await page.evaluate(async () => {
			document.body.append((document.getElementById('later') as HTMLTemplateElement).content.cloneNode(true));
			const w = window as unknown as {
				ProtocolPlayer: { upgrade(root?: ParentNode): Promise<unknown[]>; destroy(root?: ParentNode): number };
				__listenersWithin(root: Node): number;
			};
			const section = document.querySelector('section') as Element;
			const pending = w.ProtocolPlayer.upgrade(section);
			const holders = Array.from(section.querySelectorAll('.protocol-block'));
			const removed = w.ProtocolPlayer.destroy(section);
			const handles = await pending;
			return {
				removed,
				handles: handles.length,
				playersInSection: section.querySelectorAll('.protocol-player').length,
				holdersInPage: holders.filter((h) => h.isConnected).length,
				listeners: holders.reduce((n, h) => n + w.__listenersWithin(h), 0),
				codeShown: section.querySelectorAll('pre:not([hidden])').length,
			};
		});
		expect(outcome).toEqual({ removed: 2, handles: 0, playersInSection: 0, holdersInPage: 0, listeners: 0, codeShown: 2 });
		// The page's own players are untouched, and upgrading again works.
		await expect(page.locator('.protocol-player').count()).resolves.toBe(2);
		const again = await page.evaluate(async () => (await (window as unknown as { ProtocolPlayer: { upgrade(root?: ParentNode): Promise<unknown[]> } }).ProtocolPlayer.upgrade(document.querySelector('section') as Element)).length);
		expect(again).toBe(2);
		await expect(page.locator('.protocol-player').count()).resolves.toBe(4);
		expect(errors).toEqual([]);
		await page.close();
	});
});
