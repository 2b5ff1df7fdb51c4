/**
 * Text written into a `protocol` block from a capture: every label escaped so that Mermaid and our parser
 * read it back as the same characters, and names made safe for the places they go.
 */
import { startsWithKeyword } from '../parse/keywords';

/**
 * Characters a message or alias label cannot hold as written, and the entity code Mermaid (and the parser,
 * entities.ts) decodes back to them: `#` starts a comment and `;` ends a statement; `<` `>` `&` would be
 * read as HTML (`<br>`, `&lt`); `%` could start a `%%` comment; `$` could open a `$$` math label. (`:` and `,`
 * are read as written in message texts and aliases by Mermaid 10.9, 11.4 and 12 alike.)
 */
const LABEL_CODES: Readonly<Record<string, string>> = {
	'#': '#35;', ';': '#59;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '%': '#37;', '$': '#36;',
};

/** A label for a message, a note or an alias: entity codes for the characters Mermaid would misread; line breaks become spaces. */
export function escapeLabel(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (code < 32 || code === 127) out += ' ';
		else out += LABEL_CODES[char] ?? char;
	}
	return out.trim();
}

/**
 * A participant id made from `name`: letters, digits and `_` only (a `-` could start an arrow), not a
 * Mermaid keyword, and not one of `taken` (a number is added). The caller adds the id to `taken`.
 */
export function participantId(name: string, taken: ReadonlySet<string>): string {
	let base = '';
	for (const char of name) base += /[A-Za-z0-9_]/.test(char) ? char : '_';
	if (base === '' || startsWithKeyword(base)) base = `P_${base}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
	return id;
}

/** An item name for `@state` / `@needs`: no `,` `=` `:` (they separate items and values) and no line breaks. */
export function itemName(text: string): string {
	let out = '';
	for (const char of text) out += char === ',' || char === '=' || char === ':' || char.charCodeAt(0) < 32 ? '_' : char;
	const trimmed = out.trim();
	return trimmed === '' ? '_' : trimmed;
}

/** The lines of a block under construction, indented as the insert command writes them. */
export class BlockLines {
	readonly header: string[] = [];
	readonly body: string[] = [];

	/** A line above `sequenceDiagram` (`%% @title`, `%% @kind`). */
	head(line: string): void {
		this.header.push(line);
	}

	/** A statement or comment of the diagram. */
	line(text: string): void {
		this.body.push(`    ${text}`);
	}

	/** A comment line: where an inference came from (never a directive: the text is escaped of `@` at its start). */
	comment(text: string): void {
		this.line(`%% ${flat(text).replace(/^@+/, '')}`);
	}

	/** The block's text (without the fence). */
	text(): string {
		return [...this.header, 'sequenceDiagram', ...this.body].join('\n');
	}
}

/** `text` on one line: control characters (line breaks included) become spaces. */
export function flat(text: string): string {
	let out = '';
	for (const char of text) out += char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char;
	return out.trim();
}
