import fc from 'fast-check';
import type { Protocol } from '../../../src/core/model';
import { protocol, type ItemSpec } from './build-protocol';

const PARTICIPANTS = ['A', 'B', 'C'];
const KEYS = ['k', 'm', 'n'];

/** What a generated step may carry besides adds and needs. */
export interface RandomOptions {
	removes?: boolean;
	restarts?: boolean;
	drops?: boolean;
	/** The most steps (10 unless given). */
	maxSteps?: number;
}

/**
 * Small protocols of messages (solid and dashed arrows) and notes among three participants, each step adding and needing a few of three
 * keys (some with values), optionally with removals, scripted restarts and `@drop`s; a durable key and a starting state sometimes.
 */
export function randomProtocol(options: RandomOptions = {}): fc.Arbitrary<Protocol> {
	const participant = fc.constantFrom(...PARTICIPANTS);
	const item = fc.record({ participant, key: fc.constantFrom(...KEYS), value: fc.constantFrom<true | string>(true, true, '1', '2') });
	const spec = (added: { key: string; value: true | string }): ItemSpec => (added.value === true ? added.key : [added.key, added.value]);
	const step = fc.record({
		note: fc.boolean(),
		dashed: fc.boolean(),
		from: participant,
		to: participant,
		adds: fc.array(item, { maxLength: 2 }),
		needs: fc.array(item, { maxLength: 2 }),
		removes: options.removes === true ? fc.array(item, { maxLength: 1 }) : fc.constant([]),
		restart: options.restarts === true ? fc.option(participant, { freq: 6 }) : fc.constant(null),
		drop: options.drops === true ? fc.boolean() : fc.constant(false),
	});
	return fc.record({ initial: fc.array(item, { maxLength: 2 }), durable: fc.option(item), steps: fc.array(step, { minLength: 1, maxLength: options.maxSteps ?? 10 }) }).map(({ initial, durable, steps }) => {
		const b = protocol();
		for (const id of PARTICIPANTS) b.participant(id);
		if (durable !== null) b.durable(durable.participant, durable.key);
		for (const added of initial) b.add(added.participant, spec(added));
		for (const s of steps) {
			if (s.note) b.note(s.from, 'note');
			else if (s.dashed) b.reply(s.from, s.to, 'answer');
			else b.message(s.from, s.to, 'message');
			for (const added of s.adds) b.add(added.participant, spec(added));
			for (const need of s.needs) b.needs(need.participant, spec(need));
			for (const removed of s.removes) b.remove(removed.participant, removed.key);
			if (s.restart !== null) b.restart(s.restart);
			if (s.drop && !s.note) b.drop();
		}
		return b.build();
	});
}

/**
 * Longer protocols (up to `maxSteps`) whose items are given seldom and needed often, mostly in calls (a
 * request, sometimes a nested one, then its answer): a restart or a lost message then breaks much of what
 * follows, and the fault map's walks of neighbouring faults come to hold the same and share their tails.
 */
export function sessionLikeProtocol(maxSteps = 40): fc.Arbitrary<Protocol> {
	/** `arbitrary` once in `n` steps, else null. */
	const seldom = <T>(arbitrary: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> => fc.oneof({ arbitrary: fc.constant(null), weight: n - 1 }, { arbitrary, weight: 1 });
	const participant = fc.constantFrom(...PARTICIPANTS);
	const key = fc.constantFrom('session', 'session', 'token');
	const value = fc.constantFrom<true | string>(true, true, true, '1', '2');
	const item = fc.record({ participant, key, value });
	const step = fc.record({
		kind: fc.constantFrom('call', 'call', 'nested', 'message', 'note'),
		from: participant,
		to: participant,
		add: seldom(item, 6),
		needs: fc.array(item, { maxLength: 2 }),
		remove: seldom(item, 12),
		restart: seldom(participant, 15),
		drop: seldom(fc.constant(true), 15),
	});
	const spec = (given: { key: string; value: true | string }): ItemSpec => (given.value === true ? given.key : [given.key, given.value]);
	return fc.record({ durable: seldom(item, 4), steps: fc.array(step, { minLength: 1, maxLength: maxSteps }) }).map(({ durable, steps }) => {
		const b = protocol();
		for (const id of PARTICIPANTS) b.participant(id);
		if (durable !== null) b.durable(durable.participant, durable.key);
		for (const s of steps) {
			if (s.kind === 'note') b.note(s.from, 'note');
			else b.message(s.from, s.to, 'request');
			if (s.add !== null) b.add(s.add.participant, spec(s.add));
			for (const need of s.needs) b.needs(need.participant, spec(need));
			if (s.remove !== null) b.remove(s.remove.participant, s.remove.key);
			if (s.restart !== null) b.restart(s.restart);
			if (s.drop !== null && s.kind !== 'note') b.drop();
			if (s.kind === 'nested') b.message(s.to, s.from, 'inner request').needs(s.to, 'session').reply(s.from, s.to, 'inner answer');
			if (s.kind === 'call' || s.kind === 'nested') b.reply(s.to, s.from, 'answer').needs(s.to, 'session');
		}
		return b.build();
	});
}
