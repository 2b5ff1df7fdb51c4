// `npm run bench`: measures speed and size against the SPEC's targets and prints one table.
// The benches are TypeScript (bench/); esbuild bundles them for Node. Mermaid, jsdom and Chromium's driver
// stay external, loaded from node_modules as they are; `obsidian` meets the same typed fake as the tests.
import esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

await esbuild.build({
	entryPoints: [join(root, 'bench/index.ts')],
	outfile: join(root, 'node_modules/.cache/protocol-bench/index.mjs'),
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	external: ['mermaid', 'mermaid10', 'mermaid11', 'jsdom', 'playwright-core', 'esbuild'],
	alias: { obsidian: join(root, 'tests/fakes/obsidian/index.ts') },
	// Bundled CommonJS dependencies may call require(); give the ESM bundle one.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	// The fake `obsidian` lacks some optional APIs on purpose (the plugin checks for them): not worth a warning here.
	logLevel: 'error',
});

/** @type {{ runBench(): Promise<number> }} */
const { runBench } = await import('../node_modules/.cache/protocol-bench/index.mjs');
process.exitCode = await runBench();
