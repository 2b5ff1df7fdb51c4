import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TEXT = /\.(ts|mjs|js|json|css|md|yml|yaml|html)$/;

/** The lines of `text` that git writes when a merge stops on a conflict (`<<<<<<< `, a lone `=======`, `>>>>>>> `). */
function markerLines(text: string): number[] {
	return text.split('\n').flatMap((line, i) => (/^(<{7} |={7}$|>{7} )/.test(line.replace(/\r$/, '')) ? [i + 1] : []));
}

describe('the committed files', () => {
	it('hold no conflict marker left by a merge (one in styles.css once made Chromium drop the rule after it)', () => {
		const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((file) => TEXT.test(file));
		expect(files.length).toBeGreaterThan(300);
		const found = files.flatMap((file) => markerLines(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}:${line}`));
		expect(found).toEqual([]);
	});

	it('tell a marker from a ruler of equals signs inside a comment', () => {
		expect(markerLines('a {}\n=======\nb {}')).toEqual([2]);
		expect(markerLines('<<<<<<< HEAD\nx\n>>>>>>> branch')).toEqual([1, 3]);
		expect(markerLines('/* ==========================================================================\n ======= */')).toEqual([]);
	});
});
