// @vitest-environment jsdom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../src/player/render-svg';

describe('mermaidText', () => {
	it('hands a block that names its diagram type to Mermaid as written', () => {
		const source = '%% @title Login\nsequenceDiagram\n  A->>B: hi';
		expect(mermaidText(source)).toEqual({ text: source, addedLines: 0 });
	});

	it('adds the sequenceDiagram line in front of a block that leaves it out', () => {
		expect(mermaidText('  A->>B: hi')).toEqual({ text: 'sequenceDiagram\n  A->>B: hi', addedLines: 1 });
	});

	it('leaves a block with front matter and the keyword after it as written', () => {
		const source = '---\ntitle: Login\n---\nsequenceDiagram\n  A->>B: hi';
		expect(mermaidText(source)).toEqual({ text: source, addedLines: 0 });
	});

	it('puts a missing keyword after the front matter, where Mermaid still reads the front matter', () => {
		expect(mermaidText('---\ntitle: Login\n---\n  A->>B: hi')).toEqual({
			text: '---\ntitle: Login\n---\nsequenceDiagram\n  A->>B: hi',
			addedLines: 1,
		});
	});

	it('gives Mermaid text it accepts for front-matter blocks, with or without the keyword', async () => {
		for (const source of ['---\ntitle: Login\n---\nsequenceDiagram\n  A->>B: hi', '---\ntitle: Login\n---\n  A->>B: hi']) {
			await expect(mermaid.parse(mermaidText(source).text)).resolves.toBeTruthy();
		}
	});
});
