import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate/simulate';
import { protocol } from './build-protocol';

/** "Stateful login": 0 Login Request, 1 Store session (+session), 2 Login Response (+cookie), 3 GET /profile (needs both), 4 Profile. */
function statefulLogin() {
	return protocol()
		.participant('Client').participant('Server')
		.message('Client', 'Server', 'Login Request')
		.message('Server', 'Server', 'Store session').add('Server', 'session')
		.message('Server', 'Client', 'Login Response').add('Client', 'cookie')
		.message('Client', 'Server', 'GET /profile').needs('Client', 'cookie').needs('Server', 'session')
		.message('Server', 'Client', 'Profile')
		.build();
}

describe('simulate', () => {
	it('gives one frame per step on the path, in order', () => {
		expect(simulate(statefulLogin()).frames.map((frame) => frame.step)).toEqual([0, 1, 2, 3, 4]);
	});

	it('accumulates state from the initial directives on and replaces a key written again', () => {
		const tcp = protocol()
			.participant('C').participant('S')
			.add('C', ['state', 'CLOSED']).add('S', ['state', 'LISTEN'])
			.message('C', 'S', 'SYN').add('C', ['state', 'SYN_SENT']).add('S', ['state', 'SYN_RCVD'], ['connection', 'seq x'])
			.message('S', 'C', 'SYN-ACK').add('C', ['state', 'ESTABLISHED'])
			.message('C', 'S', 'ACK').add('S', ['state', 'ESTABLISHED'])
			.build();
		const frames = simulate(tcp).frames;
		expect(frames[0]?.state).toEqual({ C: { state: 'SYN_SENT' }, S: { state: 'SYN_RCVD', connection: 'seq x' } });
		expect(frames[1]?.state).toEqual({ C: { state: 'ESTABLISHED' }, S: { state: 'SYN_RCVD', connection: 'seq x' } });
		expect(frames[2]?.state).toEqual({ C: { state: 'ESTABLISHED' }, S: { state: 'ESTABLISHED', connection: 'seq x' } });
	});

	it('records what each step added, changed and removed', () => {
		const p = protocol()
			.add('S', ['state', 'LISTEN'])
			.message('C', 'S', 'SYN').add('S', ['state', 'SYN_RCVD'], 'connection')
			.message('C', 'S', 'FIN').remove('S', 'connection')
			.message('C', 'S', 'noop')
			.build();
		const frames = simulate(p).frames;
		expect(frames[0]?.changes).toEqual([
			{ participant: 'S', key: 'state', change: 'changed' },
			{ participant: 'S', key: 'connection', change: 'added' },
		]);
		expect(frames[1]?.changes).toEqual([{ participant: 'S', key: 'connection', change: 'removed' }]);
		expect(frames[2]?.changes).toEqual([]);
	});

	it('records no change when a key is written again with the value it already has', () => {
		const p = protocol()
			.message('A', 'B', 'one').add('B', ['mode', 'on'])
			.message('A', 'B', 'two').add('B', ['mode', 'on'])
			.build();
		expect(simulate(p).frames[1]?.changes).toEqual([]);
	});

	it('removes items and names the removal when a later step needs one', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'Login').add('Server', 'session', 'user id')
			.message('Client', 'Server', 'Logout').remove('Server', 'session')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		const frames = simulate(p).frames;
		expect(frames[1]?.state).toEqual({ Server: { 'user id': true } });
		expect(frames[2]?.outcome).toBe('failed');
		expect(frames[2]?.failure).toEqual({ participant: 'Server', item: 'session', cause: { kind: 'removed', atPosition: 1 } });
	});

	it('leaves a participant out of the state once it holds nothing', () => {
		const p = protocol()
			.message('A', 'B', 'open').add('B', 'x')
			.message('A', 'B', 'close').remove('B', 'x')
			.build();
		expect(simulate(p).frames[1]?.state).toEqual({});
	});

	it('keeps durable items through a restart and drops the rest', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.durable('Server', 'signing key')
			.message('Client', 'Server', 'Login').add('Server', 'cache').add('Client', 'token')
			.message('Client', 'Server', 'GET /profile').needs('Client', 'token').needs('Server', 'signing key')
			.build();
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'Server', after: 0 }] }).frames;
		expect(frames[0]?.state).toEqual({ Server: { 'signing key': true }, Client: { token: true } });
		expect(frames[1]?.outcome).toBe('ok');
		expect(frames[1]?.failure).toBeUndefined();
	});

	it('keeps the latest value of a durable item through a restart', () => {
		const p = protocol()
			.durable('DB', ['schema', 'v1'])
			.message('App', 'DB', 'migrate').add('DB', ['schema', 'v2'], 'lock')
			.note('DB', 'crash').restart('DB')
			.build();
		expect(simulate(p).frames[1]?.state).toEqual({ DB: { schema: 'v2' } });
	});

	it('holds durable items from the start', () => {
		const p = protocol().durable('Server', ['config', 'prod']).message('A', 'Server', 'hi').build();
		expect(simulate(p).frames[0]?.state).toEqual({ Server: { config: 'prod' } });
	});

	it('applies a scripted restart and fails a later request that needed what was lost', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'Login').add('Server', 'session')
			.note('Server', 'deploy: process restarts').restart('Server')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		const frames = simulate(p).frames;
		expect(frames[1]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'Server', key: 'session', change: 'removed' }]);
		expect(frames[2]?.outcome).toBe('failed');
		expect(frames[2]?.failure).toEqual({
			participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 1, scripted: true },
		});
	});

	it('marks a request failed after an injected server restart, naming participant, item and cause', () => {
		const frames = simulate(statefulLogin(), { faults: [{ kind: 'restart', participant: 'Server', after: 2 }] }).frames;
		// The restart happens right after step index 2 (path position 3), after its own effects.
		expect(frames[2]?.state).toEqual({ Client: { cookie: true } });
		expect(frames[2]?.changes).toEqual([
			{ participant: 'Client', key: 'cookie', change: 'added' },
			{ participant: 'Server', key: 'session', change: 'removed' },
		]);
		expect(frames[3]?.outcome).toBe('failed');
		expect(frames[3]?.failure).toEqual({
			participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 2, scripted: false },
		});
		expect(frames[4]?.outcome).toBe('consequence');
		expect(frames[4]?.consequenceOf).toBe(3);
	});

	it('fails nothing without faults', () => {
		expect(simulate(statefulLogin()).frames.filter((frame) => frame.outcome !== 'ok')).toEqual([]);
	});

	it('counts restart positions along the path, not as written', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.block('alt', ['slow', 'fast'],
				(b) => b.message('Client', 'Server', 'Hello').message('Server', 'Client', 'Wait'),
				(b) => b.message('Client', 'Server', 'Hello fast'))
			.message('Client', 'Server', 'Login').add('Server', 'session')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		// Path [2, 3, 4]: a restart after path position 1 follows step index 3 ("Login").
		const frames = simulate(p, { branches: { 0: 1 }, faults: [{ kind: 'restart', participant: 'Server', after: 1 }] }).frames;
		expect(frames.map((frame) => frame.step)).toEqual([2, 3, 4]);
		expect(frames[1]?.restarts).toEqual([{ participant: 'Server', scripted: false, removed: [{ key: 'session', value: true }] }]);
		expect(frames[2]?.failure).toEqual({ participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 1, scripted: false } });
	});

	it('ignores an injected restart after a position beyond the path and a drop of a step off the path', () => {
		const p = protocol()
			.message('C', 'S', 'Login').add('S', 'session')
			.block('opt', ['maybe'], (b) => b.message('C', 'S', 'ping'))
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { branches: { 0: 1 }, faults: [{ kind: 'restart', participant: 'S', after: 2 }, { kind: 'drop', step: 1 }] }).frames;
		expect(frames.map((frame) => frame.step)).toEqual([0, 2]);
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok']);
		expect(frames.map((frame) => frame.restarts)).toEqual([[], []]);
	});

	it('says a participant that never held the item does not hold it, by the name the diagram shows', () => {
		const p = protocol()
			.participant('A', 'Server A').participant('B', 'Server B')
			.message('A', 'A', 'Store session').add('A', 'session')
			.message('C', 'B', 'GET /profile').needs('B', 'session')
			.build();
		const frames = simulate(p).frames;
				expect(frames[1]?.failure).toEqual({ participant: 'B', item: 'session', cause: { kind: 'never' } });
	});

	it('reports the first unmet need in the order written', () => {
		const p = protocol()
			.message('C', 'S', 'GET').needs('C', 'cookie').needs('S', 'session', 'user')
			.build();
		expect(simulate(p).frames[0]?.failure).toEqual({ participant: 'C', item: 'cookie', cause: { kind: 'never' } });
		const q = protocol()
			.message('C', 'S', 'hi').add('C', 'cookie').add('S', 'session')
			.message('C', 'S', 'GET').needs('C', 'cookie').needs('S', 'session', 'user')
			.build();
		expect(simulate(q).frames[1]?.failure).toEqual({ participant: 'S', item: 'user', cause: { kind: 'never' } });
	});

	it('does not apply the effects of a failed step, so what depends on it fails too', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session').add('Client', 'profile')
			.message('Client', 'Client', 'Show profile').needs('Client', 'profile')
			.build();
		const frames = simulate(p).frames;
		expect(frames[0]?.failure).toEqual({ participant: 'Server', item: 'session', cause: { kind: 'never' } });
		expect(frames[0]?.state).toEqual({});
		expect(frames[0]?.changes).toEqual([]);
		expect(frames[1]?.failure).toEqual({ participant: 'Client', item: 'profile', cause: { kind: 'not-given', atPosition: 0 } });
	});

	it('still applies an injected restart after a failed step', () => {
		const p = protocol()
			.message('C', 'S', 'setup').add('S', 'cache')
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'S', after: 1 }] }).frames;
		expect(frames[1]?.failure).toEqual({ participant: 'S', item: 'session', cause: { kind: 'never' } });
		expect(frames[1]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'S', key: 'cache', change: 'removed' }]);
	});

	it('meets a need again once the lost item is stored again', () => {
		const p = protocol()
			.message('C', 'S', 'Login').add('S', 'session')
			.message('C', 'S', 'Login again').add('S', 'session')
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'S', after: 0 }] }).frames;
		expect(frames[0]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'S', key: 'session', change: 'added' }]);
		expect(frames[2]?.outcome).toBe('ok');
	});

	it('gives every frame its own state, so earlier frames keep what they showed', () => {
		const p = protocol()
			.message('A', 'B', 'one').add('B', ['n', '1']).add('A', 'x')
			.message('A', 'B', 'two').add('B', ['n', '2'])
			.build();
		const frames = simulate(p).frames;
		expect(frames[0]?.state).not.toBe(frames[1]?.state);
		expect(frames[0]?.state).toEqual({ B: { n: '1' }, A: { x: true } });
		expect(frames[1]?.state).toEqual({ B: { n: '2' }, A: { x: true } });
	});

	it('treats keys that look like object internals as plain keys', () => {
		const p = protocol()
			.message('A', 'B', 'one').add('B', 'constructor', ['__proto__', 'x'])
			.message('A', 'B', 'two').needs('B', 'toString')
			.message('A', 'B', 'three').add('B', 'more')
			.build();
		const frames = simulate(p).frames;
		expect(Object.keys(frames[0]?.state.B ?? {})).toEqual(['constructor', '__proto__']);
		expect(frames[1]?.failure).toEqual({ participant: 'B', item: 'toString', cause: { kind: 'never' } });
		// A later change copies the record: the odd keys must survive the copy as plain keys.
		expect(Object.keys(frames[2]?.state.B ?? {})).toEqual(['constructor', '__proto__', 'more']);
		expect(Object.getPrototypeOf(frames[2]?.state.B)).toBe(Object.prototype);
	});
});
