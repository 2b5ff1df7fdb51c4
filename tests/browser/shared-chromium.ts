import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The flags every Chromium of the tests starts with: headless, no sandbox (containers), nothing from the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** How long a launch or a close may take before the harness gives up on it: a stuck browser fails a file, never hangs the run. */
const PATIENCE_MS = 30_000;

/** Resolves to `work`'s value, or to `undefined` after `ms`: a browser that stopped answering must not hang the run. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
	const stop = new AbortController();
	const late = sleep(ms, undefined, { signal: stop.signal }).catch(() => undefined);
	try {
		return await Promise.race([work, late]);
	} finally {
		stop.abort();
	}
}

/**
 * The worker's Chromium (ADR 0023). Test files share their worker's modules, so this one promise outlives a file
 * and every browser file of the worker drives the same Chromium, in-process: no launch per file and no relay
 * through another process. Playwright closes it when the worker exits. The one deliberate piece of module state
 * in the tests: `tests/config/module-state.test.ts` checks the support and fakes, not this folder.
 */
let workerChromium: Promise<Browser> | undefined;

/**
 * The worker's Chromium at `executablePath`, started on first use. A Chromium that has gone (it crashed, or a test
 * closed it) is replaced, so one crash costs one file, not every later file of the worker.
 */
export async function chromiumOfWorker(executablePath: string): Promise<Browser> {
	const current = await workerChromium?.catch(() => undefined);
	if (current?.isConnected() === true) return current;
	workerChromium = chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: PATIENCE_MS });
	return workerChromium;
}

/** A test file's view of a Chromium: the browser, and closing what the file made in it. */
export interface FileChromium {
	/** Makes contexts and pages like a `Browser`, remembering them for `close`. */
	browser: Browser;
	/** Closes every context the file made (and their pages), leaving the Chromium to the worker's next file. */
	close(): Promise<void>;
}

/**
 * Wraps `browser` so that what a file makes in it can be closed with the file: the contexts of `newContext` and
 * the own contexts of `newPage`. Two harnesses of one file (tests/browser/harness.test.ts) close only their own.
 */
export function forFile(browser: Browser): FileChromium {
	const made = new Set<BrowserContext>();
	const remember = (context: BrowserContext): BrowserContext => {
		made.add(context);
		context.once('close', () => made.delete(context));
		return context;
	};
	const wrapped = new Proxy(browser, {
		get(target, property, receiver) {
			if (property === 'newContext') return async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => remember(await target.newContext(...args));
			if (property === 'newPage') {
				return async (...args: Parameters<Browser['newPage']>): Promise<Page> => {
					const page = await target.newPage(...args);
					remember(page.context());
					return page;
				};
			}
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
		},
	});
	return {
		browser: wrapped,
		close: async () => {
			// A context of a Chromium that has gone is closed already.
			await within(Promise.all([...made].map((context) => context.close().catch(() => undefined))), PATIENCE_MS);
		},
	};
}

/** Closes a Chromium a file started for itself, giving up after a while on one that stopped answering. */
export async function closeChromium(browser: Browser): Promise<void> {
	await within(browser.close(), PATIENCE_MS);
}
