// `npm run example-table`: rewrites the comparison table of example-vault/프로토콜 비교.md with the plugin's own
// Refresh comparison tables, after example notes' properties or the table code changed.
// tests/example-vault/vault.test.ts fails until the note is what the command writes.
import esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules/.cache/protocol-example-table/refresh.mjs');

await esbuild.build({
	entryPoints: [join(root, 'scripts/example-vault/refresh-table.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	packages: 'external',
	alias: { obsidian: join(root, 'tests/fakes/obsidian/index.ts') },
	logLevel: 'error',
});

/** @type {{ refreshExampleTable(vault: string): Promise<{ changed: boolean, notices: string[] }> }} */
const { refreshExampleTable } = await import('../node_modules/.cache/protocol-example-table/refresh.mjs');
const { changed, notices } = await refreshExampleTable(join(root, 'example-vault'));
process.stdout.write(`${changed ? 'Rewrote' : 'Unchanged:'} example-vault/프로토콜 비교.md — ${notices.join(' ')}\n`);
