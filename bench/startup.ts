import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neverCalled, pluginBundle } from '../tests/support/plugin-bundle';
import type { BenchRow } from './types';

/** Issue 24's target: loading main.js costs at most 1.5× evaluating a plain script of its size. */
const TARGET_RATIO = 1.5;
const ROUNDS = 9;

/**
 * CPU milliseconds a fresh Node process takes to compile and run `file` as CommonJS (every external module a
 * stand-in): a fresh process each time, since V8 caches compiled code and ICU data (the first `Intl.Segmenter`) per
 * process; CPU time, so that waiting for a core on a busy machine does not count.
 */
function loadMs(file: string): number {
	const script = `
		const { readFileSync } = require('node:fs');
		const { runInThisContext } = require('node:vm');
		const standIn = () => new Proxy(function () {}, { get: (_t, k) => (k === '__esModule' ? true : k === 'prototype' ? {} : standIn()), apply: () => standIn(), construct: () => ({}) });
		const code = readFileSync(process.argv[1], 'utf8');
		const start = process.cpuUsage();
		const run = runInThisContext('(function (module, exports, require) {' + code + '\\n})');
		const module = { exports: {} };
		run(module, module.exports, standIn);
		const used = process.cpuUsage(start);
		process.stdout.write(String((used.user + used.system) / 1000));
	`;
	return Number(execFileSync(process.execPath, ['-e', script, file], { encoding: 'utf8' }));
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Loading the production `main.js` against the same text never called (a plain script of its size), in fresh processes, medians. */
export async function run(root = process.cwd()): Promise<BenchRow[]> {
	const code = await pluginBundle(root);
	// A folder of this run's own: node_modules may be shared between checkouts.
	const dir = mkdtempSync(join(tmpdir(), 'protocol-startup-'));
	const main = join(dir, 'main.js');
	const plain = join(dir, 'plain.js');
	writeFileSync(main, code);
	writeFileSync(plain, neverCalled(code));
	const mainMs: number[] = [];
	const plainMs: number[] = [];
	try {
		for (let i = 0; i < ROUNDS; i++) {
			plainMs.push(loadMs(plain));
			mainMs.push(loadMs(main));
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const ratio = median(mainMs) / median(plainMs);
	return [
		{ what: `loading main.js (${median(mainMs).toFixed(1)} ms) vs the same size never called (${median(plainMs).toFixed(1)} ms)`, measured: ratio, unit: '×', target: `≤ ${TARGET_RATIO}×`, met: ratio <= TARGET_RATIO },
	];
}
