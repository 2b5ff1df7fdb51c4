import { describe, expect, it } from 'vitest';
import type { Frame, Protocol } from '../../../src/core/model';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { faultMap } from '../../../src/core/simulate/fault-map';
import { simulate } from '../../../src/core/simulate/simulate';
import { exampleProtocol } from './example-protocols';

/** Each frame as `[outcome, consequenceOf]`, the shape a learner reads: what happened, and because of which step. */
function outcomes(frames: readonly Frame[]): [string, number | undefined][] {
	return frames.map((frame) => [frame.outcome, frame.consequenceOf]);
}

function parsed(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.protocol;
}

const STATEFUL = (): Protocol => exampleProtocol('Stateful login.md', 'protocol');

describe('simulate: faults that tell the truth (issue 17)', () => {
	it('fails the next request on its own need when the login response is lost, and makes only its answer a consequence (finding 1)', () => {
		// 0 Login Request, 1 Verify, 2 Store session, 3 Login Response (lost), 4 GET /profile, 5 Profile.
		const frames = simulate(STATEFUL(), { faults: [{ kind: 'drop', step: 3 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['ok', undefined], ['ok', undefined], ['dropped', undefined], ['failed', undefined], ['consequence', 4]]);
		expect(frames[4]?.failure).toEqual({ participant: 'Client', item: 'cookie', cause: { kind: 'not-given', atPosition: 3, lost: true } });
		expect(frames[3]?.state).toEqual({ Server: { session: 'alice', 'last login': '2024-10-29' } });
	});

	it('fails the profile request of "A lost login response" in Start here on the cookie that never came (finding 1)', () => {
		const frames = simulate(exampleProtocol('Start here.md', 'protocol', 5)).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['dropped', undefined], ['failed', undefined]]);
		expect(frames[2]?.failure).toEqual({ participant: 'Client', item: 'cookie', cause: { kind: 'not-given', atPosition: 1, lost: true } });
		expect(frames.every((frame) => frame.scripted)).toBe(true);
	});

	it('leaves the next independent HTTP request alone when a 200 OK is lost (finding 1)', () => {
		const frames = simulate(exampleProtocol('HTTP.md', 'protocol'), { faults: [{ kind: 'drop', step: 1 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['dropped', undefined], ['ok', undefined], ['ok', undefined]]);
	});

	it('acknowledges no data when the SYN-ACK is lost: the client stays in SYN_SENT and the server in SYN_RCVD (findings 1 and 5)', () => {
		// 0 SYN, 1 SYN-ACK (lost), 2 ACK, 3 data, 4 ACK of the data.
		const frames = simulate(exampleProtocol('TCP.md', 'protocol'), { faults: [{ kind: 'drop', step: 1 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['dropped', undefined], ['failed', undefined], ['failed', undefined], ['consequence', 3]]);
		expect(frames[2]?.failure).toEqual({ participant: 'C', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_SENT', missed: { atPosition: 1, lost: true } } });
		expect(frames[3]?.failure).toEqual({ participant: 'S', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_RCVD', missed: { atPosition: 2 } } });
	});

	it('lets the receiver of a lost login request do nothing: its own steps and its answer are consequences (finding 2)', () => {
		const frames = simulate(STATEFUL(), { faults: [{ kind: 'drop', step: 0 }] }).frames;
		expect(outcomes(frames)).toEqual([['dropped', undefined], ['consequence', 0], ['consequence', 0], ['consequence', 0], ['failed', undefined], ['consequence', 4]]);
		// Verify and Store session sit inside the call; the response answers it.
		expect(frames.map((frame) => frame.inside === true)).toEqual([false, true, true, false, false, false]);
		expect(frames[2]?.state).toEqual({});
		expect(frames[4]?.failure).toEqual({ participant: 'Client', item: 'cookie', cause: { kind: 'not-given', atPosition: 3 } });
	});

	it('keeps the author\'s written answer to a request that fails by a scripted restart as written (finding 3)', () => {
		// 0 Login Request, 1 Store session, 2 Login Response, 3 deploy (restart), 4 GET /profile, 5 401 Please log in again.
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 1)).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined], ['failed', undefined], ['ok', undefined]]);
		expect(frames.every((frame) => frame.scripted)).toBe(true);
	});

	it('carries a Redis failure up through Server B to the client\'s answer past the load balancer (finding 4)', () => {
		// Redis branch: 0 C→LB, 1 LB→A, 2 A→R SET, 3 A→C Set-Cookie, 4 C→LB GET, 5 LB→B GET, 6 B→R GET sid, 7 R→B session, 8 B→C Profile.
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol'), { branches: { 0: 1 }, faults: [{ kind: 'restart', participant: 'R', after: 4 }] }).frames;
		expect(outcomes(frames)).toEqual([
			['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined],
			['failed', undefined], ['consequence', 6], ['consequence', 6],
		]);
	});

	it('checks the value a need names, and says which value is held (finding 5)', () => {
		const p = parsed([
			'sequenceDiagram',
			'%% @state S += state = LISTEN',
			'C->>S: SYN',
			'%% @state S += state = SYN_RCVD',
			'C->>S: data',
			'%% @needs S: state = ESTABLISHED',
			'C->>S: data again',
			'%% @needs S: state = SYN_RCVD',
		].join('\n'));
		const frames = simulate(p).frames;
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'failed', 'ok']);
		expect(frames[1]?.failure).toEqual({ participant: 'S', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_RCVD' } });
	});

	it('reads a value in double quotes with its commas', () => {
		const p = parsed([
			'sequenceDiagram',
			'A->>B: close',
			'%% @state B += reason = "closed, by peer", code = 7',
			'A->>B: check',
			'%% @needs B: reason = "closed, by peer", code = 7',
		].join('\n'));
		expect(p.steps[0]?.effects).toEqual([{ kind: 'add', participant: 'B', items: [{ key: 'reason', value: 'closed, by peer' }, { key: 'code', value: '7' }], line: 3 }]);
		expect(p.steps[1]?.needs).toEqual([{ participant: 'B', keys: ['reason', 'code'], values: ['closed, by peer', '7'], line: 5 }]);
		expect(simulate(p).frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok']);
	});

	it('never loses a message to oneself or a note, and offers neither in the fault map (finding 7)', () => {
		const frames = simulate(STATEFUL(), { faults: [{ kind: 'drop', step: 2 }] }).frames;
		expect(frames.map((frame) => frame.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
		expect(faultMap(STATEFUL()).drops.map((cell) => cell.step)).toEqual([0, 3, 4, 5]);
		const withNote = exampleProtocol('Stateful login.md', 'protocol', 1);
		expect(faultMap(withNote).drops.map((cell) => cell.step)).toEqual([0, 2, 4, 5]);
	});

	it('warns about `@drop` under a message to oneself and does not script it', () => {
		const result = parseProtocol('sequenceDiagram\nS->>S: Store session\n%% @drop');
		if (!result.ok) throw new Error('does not parse');
		expect(result.protocol.steps[0]?.drop).toBeUndefined();
		expect(result.warnings.map((warning) => warning.line)).toEqual([3]);
	});
});

describe('simulate: calls', () => {
	it('makes what the server does inside a call a consequence when the call\'s request fails under an injected fault', () => {
		const p = parsed([
			'sequenceDiagram',
			'C->>S: GET',
			'%% @needs S: config',
			'S->>DB: query',
			'DB-->>S: rows',
			'%% @state S += rows',
			'S->>S: render',
			'Note over S: thinking',
			'S-->>C: page',
			'%% @on-failure 500',
		].join('\n'));
		// With no fault the GET fails on its own need and what the author wrote after it stands.
		expect(outcomes(simulate(p).frames)).toEqual([['failed', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined], ['ok', undefined]]);
		const lost = simulate(p, { faults: [{ kind: 'drop', step: 0 }] }).frames;
		expect(outcomes(lost)).toEqual([['dropped', undefined], ['consequence', 0], ['consequence', 0], ['consequence', 0], ['consequence', 0], ['consequence', 0]]);
		expect(lost[5]?.label).toBe('500');
		expect(lost[2]?.state).toEqual({});
	});

	it('breaks the enclosing answer when a step inside the call fails, and leaves the steps before it alone', () => {
		const p = parsed([
			'sequenceDiagram',
			'%% @state DB += rows',
			'C->>S: GET',
			'S->>S: parse',
			'S->>DB: query',
			'%% @needs DB: rows',
			'DB-->>S: rows',
			'S-->>C: page',
			'C->>S: GET again',
			'S-->>C: page again',
		].join('\n'));
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'DB', after: 1 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['ok', undefined], ['failed', undefined], ['consequence', 2], ['consequence', 2], ['ok', undefined], ['ok', undefined]]);
	});

	it('lets a lost answer withhold only its effects: an independent next request still happens', () => {
		const p = parsed([
			'sequenceDiagram',
			'C->>S: GET /a',
			'S-->>C: a',
			'%% @state C += a',
			'C->>S: GET /b',
			'S-->>C: b',
			'C->>S: GET /c',
			'%% @needs C: a',
			'S-->>C: c',
		].join('\n'));
		const frames = simulate(p, { faults: [{ kind: 'drop', step: 1 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['dropped', undefined], ['ok', undefined], ['ok', undefined], ['failed', undefined], ['consequence', 4]]);
	});

	it('applies the sender\'s own effects of a lost message, and none of the receiver\'s', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol'), { faults: [{ kind: 'drop', step: 0 }] }).frames;
		expect(frames[0]?.state).toEqual({ C: { state: 'SYN_SENT' }, S: { state: 'LISTEN' } });
	});

	it('counts as a consequence only what an injected fault caused: a scripted failure inside a call breaks nothing', () => {
		const p = parsed([
			'sequenceDiagram',
			'C->>S: GET',
			'S->>DB: query',
			'%% @needs DB: table',
			'DB-->>S: rows',
			'S-->>C: page',
			'%% @needs C: session',
		].join('\n'));
		// The query fails with or without a fault; a restart of C that takes nothing breaks nothing.
		const frames = simulate(p, { faults: [{ kind: 'restart', participant: 'C', after: 0 }] }).frames;
		expect(outcomes(frames)).toEqual([['ok', undefined], ['failed', undefined], ['ok', undefined], ['failed', undefined]]);
		expect(frames.every((frame) => frame.scripted)).toBe(true);
	});
});
