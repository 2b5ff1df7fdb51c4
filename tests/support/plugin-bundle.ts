import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import esbuild from 'esbuild';

/** `main.js` as `npm run build` makes it (esbuild.config.mjs's options for the plugin), built in memory. */
export async function pluginBundle(root = process.cwd()): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [join(root, 'src/main.ts')],
		bundle: true,
		write: false,
		format: 'cjs',
		target: 'es2021',
		minify: true,
		treeShaking: true,
		legalComments: 'none',
		logLevel: 'silent',
		external: ['obsidian', 'electron', 'mermaid', '@codemirror/*', '@lezer/*', ...builtinModules],
	});
	const file = result.outputFiles[0];
	if (file === undefined) throw new Error('esbuild wrote nothing for src/main.ts');
	return file.text;
}

/** What evaluating a script built: `Intl.Segmenter`s, and `RegExp`s made from patterns with Unicode properties (`\p{…}`). */
export interface LoadCount {
	segmenters: number;
	unicodeRegExps: number;
}

/**
 * A module that stands for any external one (`obsidian`, CodeMirror): every property is another stand-in, every
 * call and `new` gives one, so the bundle's top level (`class … extends Plugin`) evaluates without the app.
 */
function standIn(): unknown {
	const target = function standInModule(): void {};
	return new Proxy(target, {
		get: (_t, key) => (key === '__esModule' ? true : key === 'prototype' ? {} : standIn()),
		apply: () => standIn(),
		construct: () => ({}),
	});
}

/**
 * Evaluates a CommonJS script (the plugin's bundle) in a fresh context and counts what its loading built. The
 * context's `Intl.Segmenter` and `RegExp` are wrapped to count; regular-expression literals do not pass through
 * `RegExp`, so the `Intl.Segmenter` of the module that holds them (`string-width`) is what shows they ran.
 */
export function countAtLoad(code: string): LoadCount {
	const context = createContext({ require: () => standIn(), module: { exports: {} }, console });
	runInContext(`
		globalThis.__counts = { segmenters: 0, unicodeRegExps: 0 };
		const Segmenter = Intl.Segmenter;
		Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); __counts.segmenters++; } };
		const NativeRegExp = RegExp;
		globalThis.RegExp = new Proxy(NativeRegExp, {
			construct(target, args, newTarget) {
				if (String(args[0]).includes('\\\\p{')) __counts.unicodeRegExps++;
				return Reflect.construct(target, args, newTarget);
			},
		});
	`, context);
	runInContext(`(function (module, exports, require) {\n${code}\n})(module, module.exports, require);`, context);
	return runInContext('({ ...__counts })', context) as LoadCount;
}

/**
 * The same code as a plain script that builds nothing: wrapped in a function that is never called, so loading it
 * costs what any script of its size costs (reading and pre-parsing), without running its module-level set-up.
 * Loading `main.js` is measured against it.
 */
export function neverCalled(code: string): string {
	return `function neverCalled(module, exports, require) {\n${code}\n}`;
}
