import type { Locator, Page } from 'playwright-core';
import { openHarness, type Harness } from '../../browser/harness';
import type { NativeMermaidTiming } from '../../obsidian/support/reading-view';
import { buildPluginPage } from './build';
import type { ObsidianPage } from './entry';
import { installProbes, type LiveCounts, type Probes } from './probes';

/** The page's globals: the plugin page API and the probes. */
export type PageWindow = Window & { __obsidian: ObsidianPage; __probes: Probes };

/** A Chromium tab with the plugin bundle, the real Mermaid 12 and the real styles.css. */
export interface PluginSession {
	harness: Harness;
	page: Page;
	/** Uncaught errors and console errors in the page since the last `reload`. */
	errors: string[];
	/** Opens the page afresh (probes first), marks the probes, and loads the plugin. */
	reload(): Promise<void>;
	/** Renders a note in reading view and waits until it shows `players` drawn players and `failures` error messages. */
	open(markdown: string, path: string, expected: { players: number; failures: number }, timing?: NativeMermaidTiming): Promise<Locator>;
	/** What was started since the plugin was loaded and still runs. */
	live(): Promise<LiveCounts>;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/styles.css"></head>
<body><script src="/mermaid12.js"></script><script src="/plugin-page.js"></script></body></html>`;

/** Starts Chromium and the static server, bundles the plugin page, and opens one tab on it. */
export async function startSession(): Promise<PluginSession> {
	const [harness, bundle] = await Promise.all([openHarness(), buildPluginPage()]);
	harness.server.set('/plugin-page.js', { body: bundle, type: 'text/javascript' });
	harness.server.set('/obsidian.html', { body: PAGE, type: 'text/html' });
	// Chromium asks for it; a 404 would be a console error.
	harness.server.set('/favicon.ico', { body: '', type: 'image/x-icon' });
	const page = await harness.browser.newPage();
	await page.addInitScript(installProbes);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	let mark = 0;
	return {
		harness,
		page,
		errors,
		async reload() {
			errors.length = 0;
			await page.goto(`${harness.server.origin}/obsidian.html`);
			mark = await page.evaluate(() => (window as unknown as PageWindow).__probes.mark());
			await page.evaluate(() => (window as unknown as PageWindow).__obsidian.load());
		},
		async open(markdown, path, expected, timing = 'after-post-processors') {
			await page.evaluate(([m, p, t]) => (window as unknown as PageWindow).__obsidian.open(m, p, t), [markdown, path, timing] as const);
			const note = page.locator(`[data-note="${path}"]`);
			// Drawing is asynchronous (Mermaid loads, renders in a queue): wait for it, and say what was there if it never came.
			const found = await note.evaluate((el, want) => new Promise<{ players: number; failures: number }>((resolve) => {
				const counts = () => ({
					players: el.querySelectorAll('.protocol-player .protocol-player-diagram > svg').length,
					failures: el.querySelectorAll('.protocol-error').length,
				});
				const done = (): boolean => counts().players === want.players && counts().failures === want.failures;
				if (done()) return resolve(counts());
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					window.clearTimeout(timer);
					resolve(counts());
				});
				const timer = window.setTimeout(() => {
					observer.disconnect();
					resolve(counts());
				}, 20_000);
				observer.observe(el, { childList: true, subtree: true, attributes: true });
			}), expected);
			if (found.players !== expected.players || found.failures !== expected.failures) {
				throw new Error(`${path}: expected ${expected.players} drawn players and ${expected.failures} errors, found ${found.players} and ${found.failures}`);
			}
			return note;
		},
		live: () => page.evaluate((m) => (window as unknown as PageWindow).__probes.liveSince(m), mark),
	};
}
