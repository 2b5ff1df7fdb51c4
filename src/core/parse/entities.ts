/**
 * Mermaid's entity codes (`#59;`, `#quot;`): Mermaid hides them before lexing so that their `#` and `;`
 * do not start a comment or end a line, and the browser decodes them when the diagram is drawn.
 * We do the same with private-use placeholders and decode straight to characters.
 */

const OPEN_NUMERIC = '\uE000';
const OPEN_NAMED = '\uE001';
const CLOSE = '\uE002';

/** HTML named entities that notes commonly use; any other name stays as written (`&name;`), as a browser would show it. */
const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
	hellip: '…', mdash: '—', ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“',
	rdquo: '”', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', lArr: '⇐', rArr: '⇒', hArr: '⇔',
	hearts: '♥', deg: '°', times: '×', divide: '÷', plusmn: '±', middot: '·', bull: '•', euro: '€',
	pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', check: '✓', semi: ';', num: '#', colon: ':',
	comma: ',', equals: '=', lpar: '(', rpar: ')', excl: '!', quest: '?', percnt: '%', plus: '+',
};

/** Hides `#word;` entity codes behind placeholders, as Mermaid's `encodeEntities` does before parsing. */
export function encodeEntities(text: string): string {
	// Mermaid first drops the last `;` of style-like lines so that `#hex;` colours are not taken for entities.
	const styled = text
		.replace(/style.*:\S*#.*;/g, (s) => s.slice(0, -1))
		.replace(/classDef.*:\S*#.*;/g, (s) => s.slice(0, -1));
	return styled.replace(/#\w+;/g, (s) => {
		const inner = s.slice(1, -1);
		return (/^\+?\d+$/.test(inner) ? OPEN_NUMERIC : OPEN_NAMED) + inner + CLOSE;
	});
}

/** Turns placeholders back into the characters the drawn diagram shows (`#59;` → `;`). */
export function decodeEntities(text: string): string {
	if (!text.includes(CLOSE)) return text;
	return text
		.replace(/\uE000([^\uE002]*)\uE002/g, (_all, inner: string) => decodeNumeric(inner))
		.replace(/\uE001([^\uE002]*)\uE002/g, (_all, inner: string) => NAMED[inner] ?? `&${inner};`);
}

function decodeNumeric(inner: string): string {
	if (!/^\d+$/.test(inner)) return `&#${inner};`;
	const code = Number(inner);
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : `&#${inner};`;
}

/** Mermaid rewrites `attr="v"` inside HTML tags to `attr='v'` before parsing; the texts it shows carry that change. */
export function normalizeTagQuotes(source: string): string {
	return source.replace(/<(\w+)([^>]*)>/g, (_all, tag: string, attributes: string) =>
		`<${tag}${attributes.replace(/="([^"]*)"/g, "='$1'")}>`);
}
