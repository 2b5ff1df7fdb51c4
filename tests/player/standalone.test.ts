import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

const SEED = codeBlocks(readExampleNote('seed/상태유지 프로토콜 (Stateful).md'), 'mermaid').map((b) => b.source);
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
		await page.locator('.protocol-player').nth(1).locator('[data-action="next"]').click();
		await expect(page.locator('.protocol-player').nth(1).locator('[data-role="caption"]').textContent()).resolves.toBe('Server → Server: Verify Request');
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
});
