// `npm run demo`: serves the example vault's notes as pages with the real Mermaid and the standalone player.
// The server is written in TypeScript (scripts/demo/); esbuild bundles it here so that plain Node runs it.
import esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules/.cache/protocol-demo/server.mjs');

await esbuild.build({
	entryPoints: [join(root, 'scripts/demo/server.ts')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	packages: 'external',
	logLevel: 'warning',
});

/** @type {{ startDemoServer(options: { port: number, root?: string }): Promise<{ url: string, close(): Promise<void> }> }} */
const { startDemoServer } = await import('../node_modules/.cache/protocol-demo/server.mjs');
const port = process.env.PORT === undefined ? 4173 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	process.stderr.write(`PORT must be a port number, not "${process.env.PORT}".\n`);
	process.exit(1);
}

let server;
try {
	server = await startDemoServer({ port, root });
} catch (error) {
	const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
	process.stderr.write(inUse ? `Port ${port} is taken: run with PORT=<another port> npm run demo.\n` : `${String(error)}\n`);
	process.exit(1);
}

const lines = [
	`Protocol Notes demo: ${server.url}/`,
	'Serving the notes of example-vault/ as pages, with the real Mermaid (node_modules/mermaid) and dist/protocol-player.js.',
	existsSync(join(root, 'dist/protocol-player.js')) ? '' : 'dist/protocol-player.js is missing: run `npm run build` first (npm run demo does).',
	'Press Ctrl-C to stop.',
];
process.stdout.write(lines.filter((line) => line !== '').join('\n') + '\n');

const stop = () => {
	server.close().then(() => process.exit(0), () => process.exit(1));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
