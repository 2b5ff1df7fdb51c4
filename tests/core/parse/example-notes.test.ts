import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Protocol } from '../../../src/core/model';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../../support/note-blocks';

function parsed(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	expect(result.warnings).toEqual([]);
	return result.protocol;
}

function block(note: string, index: number): string {
	return codeBlocks(readExampleNote(note))[index]?.source ?? '';
}

// The copy in the example vault is byte for byte the original (tests/example-vault/vault.test.ts checks).
const seedNote = readExampleNote(REFERENCE_COPY);

describe('parseProtocol on the reference note (unchanged)', () => {
	const [first, second] = codeBlocks(seedNote, 'mermaid');

	it('reads the first diagram as five steps with the stored items inferred on the note', () => {
		const protocol = parsed(first?.source ?? '');
		expect(protocol.steps).toHaveLength(5);
		expect(protocol.participants.map((p) => p.id)).toEqual(['Client', 'Server']);
		const note = protocol.steps[3];
		expect(note).toMatchObject({ kind: 'note', from: 'Server', to: 'Server', placement: 'right of' });
		expect(note?.effects).toEqual([{
			kind: 'add', participant: 'Server', inferred: true, line: 5,
			items: ['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token'].map((key) => ({ key, value: true })),
		}]);
	});

	it('reads the second diagram as one alt with the error branch and the success branch', () => {
		const protocol = parsed(second?.source ?? '');
		expect(protocol.blocks).toHaveLength(1);
		expect(protocol.blocks[0]).toMatchObject({ kind: 'alt', label: 'Server Error', line: 4, endLine: 11 });
		expect(protocol.blocks[0]?.branches).toEqual([
			{ label: 'Server Error', line: 4, firstStep: 2, endStep: 4 },
			{ label: 'Success', line: 7, firstStep: 4, endStep: 7 },
		]);
		expect(protocol.steps[5]?.block).toEqual({ block: 0, branch: 1 });
		expect(protocol.steps[5]?.effects[0]?.kind).toBe('add');
	});
});

describe('parseProtocol on the example vault', () => {
	it('reads TCP with the starting states and later changes on participant ids', () => {
		const protocol = parsed(block('TCP.md', 0));
		expect(protocol.title).toBe('TCP 3-way handshake');
		expect(protocol.kind).toBe('stateful');
		expect(protocol.participants.map((p) => [p.id, p.label])).toEqual([['C', 'Client'], ['S', 'Server']]);
		expect(protocol.initial).toEqual([
			{ kind: 'add', participant: 'C', items: [{ key: 'state', value: 'CLOSED' }], line: 6 },
			{ kind: 'add', participant: 'S', items: [{ key: 'state', value: 'LISTEN' }], line: 7 },
		]);
		expect(protocol.steps).toHaveLength(5);
		expect(protocol.steps[0]?.effects).toEqual([
			{ kind: 'add', participant: 'C', items: [{ key: 'state', value: 'SYN_SENT' }], line: 9 },
			{ kind: 'add', participant: 'S', items: [{ key: 'state', value: 'SYN_RCVD' }, { key: 'connection', value: 'seq x' }], line: 10 },
		]);
		// Issue 17: the ACK needs the client ESTABLISHED, the data the server's connection and ESTABLISHED state.
		expect(protocol.steps[2]?.needs).toEqual([{ participant: 'C', keys: ['state'], values: ['ESTABLISHED'], line: 14 }]);
		expect(protocol.steps[3]?.needs).toEqual([{ participant: 'S', keys: ['connection', 'state'], values: [true, 'ESTABLISHED'], line: 17 }]);
	});

	it('reads the stateless note with the signing key durable and the needs of the profile request', () => {
		const protocol = parsed(block('무상태 프로토콜 (Stateless).md', 0));
		expect(protocol.kind).toBe('stateless');
		expect(protocol.durable).toEqual({ Server: [{ key: 'signing key', value: true }] });
		expect(protocol.initial).toEqual([]);
		expect(protocol.steps[3]?.needs).toEqual([
			{ participant: 'Client', keys: ['token'], line: 12 },
			{ participant: 'Server', keys: ['signing key'], line: 13 },
		]);
	});

	it('reads the two-server note as an alt of two branches with needs on B and on Redis', () => {
		const protocol = parsed(block('세션과 수평 확장.md', 0));
		expect(protocol.participants.map((p) => p.label)).toEqual(['Client', 'Load Balancer', 'Server A', 'Server B', 'Redis']);
		expect(protocol.blocks[0]?.branches.map((b) => [b.label, b.firstStep, b.endStep])).toEqual([
			['세션을 서버 메모리에 저장', 2, 7],
			['외부 세션 저장소 (Redis)', 7, 14],
		]);
		expect(protocol.steps[5]?.needs).toEqual([{ participant: 'B', keys: ['session'], line: 18 }]);
		expect(protocol.steps[11]?.needs).toEqual([{ participant: 'R', keys: ['session'], line: 28 }]);
		// An explicit @state after "Store session" replaces inference.
		expect(protocol.steps[2]?.effects).toEqual([{ kind: 'add', participant: 'A', items: [{ key: 'session', value: true }], line: 13 }]);
	});

	it('reads the scripted restart of the stateful login note on the note above it', () => {
		const protocol = parsed(block('Stateful login.md', 1));
		expect(protocol.steps[3]).toMatchObject({ kind: 'note', text: 'deploy: process restarts' });
		expect(protocol.steps[3]?.effects).toEqual([{ kind: 'restart', participant: 'Server', line: 11 }]);
		expect(protocol.steps[4]?.needs).toEqual([{ participant: 'Server', keys: ['session'], line: 13 }]);
	});

	it('reads values after = in the first stateful login block', () => {
		const protocol = parsed(block('Stateful login.md', 0));
		expect(protocol.steps[2]?.effects).toEqual([{
			kind: 'add', participant: 'Server', line: 9,
			items: [{ key: 'session', value: 'alice' }, { key: 'last login', value: '2024-10-29' }],
		}]);
	});
});
