import { describe, expect, it } from 'vitest';
import { blockDiagnostics, noteLineOf, playableFenceAt, playableFences } from '../../../src/core';

const NOTE = [
	'# Note', // 0
	'```protocol', // 1
	'A->>B: hi', // 2
	'```', // 3
	'```mermaid', // 4
	'sequenceDiagram', // 5
	'A->>B: hi', // 6
	'```', // 7
	'```mermaid', // 8
	'flowchart LR', // 9
	'```', // 10
];
const read = (n: number) => NOTE[n] ?? '';

describe('playable blocks of a note', () => {
	it('are protocol blocks, and Mermaid sequence diagrams when those are players', () => {
		expect(playableFences(read, NOTE.length, { mermaid: true }).map((f) => f.open)).toEqual([1, 4]);
		expect(playableFences(read, NOTE.length, { mermaid: false }).map((f) => f.open)).toEqual([1]);
	});

	it('finds the block under a line, fences included, and none in a flowchart or in prose', () => {
		expect(playableFenceAt(read, NOTE.length, 7, { mermaid: true })?.open).toBe(4);
		expect(playableFenceAt(read, NOTE.length, 9, { mermaid: true })).toBeUndefined();
		expect(playableFenceAt(read, NOTE.length, 0, { mermaid: true })).toBeUndefined();
	});

	it('puts a block line on its note line, and past-the-end problems on the block\'s last line', () => {
		const [, fence] = playableFences(read, NOTE.length, { mermaid: true });
		if (!fence) throw new Error('two playable blocks');
		expect(noteLineOf(fence, 1)).toBe(5);
		expect(noteLineOf(fence, 2)).toBe(6);
		expect(noteLineOf(fence, 9)).toBe(6);
	});
});

describe('blockDiagnostics', () => {
	it('gives warnings of a block that plays, with their block lines', () => {
		const source = 'sequenceDiagram\n%% @needs A: x\nA->>B: hi\n%% @state Bob += y';
		const found = blockDiagnostics(source);
		expect(found.map((d) => [d.severity, d.line])).toEqual([['warning', 2], ['warning', 4]]);
		expect(found[0]?.message).toBe('`@needs` must come after the message it is about');
		expect(found[1]?.message.startsWith('unknown participant `Bob`')).toBe(true);
	});

	it('gives errors of a block that does not parse', () => {
		expect(blockDiagnostics('sequenceDiagram\nA->>B hi').map((d) => [d.severity, d.line])).toEqual([['error', 2]]);
	});
});
