import type { Protocol } from '../../../src/core/model';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { codeBlocks, exampleNotePaths, readExampleNote } from '../../support/note-blocks';

/** The `n`th block of the given language in an example note, parsed (throwing when it does not parse). */
export function exampleProtocol(note: string, language: 'protocol' | 'mermaid', n = 0): Protocol {
	const block = codeBlocks(readExampleNote(note), language)[n];
	if (block === undefined) throw new Error(`${note} has no ${language} block number ${n}`);
	const result = parseProtocol(block.source);
	if (!result.ok) throw new Error(`${note} block ${n} does not parse: ${JSON.stringify(result.errors)}`);
	return result.protocol;
}

/** Every protocol and mermaid sequence block of the example vault, parsed, with a name for test titles. */
export function everyExampleProtocol(): { name: string; protocol: Protocol }[] {
	const all: { name: string; protocol: Protocol }[] = [];
	for (const note of exampleNotePaths()) {
		for (const language of ['protocol', 'mermaid'] as const) {
			codeBlocks(readExampleNote(note), language).forEach((block, n) => {
				const result = parseProtocol(block.source);
				if (result.ok) all.push({ name: `${note} ${language} #${n}`, protocol: result.protocol });
			});
		}
	}
	return all;
}
