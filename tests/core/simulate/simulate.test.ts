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
		expect(simulate(statefulLogin()).map((frame) => frame.step)).toEqual([0, 1, 2, 3, 4]);
	});

	it('accumulates state from the initial directives on and replaces a key written again', () => {
		const tcp = protocol()
			.participant('C').participant('S')
			.add('C', ['state', 'CLOSED']).add('S', ['state', 'LISTEN'])
			.message('C', 'S', 'SYN').add('C', ['state', 'SYN_SENT']).add('S', ['state', 'SYN_RCVD'], ['connection', 'seq x'])
			.message('S', 'C', 'SYN-ACK').add('C', ['state', 'ESTABLISHED'])
			.message('C', 'S', 'ACK').add('S', ['state', 'ESTABLISHED'])
			.build();
		const frames = simulate(tcp);
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
		const frames = simulate(p);
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
		expect(simulate(p)[1]?.changes).toEqual([]);
	});

	it('removes items and names the removal when a later step needs one', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'Login').add('Server', 'session', 'user id')
			.message('Client', 'Server', 'Logout').remove('Server', 'session')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		const frames = simulate(p);
		expect(frames[1]?.state).toEqual({ Server: { 'user id': true } });
		expect(frames[2]?.failed).toBe('Server no longer holds session: removed after step 2');
		expect(frames[2]?.failure).toEqual({ participant: 'Server', item: 'session', cause: { kind: 'removed', atPosition: 1 } });
	});

	it('leaves a participant out of the state once it holds nothing', () => {
		const p = protocol()
			.message('A', 'B', 'open').add('B', 'x')
			.message('A', 'B', 'close').remove('B', 'x')
			.build();
		expect(simulate(p)[1]?.state).toEqual({});
	});

	it('keeps durable items through a restart and drops the rest', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.durable('Server', 'signing key')
			.message('Client', 'Server', 'Login').add('Server', 'cache').add('Client', 'token')
			.message('Client', 'Server', 'GET /profile').needs('Client', 'token').needs('Server', 'signing key')
			.build();
		const frames = simulate(p, { restarts: [{ participant: 'Server', atStep: 0 }] });
		expect(frames[0]?.state).toEqual({ Server: { 'signing key': true }, Client: { token: true } });
		expect(frames[1]?.failed).toBeUndefined();
		expect(frames[1]?.failure).toBeUndefined();
	});

	it('keeps the latest value of a durable item through a restart', () => {
		const p = protocol()
			.durable('DB', ['schema', 'v1'])
			.message('App', 'DB', 'migrate').add('DB', ['schema', 'v2'], 'lock')
			.note('DB', 'crash').restart('DB')
			.build();
		expect(simulate(p)[1]?.state).toEqual({ DB: { schema: 'v2' } });
	});

	it('holds durable items from the start', () => {
		const p = protocol().durable('Server', ['config', 'prod']).message('A', 'Server', 'hi').build();
		expect(simulate(p)[0]?.state).toEqual({ Server: { config: 'prod' } });
	});

	it('applies a scripted restart and fails a later request that needed what was lost', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'Login').add('Server', 'session')
			.note('Server', 'deploy: process restarts').restart('Server')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		const frames = simulate(p);
		expect(frames[1]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'Server', key: 'session', change: 'removed' }]);
		expect(frames[2]?.failed).toBe('Server no longer holds session: restarted after step 2');
		expect(frames[2]?.failure).toEqual({
			participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 1, scripted: true },
		});
	});

	it('marks a request failed after an injected server restart, naming participant, item and cause', () => {
		const frames = simulate(statefulLogin(), { restarts: [{ participant: 'Server', atStep: 2 }] });
		// The restart happens right after step index 2 (path position 3), after its own effects.
		expect(frames[2]?.state).toEqual({ Client: { cookie: true } });
		expect(frames[2]?.changes).toEqual([
			{ participant: 'Client', key: 'cookie', change: 'added' },
			{ participant: 'Server', key: 'session', change: 'removed' },
		]);
		expect(frames[3]?.failed).toBe('Server no longer holds session: restarted after step 3');
		expect(frames[3]?.failure).toEqual({
			participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 2, scripted: false },
		});
		expect(frames[4]?.failed).toBeUndefined();
	});

	it('fails nothing without faults', () => {
		expect(simulate(statefulLogin()).filter((frame) => frame.failed !== undefined)).toEqual([]);
	});

	it('counts step numbers in reasons along the path, not as written', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.block('alt', ['slow', 'fast'],
				(b) => b.message('Client', 'Server', 'Hello').message('Server', 'Client', 'Wait'),
				(b) => b.message('Client', 'Server', 'Hello fast'))
			.message('Client', 'Server', 'Login').add('Server', 'session')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session')
			.build();
		// Path [2, 3, 4]: the restart after step index 3 happens after path position 2 (1-based).
		const frames = simulate(p, { branches: { 0: 1 }, restarts: [{ participant: 'Server', atStep: 3 }] });
		expect(frames.map((frame) => frame.step)).toEqual([2, 3, 4]);
		expect(frames[2]?.failed).toBe('Server no longer holds session: restarted after step 2');
	});

	it('ignores an injected restart at a step that is not on the path', () => {
		const p = protocol()
			.message('C', 'S', 'Login').add('S', 'session')
			.block('opt', ['maybe'], (b) => b.message('C', 'S', 'ping'))
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { branches: { 0: 1 }, restarts: [{ participant: 'S', atStep: 1 }] });
		expect(frames.map((frame) => frame.step)).toEqual([0, 2]);
		expect(frames[1]?.failed).toBeUndefined();
	});

	it('says a participant that never held the item does not hold it, by the name the diagram shows', () => {
		const p = protocol()
			.participant('A', 'Server A').participant('B', 'Server B')
			.message('A', 'A', 'Store session').add('A', 'session')
			.message('C', 'B', 'GET /profile').needs('B', 'session')
			.build();
		const frames = simulate(p);
		expect(frames[1]?.failed).toBe('Server B does not hold session');
		expect(frames[1]?.failure).toEqual({ participant: 'B', item: 'session', cause: { kind: 'never' } });
	});

	it('reports the first unmet need in the order written', () => {
		const p = protocol()
			.message('C', 'S', 'GET').needs('C', 'cookie').needs('S', 'session', 'user')
			.build();
		expect(simulate(p)[0]?.failure).toEqual({ participant: 'C', item: 'cookie', cause: { kind: 'never' } });
		const q = protocol()
			.message('C', 'S', 'hi').add('C', 'cookie').add('S', 'session')
			.message('C', 'S', 'GET').needs('C', 'cookie').needs('S', 'session', 'user')
			.build();
		expect(simulate(q)[1]?.failed).toBe('S does not hold user');
	});

	it('does not apply the effects of a failed step, so what depends on it fails too', () => {
		const p = protocol()
			.participant('Client').participant('Server')
			.message('Client', 'Server', 'GET /profile').needs('Server', 'session').add('Client', 'profile')
			.message('Client', 'Client', 'Show profile').needs('Client', 'profile')
			.build();
		const frames = simulate(p);
		expect(frames[0]?.failed).toBe('Server does not hold session');
		expect(frames[0]?.state).toEqual({});
		expect(frames[0]?.changes).toEqual([]);
		expect(frames[1]?.failed).toBe('Client does not hold profile');
	});

	it('still applies an injected restart after a failed step', () => {
		const p = protocol()
			.message('C', 'S', 'setup').add('S', 'cache')
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { restarts: [{ participant: 'S', atStep: 1 }] });
		expect(frames[1]?.failed).toBe('S does not hold session');
		expect(frames[1]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'S', key: 'cache', change: 'removed' }]);
	});

	it('meets a need again once the lost item is stored again', () => {
		const p = protocol()
			.message('C', 'S', 'Login').add('S', 'session')
			.message('C', 'S', 'Login again').add('S', 'session')
			.message('C', 'S', 'GET').needs('S', 'session')
			.build();
		const frames = simulate(p, { restarts: [{ participant: 'S', atStep: 0 }] });
		expect(frames[0]?.state).toEqual({});
		expect(frames[1]?.changes).toEqual([{ participant: 'S', key: 'session', change: 'added' }]);
		expect(frames[2]?.failed).toBeUndefined();
	});

	it('gives every frame its own state, so earlier frames keep what they showed', () => {
		const p = protocol()
			.message('A', 'B', 'one').add('B', ['n', '1']).add('A', 'x')
			.message('A', 'B', 'two').add('B', ['n', '2'])
			.build();
		const frames = simulate(p);
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
		const frames = simulate(p);
		expect(Object.keys(frames[0]?.state.B ?? {})).toEqual(['constructor', '__proto__']);
		expect(frames[1]?.failed).toBe('B does not hold toString');
		// A later change copies the record: the odd keys must survive the copy as plain keys.
		expect(Object.keys(frames[2]?.state.B ?? {})).toEqual(['constructor', '__proto__', 'more']);
		expect(Object.getPrototypeOf(frames[2]?.state.B)).toBe(Object.prototype);
	});
});
