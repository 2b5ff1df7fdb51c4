/**
 * Mermaid's entity codes (`#59;`, `#quot;`): Mermaid hides them before lexing so that their `#` and `;`
 * do not start a comment or end a line, and the browser decodes them when the diagram is drawn.
 * We do the same with private-use placeholders and decode straight to characters, by the browser's rules.
 *
 * Mermaid does this with regular expressions that backtrack (`style.*:\S*#.*;` is cubic on a hostile
 * line, `<(\w+)([^>]*)>` quadratic); here each is a scanner that reads the text once and gives the same result.
 */
import { characterEntities } from 'character-entities';

const OPEN_NUMERIC = '\uE000';
const OPEN_NAMED = '\uE001';
const CLOSE = '\uE002';

/** Characters JavaScript's `.` does not match: Mermaid's patterns stop at them. */
const LINE_TERMINATORS: ReadonlySet<string> = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * Windows-1252 characters that HTML gives numeric references 128–159 (the HTML standard's table of
 * replacements in "numeric character reference end state"); the rest of that range stays as written.
 */
const C1_REPLACEMENTS: Readonly<Record<number, number>> = {
	0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
	0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
	0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
	0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Hides `#word;` entity codes behind placeholders, as Mermaid's `encodeEntities` does before parsing. */
export function encodeEntities(text: string): string {
	// Both steps only ever change text around a `#`.
	if (!text.includes('#')) return text;
	const styled = dropStyleSemicolons(text);
	let result = '';
	let copied = 0;
	let at = styled.indexOf('#');
	while (at >= 0) {
		let end = at + 1;
		while (end < styled.length && isWordChar(styled.charCodeAt(end))) end++;
		if (end > at + 1 && styled[end] === ';') {
			const inner = styled.slice(at + 1, end);
			result += styled.slice(copied, at) + (/^\d+$/.test(inner) ? OPEN_NUMERIC : OPEN_NAMED) + inner + CLOSE;
			copied = end + 1;
		}
		// No `#` inside a run of word characters: the next candidate is after it.
		at = styled.indexOf('#', end);
	}
	return result + styled.slice(copied);
}

/**
 * Mermaid's first step of `encodeEntities`: it drops the last `;` of style-like lines (`/style.*:\S*#.*;/g`,
 * then the same with `classDef`) so that `#hex;` colours are not taken for entities.
 */
export function dropStyleSemicolons(text: string): string {
	return eachPatternLine(eachPatternLine(text, (line) => dropStyleSemicolon(line, 'style')), (line) => dropStyleSemicolon(line, 'classDef'));
}

/**
 * What `/style.*:\S*#.*;/g` does to one line (`word` is `style` or `classDef`): when the word is followed,
 * somewhere, by a `:`, then non-blanks, then a `#` with a `;` after it, the line's last `;` goes.
 */
function dropStyleSemicolon(line: string, word: string): string {
	const first = line.indexOf(word);
	if (first < 0) return line;
	const last = line.lastIndexOf(';');
	let colonInRun = false;
	for (let i = first + word.length; i < last; i++) {
		const char = line[i] ?? '';
		if (char === ':') colonInRun = true;
		else if (char === '#' && colonInRun) return line.slice(0, last) + line.slice(last + 1);
		else if (/\s/.test(char)) colonInRun = false;
	}
	return line;
}

/** Applies `change` to each stretch of `text` between line terminators, which `.` in Mermaid's patterns never crosses. */
function eachPatternLine(text: string, change: (line: string) => string): string {
	if (!/[\n\r\u2028\u2029]/.test(text)) return change(text);
	let result = '';
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i < text.length && !LINE_TERMINATORS.has(text[i] ?? '')) continue;
		result += change(text.slice(start, i)) + text.slice(i, i + 1);
		start = i + 1;
	}
	return result;
}

/** Turns placeholders back into the characters the drawn diagram shows (`#59;` → `;`, `#infin;` → `∞`). */
export function decodeEntities(text: string): string {
	if (!text.includes(CLOSE)) return text;
	let result = '';
	let copied = 0;
	let close = -1;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char !== OPEN_NUMERIC && char !== OPEN_NAMED) continue;
		if (close < i) close = text.indexOf(CLOSE, i);
		if (close < 0) break;
		const inner = text.slice(i + 1, close);
		result += text.slice(copied, i) + (char === OPEN_NUMERIC ? decodeNumeric(inner) : decodeNamed(inner));
		copied = close + 1;
		i = close;
	}
	return result + text.slice(copied);
}

/** A named reference as a browser shows it: the character from HTML's table, else the text as written. */
function decodeNamed(name: string): string {
	// Own keys only: `#constructor;` must not reach Object.prototype.
	return Object.prototype.hasOwnProperty.call(characterEntities, name) ? characterEntities[name] ?? `&${name};` : `&${name};`;
}

/** A numeric reference as a browser shows it: nothing valid becomes U+FFFD, 128–159 read as Windows-1252. */
function decodeNumeric(inner: string): string {
	if (!/^\d+$/.test(inner)) return `&#${inner};`;
	const code = Number(inner);
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
	return String.fromCodePoint(C1_REPLACEMENTS[code] ?? code);
}

/**
 * Mermaid rewrites `attr="v"` inside HTML tags to `attr='v'` before parsing (`<(\w+)([^>]*)>`); the texts
 * it shows carry that change. A tag runs from `<word` to the next `>`; without a `>` later, nothing more changes.
 */
export function normalizeTagQuotes(source: string): string {
	let result = '';
	let copied = 0;
	let at = source.indexOf('<');
	while (at >= 0) {
		let nameEnd = at + 1;
		while (nameEnd < source.length && isWordChar(source.charCodeAt(nameEnd))) nameEnd++;
		if (nameEnd === at + 1) { at = source.indexOf('<', at + 1); continue; }
		const close = source.indexOf('>', nameEnd);
		if (close < 0) break;
		result += source.slice(copied, nameEnd) + source.slice(nameEnd, close).replace(/="([^"]*)"/g, "='$1'") + '>';
		copied = close + 1;
		at = source.indexOf('<', copied);
	}
	return result + source.slice(copied);
}

/** `[A-Za-z0-9_]`, JavaScript's `\w`. */
function isWordChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
