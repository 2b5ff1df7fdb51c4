import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagramData } from '@mermaid-js/examples';
import { codeBlocks, exampleNotePaths, readExampleNote } from '../../support/note-blocks';

/** One diagram of the test corpus, named for the test title. */
export interface CorpusEntry {
	name: string;
	source: string;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'diagrams');

/** Every `protocol` and `mermaid` sequence block of the example vault. */
export function exampleBlocks(): CorpusEntry[] {
	return exampleNotePaths().flatMap((path) =>
		codeBlocks(readExampleNote(path))
			.filter((block) => block.language === 'protocol' || (block.language === 'mermaid' && /^\s*sequenceDiagram/m.test(block.source)))
			.map((block, i) => ({ name: `${path} #${i + 1}`, source: block.source })));
}

/** The sequence examples that Mermaid's own examples package ships. */
export function mermaidExamples(): CorpusEntry[] {
	const sequence = diagramData.find((d) => d.id === 'sequence');
	return (sequence?.examples ?? []).map((e) => ({ name: `@mermaid-js/examples: ${e.title}`, source: e.code }));
}

/** Our own fixtures: `valid` ones cover every construct, `invalid` ones must be rejected. */
export function fixtures(kind: 'valid' | 'invalid'): CorpusEntry[] {
	const folder = join(FIXTURES, kind);
	return readdirSync(folder)
		.filter((f) => f.endsWith('.mmd'))
		.sort()
		.map((f) => ({ name: `${kind}/${f}`, source: readFileSync(join(folder, f), 'utf8') }));
}

/** The same text with the `sequenceDiagram` header that `protocol` blocks may leave out, as Mermaid needs it. */
export function withHeader(source: string): string {
	return /^\s*sequenceDiagram\b/m.test(source) ? source : `sequenceDiagram\n${source}`;
}
