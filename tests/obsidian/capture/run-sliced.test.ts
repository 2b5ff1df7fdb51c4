import { describe, expect, it } from 'vitest';
import type { CaptureJob } from '../../../src/core';
import { runSliced } from '../../../src/obsidian/capture/run-sliced';

/** A job that yields `shares` one by one, each after a busy piece of work of `busyMs`, then gives a result. */
function* job(shares: number[], busyMs: number): CaptureJob {
	for (const share of shares) {
		const start = performance.now();
		while (performance.now() - start < busyMs) { /* work */ }
		yield share;
	}
	return { ok: false, error: { kind: 'no-tcp' } };
}

describe('runSliced', () => {
	it('hands the thread back between slices, reports progress, and resolves with the result', async () => {
		const pending: (() => void)[] = [];
		const progress: number[] = [];
		const done = runSliced(job([0.25, 0.5, 0.75], 20), { onProgress: (s) => progress.push(s), cancelled: () => false, later: (next) => pending.push(next) });
		let turns = 0;
		while (pending.length > 0) {
			turns++;
			pending.shift()?.();
		}
		expect(await done).toEqual({ ok: false, error: { kind: 'no-tcp' } });
		// Each piece takes longer than a slice may: every yield is a turn of the app.
		expect(turns).toBe(4);
		expect(progress).toEqual([0.25, 0.5, 0.75]);
	});

	it('stops at the next slice once cancelled, giving no result', async () => {
		const pending: (() => void)[] = [];
		let cancelled = false;
		const done = runSliced(job([0.1, 0.2, 0.3], 20), { onProgress: () => (cancelled = true), cancelled: () => cancelled, later: (next) => pending.push(next) });
		while (pending.length > 0) pending.shift()?.();
		expect(await done).toBeUndefined();
	});
});
