import { describe, expect, it } from 'vitest';
import { fenceAt, findFences } from '../../../src/core/text/fences';

function fencesOf(text: string) {
	const lines = text.split('\n');
	return findFences((n) => lines[n] ?? '', lines.length);
}

describe('findFences', () => {
	it('finds each fenced block with its language, lines and body', () => {
		const text = ['# Note', '```mermaid', 'sequenceDiagram', '  A->>B: hi', '```', 'text', '~~~js', 'let a', '~~~'].join('\n');
		expect(fencesOf(text)).toEqual([
			{ open: 1, close: 4, last: 4, language: 'mermaid', source: 'sequenceDiagram\n  A->>B: hi' },
			{ open: 6, close: 8, last: 8, language: 'js', source: 'let a' },
		]);
	});

	it('does not close a fence on a shorter fence or a different fence character', () => {
		const text = ['````md', '```', '~~~~', '````'].join('\n');
		expect(fencesOf(text)).toEqual([{ open: 0, close: 3, last: 3, language: 'md', source: '```\n~~~~' }]);
	});

	it('reads fences inside a callout without the > markers', () => {
		const text = ['> [!note]', '> ```mermaid', '> sequenceDiagram', '> A->>B: hi', '> ```'].join('\n');
		expect(fencesOf(text)).toEqual([{ open: 1, close: 4, last: 4, language: 'mermaid', source: 'sequenceDiagram\nA->>B: hi' }]);
	});

	it('ends a fence opened in a callout with the callout, so the blocks after it are found', () => {
		const text = ['> [!note]', '> ```protocol', '> A->>B: hi', '', '```mermaid', 'sequenceDiagram', '```'].join('\n');
		const fences = fencesOf(text);
		expect(fences).toEqual([
			{ open: 1, close: null, last: 2, language: 'protocol', source: 'A->>B: hi' },
			{ open: 4, close: 6, last: 6, language: 'mermaid', source: 'sequenceDiagram' },
		]);
		expect(fenceAt(fences, 3)).toBeUndefined();
	});

	it('keeps a fence opened in a nested callout open only while the lines keep that depth', () => {
		// The inner quote ends at line 2, and the fence with it; line 3's fence then opens a new, empty block.
		const text = ['> > ```js', '> > let a', '> after', '> ```'].join('\n');
		expect(fencesOf(text)).toEqual([
			{ open: 0, close: null, last: 1, language: 'js', source: 'let a' },
			{ open: 3, close: null, last: 3, language: '', source: '' },
		]);
	});

	it('lets an unclosed fence run to the end of the note', () => {
		expect(fencesOf('```protocol\nA->>B: hi')).toEqual([{ open: 0, close: null, last: 1, language: 'protocol', source: 'A->>B: hi' }]);
	});
});

describe('fenceAt', () => {
	const fences = fencesOf(['intro', '```mermaid', 'sequenceDiagram', '```', 'after'].join('\n'));

	it('finds the fence on its opening line, inside it and on its closing line', () => {
		expect(fenceAt(fences, 1)?.open).toBe(1);
		expect(fenceAt(fences, 2)?.open).toBe(1);
		expect(fenceAt(fences, 3)?.open).toBe(1);
	});

	it('finds nothing outside any fence', () => {
		expect(fenceAt(fences, 0)).toBeUndefined();
		expect(fenceAt(fences, 4)).toBeUndefined();
	});
});
