import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { ParseResult } from '../../../src/core/model';

function okResult(source: string): Extract<ParseResult, { ok: true }> {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result;
}

describe('directives', () => {
	it('attaches effects and needs to the step above, initial ones to the starting state', () => {
		const { protocol } = okResult([
			'participant S as Server', '%% @state S += mode = idle', 'C->>S: hi', '%% @state Server += session, user = bob',
			'%% @state S -= mode', '%% @needs S: session', '%% @restart Server', '%% @durable S: key',
		].join('\n'));
		expect(protocol.initial).toEqual([{ kind: 'add', participant: 'S', items: [{ key: 'mode', value: 'idle' }], line: 2 }]);
		expect(protocol.steps[0]?.effects).toEqual([
			{ kind: 'add', participant: 'S', items: [{ key: 'session', value: true }, { key: 'user', value: 'bob' }], line: 4 },
			{ kind: 'remove', participant: 'S', keys: ['mode'], line: 5 },
			{ kind: 'restart', participant: 'S', line: 7 },
		]);
		expect(protocol.steps[0]?.needs).toEqual([{ participant: 'S', keys: ['session'], line: 6 }]);
		expect(protocol.durable).toEqual({ S: [{ key: 'key', value: true }] });
	});

	it('reads the title and kind', () => {
		const { protocol } = okResult('%% @title Login flow\n%% @kind stateless\nA->>B: x');
		expect([protocol.title, protocol.kind]).toEqual(['Login flow', 'stateless']);
	});

	it('warns about unknown directives, malformed ones and unknown participants, and still parses', () => {
		const { warnings, protocol } = okResult('A->>B: x\n%% @colour red\n%% @state A\n%% @needs Nobody: x\n%% @kind maybe');
		expect(warnings.map((w) => w.line)).toEqual([2, 3, 4, 5]);
		expect(warnings[0]?.message).toContain('unknown directive `@colour`');
		expect(warnings[2]?.message).toContain('unknown participant `Nobody`');
		expect(protocol.steps[0]?.effects).toEqual([]);
	});
});
