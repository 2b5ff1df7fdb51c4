import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { simulate } from '../../../src/core/simulate/simulate';
import type { Protocol } from '../../../src/core/model';
import { protocol } from './build-protocol';
import { exampleProtocol } from './example-protocols';

function parsed(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.protocol;
}

/**
 * A JWT flow: 0 login, 1 tokens (+refresh token), 2 POST /refresh (needs both sides' refresh state),
 * 3 new access token (+access token; `401 Unauthorized` on failure), 4 GET /data (needs the access token), 5 data.
 */
const JWT = [
	'sequenceDiagram',
	'participant C as Client',
	'participant Auth',
	'participant API',
	'C->>Auth: login',
	'%% @state Auth += refresh session = r1',
	'Auth-->>C: tokens',
	'%% @state C += refresh token = r1',
	'C->>Auth: POST /refresh',
	'%% @needs C: refresh token',
	'%% @needs Auth: refresh session',
	'Auth-->>C: new access token',
	'%% @on-failure 401 Unauthorized',
	'%% @state C += access token = a2',
	'C->>API: GET /data',
	'%% @needs C: access token',
	'API-->>C: data',
].join('\n');

describe('simulate: restarts take exactly what was held', () => {
	it('lists the TCP server\'s items at that moment, with their values, when it restarts after the ACK (issue 8, item 1)', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol'), { faults: [{ kind: 'restart', participant: 'S', after: 2 }] }).frames;
		expect(frames[2]?.restarts).toEqual([{
			participant: 'S', scripted: false,
			removed: [{ key: 'state', value: 'ESTABLISHED' }, { key: 'connection', value: 'seq x' }],
		}]);
		expect(frames[2]?.state).toEqual({ C: { state: 'ESTABLISHED' } });
	});

	it('keeps durable items out of what a restart removed, and records a restart of a participant holding nothing', () => {
		const p = protocol()
			.durable('S', ['key', 'k1'])
			.message('C', 'S', 'hello').add('S', 'cache')
			.build();
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'S', after: 0 }, { kind: 'restart', participant: 'C', after: 0 }] }).frames;
		expect(frames[0]?.restarts).toEqual([
			{ participant: 'S', scripted: false, removed: [{ key: 'cache', value: true }] },
			{ participant: 'C', scripted: false, removed: [] },
		]);
	});

	it('applies a restart after −1 right after Start and reports it there', () => {
		const sim = simulate(exampleProtocol('TCP.md', 'protocol'), { faults: [{ kind: 'restart', participant: 'S', after: -1 }] });
		expect(sim.start).toEqual({ C: { state: 'CLOSED' }, S: { state: 'LISTEN' } });
		expect(sim.startRestarts).toEqual([{ participant: 'S', scripted: false, removed: [{ key: 'state', value: 'LISTEN' }] }]);
		// The SYN gives the server its state again; the first frame's changes are the SYN's own.
		expect(sim.frames[0]?.state).toEqual({ C: { state: 'SYN_SENT' }, S: { state: 'SYN_RCVD', connection: 'seq x' } });
		expect(sim.frames[0]?.changes).toEqual([
			{ participant: 'C', key: 'state', change: 'changed' },
			{ participant: 'S', key: 'state', change: 'added' },
			{ participant: 'S', key: 'connection', change: 'added' },
		]);
	});
});

describe('simulate: Start', () => {
	it('shows what each participant holds before the first message (issue 8, item 5)', () => {
		expect(simulate(exampleProtocol('TCP.md', 'protocol')).start).toEqual({ C: { state: 'CLOSED' }, S: { state: 'LISTEN' } });
		expect(simulate(exampleProtocol('무상태 프로토콜 (Stateless).md', 'protocol')).start).toEqual({ Server: { 'signing key': true } });
		expect(simulate(exampleProtocol('HTTP.md', 'protocol')).start).toEqual({});
	});
});

describe('simulate: a failed step does not happen as written', () => {
	it('gives no token after the auth server restarts, so the next request fails too (issue 8, item 4)', () => {
		const frames = simulate(parsed(JWT), { faults: [{ kind: 'restart', participant: 'Auth', after: 1 }] }).frames;
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok', 'failed', 'consequence', 'failed', 'consequence']);
		expect(frames[2]?.failure).toEqual({ participant: 'Auth', item: 'refresh session', cause: { kind: 'restart', atPosition: 1, scripted: false } });
		expect(frames[3]).toMatchObject({ consequenceOf: 2, label: '401 Unauthorized', scripted: false });
		expect(frames[3]?.state.C).toEqual({ 'refresh token': 'r1' });
		expect(frames[3]?.changes).toEqual([]);
		expect(frames[4]?.failure).toEqual({ participant: 'C', item: 'access token', cause: { kind: 'not-given', atPosition: 3 } });
		expect(frames[5]?.consequenceOf).toBe(4);
	});

	it('hands out the token and fails nothing without the restart, and writes no failure label', () => {
		const frames = simulate(parsed(JWT)).frames;
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
		expect(frames[3]?.label).toBeUndefined();
		expect(frames[3]?.state.C).toEqual({ 'refresh token': 'r1', 'access token': 'a2' });
		expect(frames.every((frame) => frame.scripted)).toBe(true);
	});

	it('takes the reply as the answer to the innermost open request: the later of two GETs', () => {
		const p = protocol()
			.message('C', 'S', 'GET').needs('S', 'session')
			.message('C', 'S', 'GET again')
			.message('S', 'C', 'answer').add('C', 'page')
			.build();
		const frames = simulate(p).frames;
		// The second GET replaces the first: the answer replies to it, and it happened.
		expect(frames.map((frame) => frame.outcome)).toEqual(['failed', 'ok', 'ok']);
		expect(frames[2]?.state).toEqual({ C: { page: true } });
	});

	it('lets what the author wrote after a request that fails without a fault stand, a message to oneself included', () => {
		const p = protocol()
			.message('S', 'S', 'load').needs('S', 'config')
			.message('C', 'S', 'GET').needs('S', 'config')
			.note('S', 'thinking')
			.message('S', 'S', 'log')
			.reply('S', 'C', '500')
			.build();
		// Issue 17: without injected faults there are no consequences (the rule before it made the 500 one).
		expect(simulate(p).frames.map((frame) => [frame.outcome, frame.consequenceOf])).toEqual([
			['failed', undefined], ['failed', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined],
		]);
	});

	it('still applies a scripted restart written under a step that failed', () => {
		const p = protocol()
			.message('C', 'S', 'login').add('S', 'session')
			.message('C', 'S', 'GET').needs('S', 'token').restart('S')
			.build();
		const frames = simulate(p).frames;
		expect(frames[1]?.outcome).toBe('failed');
		expect(frames[1]?.restarts).toEqual([{ participant: 'S', scripted: true, removed: [{ key: 'session', value: true }] }]);
	});
});

describe('simulate: drops', () => {
	it('loses a message dropped by a fault: what it gives its receiver does not happen, and what needed it fails', () => {
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol'), { faults: [{ kind: 'drop', step: 3 }] }).frames;
		// 0 Login Request, 1 Verify, 2 Store session, 3 Login Response (lost), 4 GET /profile, 5 Profile.
		// Issue 17: losing "Store session" (a message to oneself) did this before; now the response is lost instead.
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok', 'ok', 'dropped', 'failed', 'consequence']);
		expect(frames[3]?.scripted).toBe(false);
		expect(frames[3]?.state).toEqual({ Server: { session: 'alice', 'last login': '2024-10-29' } });
		expect(frames[4]?.failure).toEqual({ participant: 'Client', item: 'cookie', cause: { kind: 'not-given', atPosition: 3, lost: true } });
	});

	it('makes the reply to a lost request a consequence that gives nothing', () => {
		const frames = simulate(parsed(JWT), { faults: [{ kind: 'drop', step: 2 }] }).frames;
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok', 'dropped', 'consequence', 'failed', 'consequence']);
		expect(frames[3]).toMatchObject({ consequenceOf: 2, label: '401 Unauthorized' });
		expect(frames[4]?.failure?.cause).toEqual({ kind: 'not-given', atPosition: 3 });
	});

	it('scripts a drop with %% @drop, as an outcome that happens with no injected fault, and lets the rest stand as written', () => {
		const frames = simulate(parsed(JWT.replace('C->>Auth: POST /refresh', 'C->>Auth: POST /refresh\n%% @drop'))).frames;
		// Issue 17: without injected faults there are no consequences; the answer the author wrote after the lost
		// request stands (it was a consequence before, and the data request failed).
		expect(frames.map((frame) => [frame.outcome, frame.scripted])).toEqual([
			['ok', true], ['ok', true], ['dropped', true], ['ok', true], ['ok', true], ['ok', true],
		]);
		// The answer to the lost request reads its `@on-failure` text, as the author wrote for that case.
		expect(frames[3]?.label).toBe('401 Unauthorized');
	});

	it('ignores a drop of a note, which is no message', () => {
		const p = protocol().message('A', 'B', 'x').add('B', 'k').note('B', 'n').add('B', 'm').build();
		expect(simulate(p, { faults: [{ kind: 'drop', step: 1 }] }).frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok']);
	});
});

describe('simulate: scripted outcomes', () => {
	it('marks an injected fault\'s outcomes unscripted and a scripted restart\'s failure scripted', () => {
		const injected = simulate(exampleProtocol('Stateful login.md', 'protocol'), { faults: [{ kind: 'restart', participant: 'Server', after: 3 }] }).frames;
		expect(injected.map((frame) => frame.scripted)).toEqual([true, true, true, true, false, false]);
		const scripted = simulate(exampleProtocol('Stateful login.md', 'protocol', 1)).frames;
		expect(scripted[4]).toMatchObject({ outcome: 'failed', scripted: true });
		// Issue 17: the written "401 Please log in again" stands as written (it was a consequence before).
		expect(scripted[5]).toMatchObject({ outcome: 'ok', scripted: true });
	});

	it('keeps a scripted failure scripted when an injected fault leaves it failing', () => {
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol'), { faults: [{ kind: 'restart', participant: 'A', after: 2 }] }).frames;
		expect(frames[5]).toMatchObject({ outcome: 'failed', scripted: true });
	});
});
