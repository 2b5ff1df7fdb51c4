import { describe, expect, it } from 'vitest';
import { findNoteDiagram } from '../../../src/core/compare/note-diagram';
import { readExampleNote, REFERENCE_COPY } from '../../support/note-blocks';

describe('findNoteDiagram', () => {
	it('takes the first protocol block before any mermaid diagram', () => {
		const text = '```mermaid\nsequenceDiagram\nA->>B: m\n```\n\n```protocol\nC->>D: p\n```\n\n```protocol\nE->>F: q\n```';
		expect(findNoteDiagram(text)).toEqual({ source: 'C->>D: p', language: 'protocol' });
	});

	it('falls back to the first mermaid sequence diagram, skipping other mermaid diagrams', () => {
		const text = '```mermaid\nflowchart LR\nA-->B\n```\n```mermaid\n%% a comment\nsequenceDiagram\nA->>B: m\n```';
		expect(findNoteDiagram(text)).toEqual({ source: '%% a comment\nsequenceDiagram\nA->>B: m', language: 'mermaid' });
	});

	it('reads the reference note unchanged: its first mermaid sequence diagram', () => {
		const found = findNoteDiagram(readExampleNote(REFERENCE_COPY));
		expect(found?.language).toBe('mermaid');
		expect(found?.source.split('\n')[1]).toBe('    Client->>Server: Login Request');
		expect(found?.source).not.toContain('alt Server Error');
	});

	it('with a heading, takes the first diagram under it, down to the next heading of its level', () => {
		const text = [
			'# Notes', '```protocol', 'A->>B: top', '```',
			'## Two servers', 'text', '### Detail', '```mermaid', 'sequenceDiagram', 'C->>D: detail', '```',
			'## Other', '```protocol', 'E->>F: other', '```',
		].join('\n');
		expect(findNoteDiagram(text, 'two servers')).toEqual({ source: 'sequenceDiagram\nC->>D: detail', language: 'mermaid' });
		expect(findNoteDiagram(text, 'Other ##')).toBeUndefined();
		expect(findNoteDiagram(text, 'Other')).toEqual({ source: 'E->>F: other', language: 'protocol' });
		expect(findNoteDiagram(text, 'Missing')).toBeUndefined();
	});

	it('ignores "headings" inside a fence and finds a block inside a callout', () => {
		const text = ['```text', '# Fake', '```', '# Fake', '> ```protocol', '> A->>B: in callout', '> ```'].join('\n');
		expect(findNoteDiagram(text, 'Fake')).toEqual({ source: 'A->>B: in callout', language: 'protocol' });
	});

	it('finds nothing in a note without a diagram', () => {
		expect(findNoteDiagram(readExampleNote('프로토콜 비교.md'))).toBeUndefined();
	});
});
