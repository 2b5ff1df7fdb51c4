import esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { countAtLoad, pluginBundle } from '../support/plugin-bundle';

describe('loading main.js (issue 24: nothing but registration at load)', () => {
	it('builds no Intl.Segmenter and no Unicode-property regular expression', async () => {
		expect(countAtLoad(await pluginBundle())).toEqual({ segmenters: 0, unicodeRegExps: 0 });
	}, 60_000);

	it('would see them: string-width, bundled on its own, builds both when it loads', async () => {
		const result = await esbuild.build({ stdin: { contents: "import w from 'string-width'; module.exports = w;", resolveDir: process.cwd() }, bundle: true, write: false, format: 'cjs', logLevel: 'silent' });
		const counts = countAtLoad(result.outputFiles[0]?.text ?? '');
		expect(counts.segmenters).toBe(1);
		expect(counts.unicodeRegExps).toBeGreaterThan(0);
	}, 60_000);
});
