import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A fenced code block found in a note. */
export interface NoteBlock {
	language: string;
	source: string;
}

/** The folder of the project's example vault (the shared examples plus the reference note under `seed/`). */
export const EXAMPLE_VAULT = join(import.meta.dirname, '..', '..', 'example-vault');

/**
 * The reference note, byte for byte as its author wrote it, under a name that says it is the copy (its
 * twin with properties added is `상태유지 프로토콜 (Stateful).md` at the vault's root).
 */
export const REFERENCE_COPY = 'seed/Reference copy (unchanged) - 상태유지 프로토콜.md';

/** Reads a note of the example vault by its path relative to the vault, e.g. `TCP.md` or `REFERENCE_COPY`. */
export function readExampleNote(relativePath: string): string {
	return readFileSync(join(EXAMPLE_VAULT, relativePath), 'utf8');
}

/** Every note of the example vault, as paths relative to it. */
export function exampleNotePaths(): string[] {
	const top = readdirSync(EXAMPLE_VAULT).filter((f) => f.endsWith('.md'));
	const seed = readdirSync(join(EXAMPLE_VAULT, 'seed')).filter((f) => f.endsWith('.md')).map((f) => `seed/${f}`);
	return [...top, ...seed];
}

/** The fenced code blocks of a note, in order (``` fences only, as the example notes use). */
export function codeBlocks(markdown: string, language?: string): NoteBlock[] {
	const blocks: NoteBlock[] = [];
	const fence = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
	for (const match of markdown.matchAll(fence)) {
		const lang = match[1] ?? '';
		if (language === undefined || lang === language) blocks.push({ language: lang, source: match[2] ?? '' });
	}
	return blocks;
}
