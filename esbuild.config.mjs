// Bundles the Obsidian plugin (main.js) and the standalone player (dist/protocol-player.js).
// `node esbuild.config.mjs production` builds once, minified; without the argument it watches.
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { copyFile, mkdir, readFile } from 'node:fs/promises';

const production = process.argv[2] === 'production';
const pluginDir = 'example-vault/.obsidian/plugins/protocol-notes';

/** Copies the built plugin into the example vault so that opening it in Obsidian shows the plugin. */
const copyToVault = {
	name: 'copy-to-example-vault',
	setup(build) {
		build.onEnd(async (result) => {
			if (result.errors.length > 0) return;
			await mkdir(pluginDir, { recursive: true });
			await Promise.all(['main.js', 'manifest.json', 'styles.css'].map((f) => copyFile(f, `${pluginDir}/${f}`)));
		});
	},
};

const common = {
	bundle: true,
	target: 'es2021',
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	minify: production,
	treeShaking: true,
	legalComments: 'none',
};

const plugin = {
	...common,
	entryPoints: ['src/main.ts'],
	outfile: 'main.js',
	format: 'cjs',
	// Mermaid is never bundled: inside Obsidian the app's own comes through loadMermaid().
	external: ['obsidian', 'electron', 'mermaid', '@codemirror/*', '@lezer/*', ...builtinModules],
	plugins: [copyToVault],
};

const standalone = {
	...common,
	entryPoints: ['src/standalone/index.ts'],
	outfile: 'dist/protocol-player.js',
	format: 'iife',
	platform: 'browser',
};

// The plugin's one-file HTML export embeds the standalone player (issue 19): it is built first and put into
// main.js as one string constant, so that nothing is worked out when the plugin loads.
await esbuild.build(standalone);
const withPlayer = { ...plugin, define: { PROTOCOL_PLAYER_SCRIPT: JSON.stringify(await readFile(standalone.outfile, 'utf8')) } };

if (production) {
	await esbuild.build(withPlayer);
} else {
	const contexts = await Promise.all([esbuild.context(withPlayer), esbuild.context(standalone)]);
	await Promise.all(contexts.map((c) => c.watch()));
}
