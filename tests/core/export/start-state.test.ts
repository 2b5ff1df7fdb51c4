import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core';
import { startState } from '../../../src/core/export/start-state';

function protocolOf(source: string) {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
	return parsed.protocol;
}

describe('startState', () => {
	it('is what directives before the first step give, and nothing of what steps add', () => {
		const protocol = protocolOf([
			'sequenceDiagram',
			'%% @state Server += config = prod, key',
			'%% @state Server -= key',
			'Client->>Server: Login',
			'%% @state Server += session',
		].join('\n'));
		expect(startState(protocol)).toEqual({ Server: { config: 'prod' } });
	});

	it('is empty for a diagram with no starting state', () => {
		expect(startState(protocolOf('sequenceDiagram\nA->>B: hi\n%% @state B += x'))).toEqual({});
	});
});
