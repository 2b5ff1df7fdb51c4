import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSession, type PageWindow, type PluginSession } from './page/session';

/** A note of `count` protocol blocks, each of two messages ("Request k", "Response k"), between paragraphs. */
function longNote(count: number): string {
	const parts = ['# Long note'];
	for (let k = 1; k <= count; k++) parts.push(`Block ${k}.`, ['```protocol', `Client->>Server: Request ${k}`, `Server-->>Client: Response ${k}`, '```'].join('\n'));
	return parts.join('\n\n');
}

let session: PluginSession;
let page: Page;

beforeAll(async () => {
	session = await startSession();
	page = session.page;
});
afterAll(async () => {
	await session.harness.close();
});
beforeEach(async () => {
	await session.reload();
});

/**
 * Opens a note the way Obsidian shows it: inside its own scrolling view (`.markdown-preview-view`, the
 * height of the window) or inside a hidden container (`display: none`, as for an export). The note is moved
 * there in the same task that rendered it, before the page is laid out and any observer reports.
 */
function open(markdown: string, path: string, place: 'scrolling view' | 'hidden container'): Promise<void> {
	return page.evaluate(async ([m, p, where]) => {
		// What Obsidian's own stylesheet gives these: the window's height, scrolling; or not shown at all.
		const scrolling: Record<string, string> = { height: '100vh', 'overflow-y': 'auto' };
		const hidden: Record<string, string> = { display: 'none' };
		const fixedBody: Record<string, string> = { margin: '0', overflow: 'hidden' };
		const holder = createDiv({ cls: where === 'hidden container' ? 'print' : 'markdown-preview-view' });
		holder.setCssProps(where === 'hidden container' ? hidden : scrolling);
		document.body.setCssProps(fixedBody);
		document.body.append(holder);
		await (window as unknown as PageWindow).__obsidian.open(m, p, 'after-post-processors');
		holder.append(document.querySelector(`[data-note="${p}"]`) as Element);
	}, [markdown, path, place] as const);
}

/** Which blocks (1-based) of the note show a drawn player. */
function drawnBlocks(path: string): Promise<number[]> {
	return page.locator(`[data-note="${path}"] .protocol-block`).evaluateAll((blocks) =>
		blocks.flatMap((block, i) => (block.querySelector('.protocol-player-diagram > svg') !== null ? [i + 1] : [])));
}

/** Waits until block `k` (1-based) of the note shows a drawn player. */
function drawn(path: string, k: number): Promise<unknown> {
	return page.locator(`[data-note="${path}"] .protocol-block`).nth(k - 1).locator('.protocol-player-diagram > svg').waitFor();
}

describe('a long note', () => {
	it('draws the players near the view, the others as they are scrolled to, and every one before printing', async () => {
		await open(longNote(40), 'Long.md', 'scrolling view');
		await drawn('Long.md', 1);
		await drawn('Long.md', 2);
		const first = await drawnBlocks('Long.md');
		// Near the top of a 720 px window with a window's margin below: a handful of players, not forty.
		expect(first.slice(0, 2)).toEqual([1, 2]);
		expect(first.length).toBeLessThan(12);
		const last = page.locator('[data-note="Long.md"] .protocol-block').nth(39);
		await expect(last.locator('.protocol-placeholder').count()).resolves.toBe(1);
		const reserved = await last.evaluate((block) => block.getBoundingClientRect().height);

		// Straight to the end: the last player is drawn, the ones jumped over are still waiting.
		await page.locator('.markdown-preview-view').evaluate((view) => view.scrollTo({ top: view.scrollHeight }));
		await drawn('Long.md', 40);
		const afterScroll = await drawnBlocks('Long.md');
		expect(afterScroll).toContain(40);
		expect(afterScroll).not.toContain(20);
		// The placeholder held about the player's room: the drawn player is within a third of it.
		const height = await last.evaluate((block) => block.getBoundingClientRect().height);
		expect(Math.abs(height - reserved) / height).toBeLessThan(1 / 3);

		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.waitForFunction(() => document.querySelectorAll('[data-note="Long.md"] .protocol-player-diagram > svg').length === 40);
		await expect(page.locator('[data-note="Long.md"] .protocol-placeholder').count()).resolves.toBe(0);
		expect(session.errors).toEqual([]);
	});

	it('draws every player at once in a hidden container, as Obsidian\'s PDF export renders a note', async () => {
		await open(longNote(5), 'Export.md', 'hidden container');
		await page.waitForFunction(() => document.querySelectorAll('[data-note="Export.md"] .protocol-player-diagram > svg').length === 5);
		await expect(drawnBlocks('Export.md')).resolves.toEqual([1, 2, 3, 4, 5]);
		expect(session.errors).toEqual([]);
	});
});
