import type * as obsidian from 'obsidian';
import ProtocolNotesPlugin from '../src/main';
import { App } from '../tests/fakes/obsidian/app';
import type { BenchRow } from './types';

/** Plugin start target from the SPEC, in milliseconds. */
const ONLOAD_TARGET_MS = 5;
const RUNS = 50;

const MANIFEST: obsidian.PluginManifest = {
	id: 'protocol-notes',
	name: 'Protocol Notes',
	version: '0.1.0',
	minAppVersion: '0.13.0',
	description: '',
	author: '',
};

/**
 * Plugin start and size: `onload` timed on the typed Obsidian fake (`obsidian` aliased to
 * tests/fakes/obsidian, as in the tests), the median of 50 fresh plugins.
 */
export async function run(): Promise<BenchRow[]> {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const plugin = new ProtocolNotesPlugin(new App().asApp(), MANIFEST);
		const start = performance.now();
		await plugin.onload();
		times.push(performance.now() - start);
		plugin.unload();
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
	// main.js's size against 150 KB is measured once, by bench/player.ts's runMainSize.
	return [{ what: 'plugin onload (median of 50, fake app)', measured: round(median), unit: 'ms', target: `< ${ONLOAD_TARGET_MS} ms`, met: median < ONLOAD_TARGET_MS }];
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
