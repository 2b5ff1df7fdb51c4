import { describe, expect, it } from 'vitest';
import { parseProtocol, simulate, type Protocol } from '../../../src/core';

function protocolOf(source: string): Protocol {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return parsed.protocol;
}

// The export's Start slide shows `simulate(...).start` (it used to recompute it in src/core/export/start-state.ts).
describe('simulate: the Start position', () => {
	it('holds what the directives before the first step give, and nothing of what steps add', () => {
		const protocol = protocolOf([
			'sequenceDiagram',
			'%% @state Server += config = prod, key',
			'%% @state Server -= key',
			'Client->>Server: Login',
			'%% @state Server += session',
		].join('\n'));
		expect(simulate(protocol).start).toEqual({ Server: { config: 'prod' } });
	});

	it('is empty for a diagram with no starting state', () => {
		expect(simulate(protocolOf('sequenceDiagram\nA->>B: hi\n%% @state B += x')).start).toEqual({});
	});
});
