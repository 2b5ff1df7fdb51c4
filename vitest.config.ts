import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { JsdomLastSequencer } from './tests/support/sequencer.ts';

export default defineConfig({
	resolve: {
		// The Obsidian app cannot run here: tests meet its API through a typed fake.
		alias: { obsidian: fileURLToPath(new URL('./tests/fakes/obsidian/index.ts', import.meta.url)) },
	},
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the standalone player once for the browser tests (tests/browser/).
		globalSetup: ['tests/browser/global-setup.ts'],
		// Each test file starts with the fakes' global UI (notices, last menu, last picker) forgotten (ADR 0023).
		setupFiles: ['tests/support/fresh-fakes.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// Each worker drives one Chromium of its own (ADR 0023); the run is bound by CPU, and two cores take two workers.
		maxWorkers: 2,
		// Test files share their worker's modules instead of importing everything again (ADR 0023): a fifth of
		// the suite's time on two cores. Safe because no module keeps state between calls: src/ caches only
		// in WeakMaps keyed by the caller's objects, the fakes keep none at module level, Chromium pages live
		// in each file's own browser context, and every fake timer and mock is undone by the file that made it.
		isolate: false,
		// The jsdom files run together, last, so that each worker builds one jsdom rather than one per file (ADR 0023).
		sequence: { sequencer: JsdomLastSequencer },
		// In CI a JSON report as well, from which .ci/run prints the plain "N passed, N failed" line.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/vitest.json' },
	},
});
