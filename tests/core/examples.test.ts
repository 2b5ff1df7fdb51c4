import { describe, expect, it } from 'vitest';
import type { Failure, Frame, Protocol } from '../../src/core/model';
import { parseProtocol } from '../../src/core/parse/parse-protocol';
import { branchChoices } from '../../src/core/simulate/branch-choices';
import { simulate } from '../../src/core/simulate/simulate';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

/** The `n`th block of the given language in an example note, parsed (failing the test when it does not parse). */
function exampleProtocol(note: string, language: 'protocol' | 'mermaid', n = 0): Protocol {
	const block = codeBlocks(readExampleNote(note), language)[n];
	if (block === undefined) throw new Error(`${note} has no ${language} block number ${n}`);
	const result = parseProtocol(block.source);
	if (!result.ok) throw new Error(`${note} block ${n} does not parse: ${JSON.stringify(result.errors)}`);
	return result.protocol;
}

function failures(frames: Frame[]): { step: number; failure: Failure | undefined }[] {
	return frames.filter((frame) => frame.outcome === 'failed').map((frame) => ({ step: frame.step, failure: frame.failure }));
}

const SEED = 'seed/Reference copy (unchanged) - 상태유지 프로토콜.md';
const CLIENT_INFORMATION = ['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token'];

describe('the reference note, unchanged', () => {
	it('shows the server holding the client information at the fourth step of the first diagram', () => {
		const frames = simulate(exampleProtocol(SEED, 'mermaid', 0)).frames;
		// Steps: Login Request, Verify Request, Store Client Information, the note, Login Response.
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 2, 3, 4]);
		expect(Object.keys(frames[3]?.state.Server ?? {}).sort()).toEqual([...CLIENT_INFORMATION].sort());
		expect(Object.keys(frames[3]?.state ?? {})).toEqual(['Server']);
	});

	it('infers that state from the note rather than from a directive', () => {
		const protocol = exampleProtocol(SEED, 'mermaid', 0);
		const effects = protocol.steps.flatMap((step) => step.effects);
		expect(effects.length).toBeGreaterThan(0);
		expect(effects.every((effect) => effect.kind === 'add' && effect.inferred === true)).toBe(true);
	});

	it('takes "Server Error" by default in the second diagram, where the server stores nothing', () => {
		const frames = simulate(exampleProtocol(SEED, 'mermaid', 1)).frames;
		// Login Request, Verify Request, then the first branch: Login Failed, Login Request.
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 2, 3]);
		expect(frames.map((frame) => frame.state.Server)).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('offers the second diagram\'s alt as a choice between "Server Error" and "Success"', () => {
		const choices = branchChoices(exampleProtocol(SEED, 'mermaid', 1));
		expect(choices.map((choice) => [choice.block, choice.kind, choice.options.map((option) => option.label)]))
			.toEqual([[0, 'alt', ['Server Error', 'Success']]]);
	});

	it('stores the client information when the "Success" branch is chosen', () => {
		const protocol = exampleProtocol(SEED, 'mermaid', 1);
		expect(protocol.blocks[0]?.branches[1]?.label).toBe('Success');
		const frames = simulate(protocol, { branches: { 0: 1 } }).frames;
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 4, 5, 6]);
		expect(Object.keys(frames[4]?.state.Server ?? {}).sort()).toEqual([...CLIENT_INFORMATION].sort());
	});
});

describe('Stateful login', () => {
	it('holds the session and the cookie after the login response', () => {
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 0)).frames;
		expect(frames[3]?.state).toEqual({ Server: { session: 'alice', 'last login': '2024-10-29' }, Client: { cookie: 'sid' } });
		expect(failures(frames)).toEqual([]);
	});

	it('fails the profile request after the server restarts following the login response', () => {
		// Step index 3 is "Login Response", the 4th step on the path.
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 0), { faults: [{ kind: 'restart', participant: 'Server', after: 3 }] }).frames;
		expect(failures(frames)).toEqual([{ step: 4, failure: { participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 3, scripted: false } } }]);
		// "Profile" answers the failed request: a consequence, not a failure of its own.
		expect(frames[5]).toMatchObject({ outcome: 'consequence', consequenceOf: 4, scripted: false });
	});

	it('fails the profile request after the scripted restart with no injected fault', () => {
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 1)).frames;
		// Login Request, Store session, Login Response, the deploy note (restart), GET /profile, 401.
		expect(failures(frames)).toEqual([{ step: 4, failure: { participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 3, scripted: true } } }]);
		expect(frames[4]?.scripted).toBe(true);
		expect(frames[3]?.restarts).toEqual([{ participant: 'Server', scripted: true, removed: [{ key: 'session', value: true }] }]);
	});
});

describe('무상태 프로토콜 (Stateless)', () => {
	it('survives a server restart at any step: the signing key is durable and the client carries the token', () => {
		const protocol = exampleProtocol('무상태 프로토콜 (Stateless).md', 'protocol', 0);
		expect(failures(simulate(protocol).frames)).toEqual([]);
		for (const step of protocol.steps) {
			const frames = simulate(protocol, { faults: [{ kind: 'restart', participant: 'Server', after: step.index }] }).frames;
			expect(failures(frames)).toEqual([]);
			expect(frames.every((frame) => frame.state.Server?.['signing key'] === true)).toBe(true);
		}
	});
});

describe('세션과 수평 확장', () => {
	it('fails on Server B when the session lives in Server A\'s memory', () => {
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol', 0)).frames;
		// C->LB, LB->A, then the first branch: Store session, Set-Cookie, GET (C->LB), GET (LB->B), 401.
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(failures(frames)).toEqual([{ step: 5, failure: { participant: 'B', item: 'session', cause: { kind: 'never' } } }]);
		// The 401 goes from Server B to the Client, not back to the Load Balancer: it answers nothing that failed.
		expect(frames[6]?.outcome).toBe('ok');
	});

	it('succeeds when the session lives in Redis', () => {
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol', 0), { branches: { 0: 1 } }).frames;
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 7, 8, 9, 10, 11, 12, 13]);
		expect(failures(frames)).toEqual([]);
		expect(frames[frames.length - 1]?.state).toEqual({ R: { session: true }, C: { cookie: true } });
	});
});

describe('TCP', () => {
	it('ends with both sides ESTABLISHED and no failure', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0)).frames;
		expect(failures(frames)).toEqual([]);
		expect(frames[frames.length - 1]?.state).toEqual({
			C: { state: 'ESTABLISHED' },
			S: { state: 'ESTABLISHED', connection: 'seq x' },
		});
	});

	it('walks the handshake states from CLOSED and LISTEN', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0)).frames;
		expect(frames[0]?.state).toEqual({ C: { state: 'SYN_SENT' }, S: { state: 'SYN_RCVD', connection: 'seq x' } });
		expect(frames[1]?.state.C).toEqual({ state: 'ESTABLISHED' });
	});

	it('fails the data segment when the server restarts after the handshake', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0), { faults: [{ kind: 'restart', participant: 'S', after: 2 }] }).frames;
		expect(failures(frames)).toEqual([{ step: 3, failure: { participant: 'S', item: 'connection', cause: { kind: 'restart', atPosition: 2, scripted: false } } }]);
		expect(frames[4]).toMatchObject({ outcome: 'consequence', consequenceOf: 3 });
	});
});

describe('HTTP', () => {
	it('keeps no state and fails nothing, even when the server restarts', () => {
		const frames = simulate(exampleProtocol('HTTP.md', 'protocol', 0), { faults: [{ kind: 'restart', participant: 'Server', after: 1 }] }).frames;
		expect(frames).toHaveLength(4);
		expect(frames.map((frame) => frame.state)).toEqual([{}, {}, {}, {}]);
		expect(failures(frames)).toEqual([]);
	});
});
