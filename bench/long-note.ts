import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from '../scripts/find-chromium.mjs';
import { chromium, type Page } from 'playwright-core';
import { buildPluginPage } from '../tests/integration/page/build';
import type { BenchRow } from './types';

/** The same Chromium flags as the browser tests. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Pairs measured (after one warm-up pair): a one-block note, then the 40-block note, back to back. */
const PAIRS = 15;
const BLOCKS = 40;

/** A note of `count` protocol blocks, the first one being Stateful login's first block, the others two-message flows. */
function note(first: string, count: number): string {
	const parts = ['# Long note', '```protocol\n' + first.trimEnd() + '\n```'];
	for (let k = 2; k <= count; k++) parts.push(`Block ${k}.`, ['```protocol', `Client->>Server: Request ${k}`, `Server-->>Client: Response ${k}`, '```'].join('\n'));
	return parts.join('\n\n');
}

/** What the bench calls in the page (set up by `preparePage`). */
interface LongNoteBench {
	firstPlayer(markdown: string, path: string): Promise<number>;
}

/**
 * In the page: opens a note in reading view (the plugin's real wiring over the Obsidian fake, in a window-high
 * scrolling view as in Obsidian) and returns the ms from the start until the first frame painted after the
 * first player's drawing is in; then waits until every render started has finished (the players near the
 * view that draw after the first), closes the note, and removes it, so the next measurement starts clean.
 */
function installBench(): void {
	type Win = Window & { mermaid: { render: (...args: unknown[]) => Promise<unknown> }; __obsidian: { open(m: string, p: string, t: string): Promise<void>; close(p: string): void; load(): Promise<void> } };
	const win = window as unknown as Win;
	let rendering = 0;
	const render = win.mermaid.render.bind(win.mermaid);
	win.mermaid.render = (...args: unknown[]) => {
		rendering += 1;
		return render(...args).finally(() => {
			rendering -= 1;
		});
	};
	// Resolves after the next frame's style, layout and paint (a message posted from its animation-frame callback).
	const frame = (): Promise<void> => new Promise((resolve) => {
		window.requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(undefined);
		});
	});
	const bench: LongNoteBench = {
		async firstPlayer(markdown, path) {
			const view = createDiv({ cls: 'markdown-preview-view' });
			document.body.append(view);
			const start = performance.now();
			const shown = new Promise<number>((resolve) => {
				const observer = new MutationObserver(() => {
					if (view.querySelector('.protocol-player-diagram > svg') === null) return;
					observer.disconnect();
					void frame().then(() => resolve(performance.now()));
				});
				observer.observe(view, { childList: true, subtree: true });
			});
			await win.__obsidian.open(markdown, path, 'after-post-processors');
			view.append(document.querySelector(`[data-note="${path}"]`) as Element);
			const end = await shown;
			// Let the other players near the view finish, so their drawing is not counted in the next run.
			for (let idle = 0; idle < 3; ) {
				await frame();
				idle = rendering === 0 ? idle + 1 : 0;
			}
			win.__obsidian.close(path);
			view.remove();
			return end - start;
		},
	};
	Object.assign(window, { longNoteBench: bench });
}

async function preparePage(page: Page, root: string): Promise<void> {
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
	await page.addStyleTag({ content: readFileSync(join(root, 'styles.css'), 'utf8') });
	await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
	await page.addScriptTag({ content: await buildPluginPage(root) });
	await page.evaluate(installBench);
	await page.evaluate(() => (window as unknown as { __obsidian: { load(): Promise<void> } }).__obsidian.load());
	// As in Obsidian: the window does not scroll, the note's view does.
	await page.addStyleTag({ content: 'body { margin: 0; overflow: hidden; } .markdown-preview-view { height: 100vh; overflow-y: auto; }' });
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * Long notes (issue 10): the time until the first player of a 40-block note is drawn and painted, against
 * the same for a note holding only that block — both through the plugin's real reading-view wiring, in one
 * Chromium. Measured in back-to-back pairs (one-block note, then the long one); the row is the median of the
 * per-pair ratios, which the shared machine's drift does not move.
 */
export async function run(root = process.cwd()): Promise<BenchRow[]> {
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await preparePage(page, root);
		const login = /^```protocol[^\n]*\n([\s\S]*?)^```\s*$/m.exec(readFileSync(join(root, 'example-vault/Stateful login.md'), 'utf8'))?.[1];
		if (login === undefined) throw new Error('no protocol block in Stateful login.md');
		const one = note(login, 1);
		const long = note(login, BLOCKS);
		const first = (markdown: string, path: string): Promise<number> =>
			page.evaluate(([m, p]) => (window as unknown as { longNoteBench: LongNoteBench }).longNoteBench.firstPlayer(m, p), [markdown, path] as const);
		const singles: number[] = [];
		const longs: number[] = [];
		const ratios: number[] = [];
		for (let i = -1; i < PAIRS; i++) {
			const single = await first(one, `one-${i}.md`);
			const many = await first(long, `long-${i}.md`);
			if (i < 0) continue;
			singles.push(single);
			longs.push(many);
			ratios.push(many / single);
		}
		const ratio = median(ratios);
		return [
			{ what: `long note: first player of ${BLOCKS} blocks, median of ${PAIRS} (one-block note ${median(singles).toFixed(0)} ms)`, measured: median(longs), unit: 'ms', target: `≤ 1.3 × one block (${(median(singles) * 1.3).toFixed(0)} ms)`, met: median(longs) <= median(singles) * 1.3 },
			{ what: `long note: first player, ${BLOCKS} blocks ÷ one block in each pair (median)`, measured: ratio, unit: '×', target: '≤ 1.30×', met: ratio <= 1.3 },
		];
	} finally {
		await browser.close();
	}
}
