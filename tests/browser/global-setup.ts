import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findLocalChromium } from '../../scripts/find-chromium.mjs';
import { launchSharedChromium } from './shared-chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Path of the standalone player bundle built for this test run. */
		standaloneBundle: string;
		/** The Chromium (or Chrome) executable the browser tests drive, found by scripts/find-chromium.mjs. */
		chromiumPath: string;
		/** Where the run's one Chromium listens (`ws://…`); each browser test file connects with its own context. */
		chromiumEndpoint: string;
	}
}

/**
 * Finds Chromium first: without one, the run stops here with one line saying how to get one, instead of
 * every browser test file failing on its own.
 * Then, at the same time, starts the one Chromium every browser test file connects to (ADR 0021: starting one
 * per file cost more than the file's own work in the short files) and builds the standalone player
 * (src/standalone) once per test run into a temporary folder, as the production build does, for the browser
 * tests to load. Afterwards closes Chromium and removes the folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const chromium = findLocalChromium();
	if (chromium.path === undefined) {
		// The line is the whole story: a thrown error would bury it under Vitest's banners and a stack.
		console.error(chromium.error);
		process.exit(1);
	}
	project.provide('chromiumPath', chromium.path);
	const dir = await mkdtemp(join(tmpdir(), 'protocol-player-'));
	const outfile = join(dir, 'protocol-player.js');
	const [shared] = await Promise.all([
		launchSharedChromium(chromium.path),
		build({
			entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'standalone', 'index.ts')],
			outfile,
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: 'es2021',
			logLevel: 'silent',
		}),
	]);
	project.provide('standaloneBundle', outfile);
	project.provide('chromiumEndpoint', shared.endpoint);
	return async () => {
		await shared.close();
		await rm(dir, { recursive: true, force: true });
	};
}
