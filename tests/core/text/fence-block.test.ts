import { describe, expect, it } from 'vitest';
import { fencedBlock, findFences } from '../../../src/core';

function fencesOf(text: string) {
	const lines = text.split('\n');
	return findFences((n) => lines[n] ?? '', lines.length);
}

describe('fencedBlock', () => {
	it('fences a plain body with three backticks and the info string', () => {
		expect(fencedBlock('protocol', 'A->>B: hi')).toBe('```protocol\nA->>B: hi\n```');
	});

	it('fences longer than a run of backticks that opens a body line, so the body stays one block', () => {
		const body = 'Note over A: see\n  ````\nA->>B: `x`';
		const text = fencedBlock('protocol', body);
		expect(text.split('\n')[0]).toBe('`````protocol');
		const fences = fencesOf(text);
		expect(fences).toHaveLength(1);
		expect(fences[0]?.source).toBe(body);
	});

	it('ignores backticks in the middle of a line: they close nothing', () => {
		expect(fencedBlock('mermaid', 'A->>B: ``````')).toBe('```mermaid\nA->>B: ``````\n```');
	});
});
