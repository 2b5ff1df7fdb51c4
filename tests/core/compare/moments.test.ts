import { describe, expect, it } from 'vitest';
import { findMoment, momentKey, momentName, sharedMoments, sharedParticipants } from '../../../src/core/compare/moments';
import { resolveFault } from '../../../src/core/compare/resolve-fault';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Protocol } from '../../../src/core/model';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';

function protocolOf(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.protocol;
}

function firstProtocolBlock(note: string): Protocol {
	const block = codeBlocks(readExampleNote(note), 'protocol')[0];
	if (!block) throw new Error(`no protocol block in ${note}`);
	return protocolOf(block.source);
}

const stateful = (): Protocol => firstProtocolBlock('Stateful login.md');
const stateless = (): Protocol => firstProtocolBlock('무상태 프로토콜 (Stateless).md');

describe('moment names', () => {
	it('drop a trailing parenthesised detail and compare ignoring case, <br> and spacing', () => {
		expect(momentName('Login Response (Set-Cookie: sid)')).toBe('Login Response');
		expect(momentName('(only detail)')).toBe('(only detail)');
		expect(momentName('GET /profile')).toBe('GET /profile');
		expect(momentKey('  Store<br/>Client   Info ')).toBe('store client info');
	});
});

describe('sharedParticipants', () => {
	it('lists labels found on every side, ignoring case, in the first side\'s order', () => {
		const a = protocolOf('participant C as Client\nparticipant S as Server\nparticipant R as Redis\nC->>S: x');
		const b = protocolOf('participant server\nparticipant client\nclient->>server: y');
		expect(sharedParticipants([{ protocol: a }, { protocol: b }])).toEqual(['Client', 'Server']);
	});
});

describe('sharedMoments', () => {
	it('offers the steps both login notes have, by moment name, in the first note\'s order', () => {
		// Stateful: Login Request (id, password), Verify Request, Store session, Login Response (Set-Cookie: sid),
		// GET /profile (Cookie: sid), Profile. Stateless: the same without Store session, other details in brackets.
		expect(sharedMoments([{ protocol: stateful() }, { protocol: stateless() }]).map((m) => m.text)).toEqual([
			'Login Request', 'Verify Request', 'Login Response', 'GET /profile', 'Profile',
		]);
	});

	it('adds %% @phase names found on every side and follows the chosen branch', () => {
		const a = protocolOf('A->>B: hello\n%% @phase greeted\nalt x\nA->>B: left\nelse y\nA->>B: right\nend');
		const b = protocolOf('A->>B: hi\n%% @phase Greeted\nA->>B: right');
		expect(sharedMoments([{ protocol: a }, { protocol: b }])).toEqual([{ text: 'greeted', phase: true }]);
		expect(sharedMoments([{ protocol: a, branches: { 0: 1 } }, { protocol: b }]).map((m) => m.text)).toEqual(['greeted', 'right']);
	});
});

describe('findMoment', () => {
	it('prefers the exact step text, then the moment name, then a phase', () => {
		const protocol = protocolOf('A->>B: Login (x)\n%% @phase in\nA->>B: Login\nB-->>A: ok');
		expect(findMoment(protocol.steps, 'login')).toBe(1);
		expect(findMoment(protocol.steps, 'Login (X)')).toBe(0);
		expect(findMoment(protocol.steps, 'IN')).toBe(0);
		expect(findMoment(protocol.steps, 'nothing')).toBe(-1);
	});
});

describe('resolveFault', () => {
	it('finds "restart Server after Login Response" at each side\'s own position', () => {
		const spec = { kind: 'restart' as const, participant: 'server', moment: 'Login Response', line: 3 };
		// Stateful: Login Response is the 4th step (position 3); stateless: the 3rd (position 2).
		expect(resolveFault({ protocol: stateful() }, spec)).toEqual({ ok: true, fault: { kind: 'restart', participant: 'Server', after: 3 }, position: 3 });
		expect(resolveFault({ protocol: stateless() }, spec)).toEqual({ ok: true, fault: { kind: 'restart', participant: 'Server', after: 2 }, position: 2 });
	});

	it('finds a participant by id or label and a drop by message text', () => {
		const tcp = firstProtocolBlock('TCP.md');
		expect(resolveFault({ protocol: tcp }, { kind: 'restart', participant: 'S', moment: 'ACK (ack=y+1)', line: 1 }))
			.toEqual({ ok: true, fault: { kind: 'restart', participant: 'S', after: 2 }, position: 2 });
		expect(resolveFault({ protocol: tcp }, { kind: 'drop', moment: 'data', line: 1 }))
			.toEqual({ ok: true, fault: { kind: 'drop', step: 3 }, position: 3 });
	});

	it('says what a side lacks', () => {
		expect(resolveFault({ protocol: stateless() }, { kind: 'restart', participant: 'Redis', moment: 'Profile', line: 1 })).toEqual({ ok: false, missing: 'participant' });
		expect(resolveFault({ protocol: stateless() }, { kind: 'restart', participant: 'Server', moment: 'Store session', line: 1 })).toEqual({ ok: false, missing: 'moment' });
		expect(resolveFault({ protocol: stateless() }, { kind: 'drop', moment: 'Store session', line: 1 })).toEqual({ ok: false, missing: 'moment' });
	});

	it('finds no message to lose in a message to oneself, which travels nowhere (issue 17)', () => {
		const stateful = firstProtocolBlock('Stateful login.md');
		expect(resolveFault({ protocol: stateful }, { kind: 'drop', moment: 'Store session', line: 1 })).toEqual({ ok: false, missing: 'moment' });
		expect(resolveFault({ protocol: stateful }, { kind: 'restart', participant: 'Server', moment: 'Store session', line: 1 }))
			.toEqual({ ok: true, fault: { kind: 'restart', participant: 'Server', after: 2 }, position: 2 });
	});
});
