import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * In the page, `import('mermaid')` (the fake `loadMermaid()`) is the page's own Mermaid, loaded from
 * Mermaid's dist script: the real 12.x, and not a second copy bundled in. The fake vault's folder reader
 * needs Node's `fs`/`path`; the page never calls it, so those become stubs that say so if it ever does.
 */
const pageModules: Plugin = {
	name: 'page-modules',
	setup(b) {
		b.onResolve({ filter: /^mermaid$/ }, () => ({ path: 'mermaid', namespace: 'page-mermaid' }));
		b.onLoad({ filter: /.*/, namespace: 'page-mermaid' }, () => ({
			contents: 'export default window.mermaid;',
			loader: 'js',
		}));
		b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
		b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
			contents: ['readdirSync', 'readFileSync', 'statSync', 'join', 'relative']
				.map((name) => `export function ${name}() { throw new Error('${args.path} is not available in the page'); }`)
				.concat("export const sep = '/';")
				.join('\n'),
			loader: 'js',
		}));
	},
};

/**
 * Bundles `page/entry.ts` (the plugin's real `main.ts` over the Obsidian fake) into one browser script,
 * in memory, the way the production build bundles `main.js` except that `obsidian` is the fake. `root` is
 * the project's folder (by default the one this file is in).
 */
export async function buildPluginPage(root: string = ROOT): Promise<string> {
	const result = await build({
		// From the project root given: the bench bundles this file elsewhere, where its own folder is not this one.
		entryPoints: [join(root, 'tests', 'integration', 'page', 'entry.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2021',
		alias: { obsidian: join(root, 'tests', 'fakes', 'obsidian', 'index.ts') },
		plugins: [pageModules],
		logLevel: 'silent',
	});
	const output = result.outputFiles[0];
	if (output === undefined) throw new Error('esbuild wrote no bundle');
	return output.text;
}
