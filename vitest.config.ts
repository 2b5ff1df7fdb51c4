import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	resolve: {
		// The Obsidian app cannot run here: tests meet its API through a typed fake.
		alias: { obsidian: fileURLToPath(new URL('./tests/fakes/obsidian/index.ts', import.meta.url)) },
	},
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the standalone player once for the browser tests (tests/browser/).
		globalSetup: ['tests/browser/global-setup.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// Browser suites share one Chromium per file; two cores do not take more in parallel.
		maxWorkers: 2,
		// In CI a JSON report as well, from which .ci/run prints the plain "N passed, N failed" line.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/vitest.json' },
	},
});
