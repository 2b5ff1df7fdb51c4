import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../../src/core/model';
import { faultMap } from '../../../src/core/simulate/fault-map';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';
import { protocol } from './build-protocol';

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
