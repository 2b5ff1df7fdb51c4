import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './files-under';
import { wantsJsdom } from './sequencer';

const TESTS = join(import.meta.dirname, '..');

describe('the test order (jsdom files together, last)', () => {
	it('knows a jsdom file by the comment Vitest reads, not by a mention of it', () => {
		expect(wantsJsdom('// @vitest-environment jsdom\nimport { it } from \'vitest\';')).toBe(true);
		expect(wantsJsdom('/**\n * A file about jsdom.\n */\n// @vitest-environment jsdom\n')).toBe(true);
		expect(wantsJsdom(' * (`// @vitest-environment jsdom` and `installObsidianDom(window)`)')).toBe(false);
		expect(wantsJsdom('import { it } from \'vitest\';')).toBe(false);
	});

	it('finds every file of the suite that runs in jsdom', () => {
		const files = filesUnder(TESTS, '.test.ts');
		// By hand: the files whose own line is the environment comment, wherever in the file it stands.
		const byLine = files.filter((file) => readFileSync(file, 'utf8').split('\n').some((line) => line.trim() === '// @vitest-environment jsdom'));
		expect(byLine.length).toBeGreaterThan(20);
		expect(files.filter((file) => wantsJsdom(readFileSync(file, 'utf8')))).toEqual(byLine);
	});
});
