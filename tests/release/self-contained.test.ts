import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Text files the repository holds (images and the lock file's hashes are no place for paths). */
function trackedTextFiles(): string[] {
	const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f !== '');
	return files.filter((f) => !/\.(png|jpe?g|gif|ico|woff2?)$/.test(f) && f !== 'package-lock.json');
}

/** Ways a file could point outside the repository: the workspace it was made in, a sibling folder. */
// Spelt in parts so that this file, too, is checked: it names none of them as one string.
const SHARED = ['shared', '/'].join('');
const OUTSIDE = [['', 'work', ''].join('/'), `../${SHARED}`, `${SHARED}SPEC.md`, `${SHARED}seed`, `${SHARED}examples`];

describe('the repository', () => {
	it('refers to no path outside itself', () => {
		const found = trackedTextFiles().flatMap((file) => {
			const text = readFileSync(join(ROOT, file), 'utf8');
			return OUTSIDE.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`);
		});
		expect(found).toEqual([]);
	});

	it('holds the design of record, marked as such', () => {
		const spec = readFileSync(join(ROOT, 'docs', 'SPEC.md'), 'utf8');
		expect(spec.split('\n').slice(0, 6).join('\n')).toContain('This is the design of record.');
	});
});
