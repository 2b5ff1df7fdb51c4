import { startsWithKeyword } from './keywords';

/**
 * A participant name where a message or a note expects one, as Mermaid's lexer reads it: no `+ < - > : , ;`
 * (and no `/ \ ( )` before the first hyphen), hyphens allowed inside unless they start an arrow.
 */
const ACTOR_NAME =
	/[^/\\+()<\->:\n,;]+(?:(?!-x|--x|-\)|--\)|-\|\\|-\\|-\/|-\/\/|-\|\/|\/\|-|\\\|-|\/\/-|\\\\-|--\|\\|--|\(\))-*[^+<\->:\n,;]+)*/iy;

/** A name read from a line, and where reading stopped. */
export interface ReadName {
	name: string;
	end: number;
}

/** Index of the first non-blank character at or after `pos`. */
export function skipSpaces(text: string, pos: number): number {
	let at = pos;
	while (at < text.length && /\s/.test(text[at] ?? '')) at++;
	return at;
}

/** Reads a participant name at `pos` (after blanks), or undefined when Mermaid would not see one there. */
export function readActorName(text: string, pos: number): ReadName | undefined {
	const start = skipSpaces(text, pos);
	const rest = text.slice(start);
	if (rest === '' || startsWithKeyword(rest) || rest.startsWith('%')) return undefined;
	ACTOR_NAME.lastIndex = start;
	const match = ACTOR_NAME.exec(text);
	if (!match) return undefined;
	const name = match[0].trim();
	if (name === '') return undefined;
	return { name, end: start + match[0].length };
}
