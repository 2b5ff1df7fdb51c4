import { describe, expect, it } from 'vitest';
import type { Frame, Protocol } from '../../src/core/model';
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

function failures(frames: Frame[]): { step: number; failed: string | undefined }[] {
	return frames.filter((frame) => frame.failed !== undefined).map((frame) => ({ step: frame.step, failed: frame.failed }));
}

const SEED = 'seed/Reference copy (unchanged) - 상태유지 프로토콜.md';
const CLIENT_INFORMATION = ['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token'];

describe('the reference note, unchanged', () => {
	it('shows the server holding the client information at the fourth step of the first diagram', () => {
		const frames = simulate(exampleProtocol(SEED, 'mermaid', 0));
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
		const frames = simulate(exampleProtocol(SEED, 'mermaid', 1));
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
		const frames = simulate(protocol, { branches: { 0: 1 } });
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 4, 5, 6]);
		expect(Object.keys(frames[4]?.state.Server ?? {}).sort()).toEqual([...CLIENT_INFORMATION].sort());
	});
});

describe('Stateful login', () => {
	it('holds the session and the cookie after the login response', () => {
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 0));
		expect(frames[3]?.state).toEqual({ Server: { session: 'alice', 'last login': '2024-10-29' }, Client: { cookie: 'sid' } });
		expect(failures(frames)).toEqual([]);
	});

	it('fails the profile request after the server restarts following the login response', () => {
		// Step index 3 is "Login Response", the 4th step on the path.
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 0), { restarts: [{ participant: 'Server', atStep: 3 }] });
		expect(failures(frames)).toEqual([{ step: 4, failed: 'Server no longer holds session: restarted after step 4' }]);
		expect(frames[4]?.failure).toEqual({ participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 3, scripted: false } });
	});

	it('fails the profile request after the scripted restart with no injected fault', () => {
		const frames = simulate(exampleProtocol('Stateful login.md', 'protocol', 1));
		// Login Request, Store session, Login Response, the deploy note (restart), GET /profile, 401.
		expect(failures(frames)).toEqual([{ step: 4, failed: 'Server no longer holds session: restarted after step 4' }]);
		expect(frames[4]?.failure?.cause).toEqual({ kind: 'restart', atPosition: 3, scripted: true });
	});
});

describe('무상태 프로토콜 (Stateless)', () => {
	it('survives a server restart at any step: the signing key is durable and the client carries the token', () => {
		const protocol = exampleProtocol('무상태 프로토콜 (Stateless).md', 'protocol', 0);
		expect(failures(simulate(protocol))).toEqual([]);
		for (const step of protocol.steps) {
			const frames = simulate(protocol, { restarts: [{ participant: 'Server', atStep: step.index }] });
			expect(failures(frames)).toEqual([]);
			expect(frames.every((frame) => frame.state.Server?.['signing key'] === true)).toBe(true);
		}
	});
});

describe('세션과 수평 확장', () => {
	it('fails on Server B when the session lives in Server A\'s memory', () => {
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol', 0));
		// C->LB, LB->A, then the first branch: Store session, Set-Cookie, GET (C->LB), GET (LB->B), 401.
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(failures(frames)).toEqual([{ step: 5, failed: 'Server B does not hold session' }]);
		expect(frames[5]?.failure).toEqual({ participant: 'B', item: 'session', cause: { kind: 'never' } });
	});

	it('succeeds when the session lives in Redis', () => {
		const frames = simulate(exampleProtocol('세션과 수평 확장.md', 'protocol', 0), { branches: { 0: 1 } });
		expect(frames.map((frame) => frame.step)).toEqual([0, 1, 7, 8, 9, 10, 11, 12, 13]);
		expect(failures(frames)).toEqual([]);
		expect(frames[frames.length - 1]?.state).toEqual({ R: { session: true }, C: { cookie: true } });
	});
});

describe('TCP', () => {
	it('ends with both sides ESTABLISHED and no failure', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0));
		expect(failures(frames)).toEqual([]);
		expect(frames[frames.length - 1]?.state).toEqual({
			C: { state: 'ESTABLISHED' },
			S: { state: 'ESTABLISHED', connection: 'seq x' },
		});
	});

	it('walks the handshake states from CLOSED and LISTEN', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0));
		expect(frames[0]?.state).toEqual({ C: { state: 'SYN_SENT' }, S: { state: 'SYN_RCVD', connection: 'seq x' } });
		expect(frames[1]?.state.C).toEqual({ state: 'ESTABLISHED' });
	});

	it('fails the data segment when the server restarts after the handshake', () => {
		const frames = simulate(exampleProtocol('TCP.md', 'protocol', 0), { restarts: [{ participant: 'S', atStep: 2 }] });
		expect(failures(frames)).toEqual([{ step: 3, failed: 'Server no longer holds connection: restarted after step 3' }]);
	});
});

describe('HTTP', () => {
	it('keeps no state and fails nothing, even when the server restarts', () => {
		const frames = simulate(exampleProtocol('HTTP.md', 'protocol', 0), { restarts: [{ participant: 'Server', atStep: 1 }] });
		expect(frames).toHaveLength(4);
		expect(frames.map((frame) => frame.state)).toEqual([{}, {}, {}, {}]);
		expect(failures(frames)).toEqual([]);
	});
});
