import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startStaticServer, type StaticServer } from './server';
import { CHROMIUM_ARGS, chromiumOfWorker, closeChromium, forFile } from './shared-chromium';

const ROOT = join(import.meta.dirname, '..', '..');

/** The Mermaid versions the player must work with, by the script path the test server serves them at. */
export const MERMAID_VERSIONS = { '10.9': '/mermaid10.js', '11.4': '/mermaid11.js', '12': '/mermaid12.js' } as const;
/** A Mermaid version the tests load. */
export type MermaidVersion = keyof typeof MERMAID_VERSIONS;

/**
 * A test file's part of its worker's Chromium, and its own static server. What the file opens lives in contexts
 * of its own, closed with the file: nothing (storage, cache, permissions, pages) is shared with another file.
 */
export interface Harness {
	/** The worker's Chromium as the file sees it: `browser.newContext(...)` for a page that needs its own options. */
	browser: Browser;
	/** The file's browser context, where `openPage` opens its tabs. */
	context: BrowserContext;
	server: StaticServer;
	/** Closes the contexts the file made (not the worker's Chromium) and the server. */
	close(): Promise<void>;
}

/** Options of a test page. */
export interface PageOptions {
	mermaid?: MermaidVersion;
	/** `lang` of the page's `<html>`. */
	lang?: string;
	/** Extra attributes on `<html>`, e.g. `data-protocol-mermaid="off"`. */
	htmlAttributes?: string;
	/** Body HTML, made by the test (escape note text with `escapeHtml`). */
	body?: string;
	/** The browser context to open the page in (a phone's: viewport, touch); a new desktop page by default. */
	context?: BrowserContext;
}

/**
 * Counts, in the page, the listeners added on elements and the timers pending, so that a test can check
 * that unmounting leaves none of the player's behind; and helpers to mount players with a register that
 * the test can run (`__mount`, `__unmount`, `__reset`).
 */
const PAGE_HELPERS = `
(() => {
	const listeners = new Set();
	const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
	EventTarget.prototype.addEventListener = function (type, fn, o) { listeners.add({ t: this, type, fn }); return add.call(this, type, fn, o); };
	EventTarget.prototype.removeEventListener = function (type, fn, o) { for (const l of listeners) if (l.t === this && l.type === type && l.fn === fn) listeners.delete(l); return remove.call(this, type, fn, o); };
	const timers = new Map();
	const st = window.setTimeout, ct = window.clearTimeout;
	window.setTimeout = function (fn, ms, ...rest) { const id = st(function () { timers.delete(id); return typeof fn === 'function' ? fn(...rest) : undefined; }, ms); timers.set(id, ms); return id; };
	window.clearTimeout = function (id) { timers.delete(id); return ct(id); };
	window.__listenersWithin = (root) => [...listeners].filter((l) => l.t instanceof Node && root.contains(l.t)).length;
	window.__timersOf = (ms) => [...timers.values()].filter((v) => v === ms).length;
	window.__players = [];
	window.__mount = async (sources, options = {}) => {
		const start = window.__players.length;
		await Promise.all(sources.map((source, i) => {
			const container = document.createElement('div');
			container.className = 'test-block';
			document.body.append(container);
			const entry = { container, cleanups: [], registered: 0 };
			window.__players[start + i] = entry;
			return ProtocolPlayer.mountPlayer(container, Object.assign({
				mermaid: window.mermaid, source, idPrefix: 'test-' + (start + i), language: 'en', dark: false,
				register: (cleanup) => { entry.registered += 1; entry.cleanups.push(cleanup); },
			}, options)).then((handle) => { entry.handle = handle; });
		}));
		return window.__players.length;
	};
	window.__unmount = (i) => { const p = window.__players[i]; const n = p.cleanups.length; p.cleanups.splice(0).forEach((c) => c()); return n; };
	window.__reset = () => { for (const p of window.__players) { p.cleanups.splice(0).forEach((c) => c()); p.container.remove(); } window.__players = []; document.body.textContent = ''; };
})();`;

/** Escapes text for the HTML of a test page. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Options of a harness. */
export interface HarnessOptions {
	/**
	 * A Chromium for this file alone, instead of the worker's: for a file that traces the browser
	 * (tests/browser/main-thread.ts), as a trace takes the whole browser and two files cannot trace one at once.
	 */
	ownChromium?: boolean;
}

/**
 * Opens a fresh context in the worker's Chromium (started by the worker's first browser file, ADR 0023), and starts
 * the static server (styles, the built standalone bundle, each Mermaid's browser build).
 */
export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
	const server = await startStaticServer({
		'/styles.css': { file: join(ROOT, 'styles.css'), type: 'text/css' },
		'/protocol-player.js': { file: inject('standaloneBundle'), type: 'text/javascript' },
		'/mermaid10.js': { file: join(ROOT, 'node_modules', 'mermaid10', 'dist', 'mermaid.min.js'), type: 'text/javascript' },
		'/mermaid11.js': { file: join(ROOT, 'node_modules', 'mermaid11', 'dist', 'mermaid.min.js'), type: 'text/javascript' },
		'/mermaid12.js': { file: join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), type: 'text/javascript' },
	});
	if (options.ownChromium === true) {
		const own = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
		return { browser: own, context: await own.newContext(), server, close: async () => { await closeChromium(own); await server.close(); } };
	}
	const file = forFile(await chromiumOfWorker(inject('chromiumPath')));
	const context = await file.browser.newContext();
	return { browser: file.browser, context, server, close: async () => { await file.close(); await server.close(); } };
}

/** Serves a test page at `path` and opens it in a new tab; page errors are collected in `errors`. */
export async function openPage(harness: Harness, path: string, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const html = `<!doctype html><html lang="${options.lang ?? 'en'}" ${options.htmlAttributes ?? ''}><head><meta charset="utf-8">
<link rel="stylesheet" href="/styles.css"><script>${PAGE_HELPERS}</script>
<script src="${MERMAID_VERSIONS[options.mermaid ?? '12']}"></script><script src="/protocol-player.js"></script>
</head><body>${options.body ?? ''}</body></html>`;
	harness.server.set(path, { body: html, type: 'text/html' });
	const page = await (options.context ?? harness.context).newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(harness.server.origin + path);
	return { page, errors };
}

/**
 * The bytes of a finished download. Read through a stream, which works whether the file's Chromium was launched
 * here or, as once, reached over a connection (where `download.path()` is not available); the file stays on Chromium's
 * side (`download.path()` is not available over a connection).
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
	return Buffer.concat(chunks);
}
