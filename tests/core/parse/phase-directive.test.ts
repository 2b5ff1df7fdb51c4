import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';

describe('the @phase directive', () => {
	it('names the moment after the step written above it', () => {
		const result = parseProtocol('A->>B: hello\n%% @phase logged in\nB-->>A: hi');
		if (!result.ok) throw new Error('did not parse');
		expect(result.protocol.steps[0]?.phase).toBe('logged in');
		expect(result.protocol.steps[1]?.phase).toBeUndefined();
		expect(result.warnings).toEqual([]);
	});

	it('warns when no step comes before it or when it has no name', () => {
		const result = parseProtocol('%% @phase start\nA->>B: hello\n%% @phase');
		if (!result.ok) throw new Error('did not parse');
		expect(result.warnings.map((w) => w.line)).toEqual([1, 3]);
		expect(result.warnings[0]?.message).toContain('`@phase` must come after');
		expect(result.warnings[1]?.message).toContain('expected `%% @phase NAME`');
		expect(result.protocol.steps[0]?.phase).toBeUndefined();
	});
});
