import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** The flags every Chromium of the tests starts with: headless, no sandbox (containers), nothing from the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** How long a connection or a close may take before the harness gives up on it: a stuck browser fails a file, never hangs the run. */
const PATIENCE_MS = 30_000;

/** The run's one Chromium, started by the global setup. */
export interface SharedChromium {
	/** `ws://…` for `chromium.connect`. */
	endpoint: string;
	/** Closes it, killing the process if it does not close in time. */
	close(): Promise<void>;
}

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

/** Starts the Chromium at `executablePath` as a server the test files connect to. */
export async function launchSharedChromium(executablePath: string): Promise<SharedChromium> {
	const server: BrowserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, timeout: PATIENCE_MS });
	return {
		endpoint: server.wsEndpoint(),
		close: async () => {
			const closed = await within(server.close().then(() => true), PATIENCE_MS);
			if (closed === undefined) await server.kill();
		},
	};
}

/**
 * Connects a test file to the run's Chromium. If it cannot be reached (it crashed earlier in the run), the file
 * starts a Chromium of its own rather than failing, and says so: one crash costs time, not every later file.
 */
export async function connectChromium(endpoint: string, executablePath: string): Promise<Browser> {
	try {
		return await chromium.connect(endpoint, { timeout: PATIENCE_MS });
	} catch (error) {
		console.warn(`The run's shared Chromium did not answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); this file starts its own.`);
		return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: PATIENCE_MS });
	}
}

/** Closes a test file's connection (and with it the contexts it made), giving up after a while on a browser that stopped answering. */
export async function disconnectChromium(browser: Browser): Promise<void> {
	await within(browser.close(), PATIENCE_MS);
}
