import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Diagnostic, Protocol } from '../../../src/core/model';

function ok(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.protocol;
}

function errors(source: string): Diagnostic[] {
	const result = parseProtocol(source);
	return result.ok ? [] : result.errors;
}

describe('parseProtocol: participants', () => {
	it('creates undeclared participants in order of first appearance after the declared ones', () => {
		const protocol = ok('participant B\nA->>C: x\nNote over D,B: n');
		expect(protocol.participants.map((p) => [p.id, p.line])).toEqual([['B', 1], ['A', 2], ['C', 2], ['D', 3]]);
	});

	it('reads aliases, actors and typed participants', () => {
		const protocol = ok([
			'actor U as User Person',
			'participant DB@{ "type": "database" }',
			'participant Q@{ "type": "queue", "alias": "Job Queue" }',
			'participant G@{ "type": "boundary" } as Gate Way',
		].join('\n'));
		expect(protocol.participants.map((p) => [p.id, p.label, p.kind])).toEqual([
			['U', 'User Person', 'actor'], ['DB', 'DB', 'database'], ['Q', 'Job Queue', 'queue'], ['G', 'Gate Way', 'boundary'],
		]);
	});

	it('groups boxed participants with the colour and label', () => {
		const protocol = ok('box Purple Alice & John\nparticipant A\nparticipant J\nend\nbox Other\nparticipant B\nend\nA->>B: x');
		expect(protocol.boxes).toEqual([
			{ label: 'Alice & John', color: 'Purple', participants: ['A', 'J'] },
			{ label: 'Other', participants: ['B'] },
		]);
		expect(protocol.participants.map((p) => p.box)).toEqual([0, 0, 1]);
	});

	it('marks the steps that create and destroy participants', () => {
		const protocol = ok('A->>B: hi\ncreate participant C\nA->>C: new\ndestroy C\nC->>A: bye');
		expect(protocol.participants.find((p) => p.id === 'C')).toMatchObject({ createdAt: 1, destroyedAt: 2 });
	});
});

describe('parseProtocol: steps', () => {
	it('numbers messages and notes together, as written, with the arrow and placement', () => {
		const protocol = ok('sequenceDiagram\nA-)B: one; Note left of B: two\nB--xA: three');
		expect(protocol.steps.map((s) => [s.index, s.kind, s.from, s.to, s.text, s.line, s.arrow, s.placement])).toEqual([
			[0, 'message', 'A', 'B', 'one', 2, '-)', undefined],
			[1, 'note', 'B', 'B', 'two', 2, undefined, 'left of'],
			[2, 'message', 'B', 'A', 'three', 3, '--x', undefined],
		]);
	});

	it('decodes entity codes and drops wrap markers and # comments from texts', () => {
		const protocol = ok('A->>B: I #9829; you #59; #quot;x#quot;\nA->>B: wrap:long # comment');
		expect(protocol.steps.map((s) => s.text)).toEqual(['I ♥ you ; "x"', 'long']);
	});

	it('records activations from + and - and from activate lines right after a message', () => {
		const protocol = ok('A->>+B: a\nB-->>-A: b\nA->>B: c\nactivate B\nB->>A: d\ndeactivate B');
		expect(protocol.steps.map((s) => [s.activates, s.deactivates])).toEqual([
			[['B'], undefined], [undefined, ['B']], [['B'], undefined], [undefined, ['B']],
		]);
	});

	it('numbers messages as autonumber draws them, notes not counted', () => {
		const protocol = ok('autonumber 10 5\nA->>B: a\nNote over A: n\nB->>A: b\nautonumber off\nA->>B: c\nautonumber\nB->>A: d');
		expect(protocol.autonumber).toEqual({ start: 10, increment: 5 });
		expect(protocol.steps.map((s) => s.sequenceNumber)).toEqual([10, undefined, 15, undefined, 25]);
	});

	it('ignores comments, init directives, titles and accessibility lines', () => {
		const protocol = ok('%%{init: {"theme": "dark"}}%%\nsequenceDiagram\ntitle T\naccTitle: a; b\naccDescr {\nx\n}\n%% note\nA->>B: only step');
		expect(protocol.steps.map((s) => s.text)).toEqual(['only step']);
		expect(protocol.steps[0]?.line).toBe(9);
	});
});

describe('parseProtocol: blocks', () => {
	it('numbers blocks by their opening line and nests them with branches', () => {
		const protocol = ok('alt ok\nA->>B: 0\nloop again\nB->>A: 1\nend\nelse fail\nA->>B: 2\nend\nopt maybe\nA->>B: 3\nend');
		expect(protocol.blocks.map((b) => [b.index, b.kind, b.label, b.line, b.endLine, b.parent])).toEqual([
			[0, 'alt', 'ok', 1, 8, undefined], [1, 'loop', 'again', 3, 5, 0], [2, 'opt', 'maybe', 9, 11, undefined],
		]);
		expect(protocol.blocks[0]?.branches).toEqual([{ label: 'ok', line: 1, firstStep: 0, endStep: 2 }, { label: 'fail', line: 6, firstStep: 2, endStep: 3 }]);
		expect(protocol.blocks[1]).toMatchObject({ parent: 0, parentBranch: 0, branches: [{ label: 'again', line: 3, firstStep: 1, endStep: 2 }] });
		expect(protocol.blocks[2]?.branches).toEqual([{ label: 'maybe', line: 9, firstStep: 3, endStep: 4 }, { label: 'skip', line: 0, firstStep: 4, endStep: 4 }]);
		expect(protocol.steps[1]?.block).toEqual({ block: 1, branch: 0 });
		expect(protocol.steps[2]?.block).toEqual({ block: 0, branch: 1 });
	});

	it('takes par_over as par and break with a skip branch', () => {
		const protocol = ok('par_over x\nA->>B: 0\nand y\nB->>A: 1\nend\nbreak z\nA->>B: 2\nend');
		expect(protocol.blocks.map((b) => [b.kind, b.branches.map((r) => r.label)])).toEqual([['par', ['x', 'y']], ['break', ['z', 'skip']]]);
	});
});

describe('parseProtocol: errors', () => {
	it('says which line it could not understand and what it expected', () => {
		expect(errors('sequenceDiagram\nA->>B: ok\nparticipant A\nthis is not mermaid')).toEqual([{
			line: 4,
			message: 'Line 4: expected a message like `A->>B: text`, a note, a participant or a block keyword',
			text: 'this is not mermaid',
		}]);
	});

	it('reports a stray end, an unclosed block and else outside alt on their lines', () => {
		expect(errors('A->>B: x\nend').map((e) => e.line)).toEqual([2]);
		expect(errors('A->>B: x\nloop forever\nB->>A: y')[0]).toMatchObject({ line: 2, message: expect.stringContaining('never closed') as string });
		expect(errors('else x\nA->>B: y')[0]?.message).toBe('Line 1: `else` outside `alt`: it must come between `alt` and `end`');
		expect(errors('opt x\nA->>B: y\nelse z\nend')[0]?.message).toBe('Line 3: `else` belongs to `alt`, but the open block is `opt` (line 1)');
	});

	it('rejects deactivating a participant that is not active', () => {
		expect(errors('A->>B: x\ndeactivate B')[0]).toMatchObject({ line: 2, text: 'deactivate B' });
	});

	it('returns a diagnostic instead of throwing on any input', () => {
		expect(() => parseProtocol('\u0000\n}%%{\n#;;;\n<<->>')).not.toThrow();
		expect(parseProtocol('').ok).toBe(true);
	});
});
