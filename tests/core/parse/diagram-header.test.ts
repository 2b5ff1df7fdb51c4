import { describe, expect, it } from 'vitest';
import { isSequenceDiagram } from '../../../src/core/parse/diagram-header';

describe('isSequenceDiagram', () => {
	it('accepts a diagram whose first line is sequenceDiagram', () => {
		expect(isSequenceDiagram('sequenceDiagram\n    A->>B: hi')).toBe(true);
	});

	it('skips blank lines, comments, init directives and front matter before the diagram type', () => {
		expect(isSequenceDiagram('\n%% a comment\n%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n  A->>B: hi')).toBe(true);
		expect(isSequenceDiagram('---\ntitle: Login\n---\nsequenceDiagram\n  A->>B: hi')).toBe(true);
	});

	it('rejects flowcharts and other diagram types', () => {
		expect(isSequenceDiagram('flowchart LR\n  A --> B')).toBe(false);
		expect(isSequenceDiagram('sequenceDiagrams\n  A->>B: hi')).toBe(false);
		expect(isSequenceDiagram('%% only a comment')).toBe(false);
	});
});
