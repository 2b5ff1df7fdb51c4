import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findLocalChromium } from '../../scripts/find-chromium.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Path of the standalone player bundle built for this test run. */
		standaloneBundle: string;
		/** The Chromium (or Chrome) executable the browser tests drive, found by scripts/find-chromium.mjs. */
		chromiumPath: string;
	}
}

/**
 * Finds Chromium first: without one, the run stops here with one line saying how to get one, instead of
 * every browser test file failing on its own.
 * Then builds the standalone player (src/standalone) once per test run into a temporary folder, as the production
 * build does, for the browser tests to load, and removes the folder afterwards. Each worker starts its own
 * Chromium on first use (tests/browser/shared-chromium.ts, ADR 0023).
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
	await build({
		entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'standalone', 'index.ts')],
		outfile,
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2021',
		logLevel: 'silent',
	});
	project.provide('standaloneBundle', outfile);
	return async () => {
		await rm(dir, { recursive: true, force: true });
	};
}
