import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../src/core/model';
import { faultMap } from '../../../src/core/simulate/fault-map';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';
import { protocol } from './build-protocol';

/**
 * A session the login gives the server, needed by every later request (each answered): a restart of the server
 * after any position breaks every request after it and each answer, so the map's cells break n²/2 steps in all.
 */
function sessionNeededThroughout(n: number): Protocol {
	const b = protocol().participant('C').participant('S').message('C', 'S', 'login').add('S', 'session').reply('S', 'C', 'ok');
	for (let i = 0; i < n; i++) b.message('C', 'S', `request ${i}`).needs('S', 'session').reply('S', 'C', `answer ${i}`);
	return b.build();
}

/** V8's collector, exposed at run time (the flag must be set before the first `gc` is looked up). */
function collector(): () => void {
	setFlagsFromString('--expose-gc');
	const gc: unknown = runInNewContext('gc');
	if (typeof gc !== 'function') throw new Error('V8 gave no gc() to measure the heap with');
	return gc as () => void;
}

/** Bytes of heap the map of `input` keeps once built, garbage collected before and after. */
function keptBytes(input: Protocol, gc: () => void): number {
	gc();
	const before = process.memoryUsage().heapUsed;
	const map = faultMap(input);
	gc();
	const kept = process.memoryUsage().heapUsed - before;
	// Read after measuring, so the map is still held while the heap is measured.
	if (map.restarts.length === 0) throw new Error('no cells');
	return kept;
}

/** `steps` messages passed round 50 participants: each hands the next a token, which its own next message needs. */
function relay(steps: number): Protocol {
	const b = protocol();
	const count = 50;
	for (let p = 0; p < count; p++) b.participant(`P${p}`);
	b.add('P0', 'token');
	for (let i = 0; i < steps; i++) {
		const from = `P${i % count}`;
		const to = `P${(i + 1) % count}`;
		b.message(from, to, `pass ${i}`).needs(from, 'token').add(to, 'token');
	}
	return b.build();
}

/** `n` request/answer pairs: each request gives the server an item of its own, which its answer needs. */
function requestAnswerChain(n: number): Protocol {
	const b = protocol().participant('C').participant('S');
	for (let i = 0; i < n; i++) b.message('C', 'S', `request ${i}`).add('S', `k${i}`).reply('S', 'C', `answer ${i}`).needs('S', `k${i}`);
	return b.build();
}

describe('faultMap grows near-linearly (issue 24)', () => {
	it('on a request/answer chain whose every answer needs its own item, the server holding them all', () => {
		// A restart takes only the one item a later step needs from the thousands held (a marker for the rest).
		expect(lowestGrowthRatio(requestAnswerChain, (p) => faultMap(p), 500, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('on a chain of 50 participants passing a token, as the steps grow (cells: participants × steps)', () => {
		expect(lowestGrowthRatio(relay, (p) => faultMap(p), 100, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('on one session kept over many steps in which the server keeps working, needed at the end', () => {
		// Every restart of the server after the login takes the session and breaks the last request; the map
		// reuses one restart's walk for the next, since each step between gives the server nothing needed later.
		const session = (n: number): Protocol => {
			const b = protocol().participant('C').participant('S').message('C', 'S', 'login').add('S', 'session').reply('S', 'C', 'ok');
			for (let i = 0; i < n; i++) b.message('C', 'S', `ping ${i}`).add('S', ['last', String(i)]).reply('S', 'C', `pong ${i}`);
			return b.message('C', 'S', 'GET /profile').needs('S', 'session').reply('S', 'C', 'profile').build();
		};
		expect(lowestGrowthRatio(session, (p) => faultMap(p), 300, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('on a session needed by every later request, which every restart of the server after the login breaks', () => {
		// Each restart's walk meets the previous restart's walk after a step or two (both hold no session, no call
		// broken), so it stops there and shares that walk's tally from there on.
		expect(lowestGrowthRatio(sessionNeededThroughout, (p) => faultMap(p), 300, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('keeps memory linear on that session: the map holds a tally per cell, not the n²/2 steps broken', () => {
		// Heap after a collection is what the map holds, not timing: about 4× for 4× the steps, 16× for steps
		// listed per cell. The lowest of three measurements counts, in case another allocation slipped in.
		const gc = collector();
		const small = sessionNeededThroughout(2000);
		const large = sessionNeededThroughout(8000);
		let lowest = Infinity;
		for (let attempt = 0; attempt < 3 && lowest > 5; attempt++) lowest = Math.min(lowest, keptBytes(large, gc) / keptBytes(small, gc));
		expect(lowest).toBeLessThanOrEqual(NEAR_LINEAR);
		expect(lowest).toBeGreaterThan(2);
	});

	it('on requests and answers that each need an item only until their answer', () => {
		// The server forgets each item once answered, so a restart takes at most one needed item: each cell's walk
		// stops at the next answer, and no per-position copy of the needed items is kept.
		const chain = (n: number): Protocol => {
			const b = protocol().participant('C').participant('S');
			for (let i = 0; i < n; i++) b.message('C', 'S', `request ${i}`).add('S', 'pending').reply('S', 'C', `answer ${i}`).needs('S', 'pending').remove('S', 'pending');
			return b.build();
		};
		expect(lowestGrowthRatio(chain, (p) => faultMap(p), 400, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});
});
