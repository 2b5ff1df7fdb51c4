/**
 * Cell text as Markdown that shows exactly that text (issue 14): what a property says, and nothing more.
 *
 * - Links stay links: `[[target]]`, `[[target|alias]]`, `![[embed]]` and `[text](destination)` are kept
 *   as written (a `|` inside written `\|`, which Obsidian reads back as the link's alias pipe).
 * - Line breaks become `<br>`, the only HTML a cell writes.
 * - Everything else that Markdown or Obsidian would read as syntax is escaped with a backslash, which
 *   CommonMark (and so Obsidian) honours before any ASCII punctuation: `<` (HTML and autolinks), `%` next
 *   to another `%` (an Obsidian comment, `%%`), `$` (math), `` ` ``, `*`, `~`, `|`, `\` before punctuation or a line break,
 *   `_` that is not inside a word, `&` before a letter or `#` (entities), `==` (highlight), `#` before a
 *   word (tags), `[` before `[` or `^` and `]` before `(` (links and footnotes that were not links).
 * No raw `%%` is ever left in a cell, so a value can never open a comment that hides the rest of the note.
 */
export function cellMarkdown(text: string): string {
	// Most cells hold no character that could mean anything: they are written as they are, without a walk.
	if (!MAY_MEAN_SOMETHING.test(text)) return text;
	// Unchanged stretches are copied as slices, and skipped by one native scan to the next character that may
	// mean something: walking and concatenating character by character would be slow and make garbage of every cell.
	const out: string[] = [];
	const scan = new RegExp(MAY_MEAN_SOMETHING.source, 'g');
	let copied = 0;
	for (let match = scan.exec(text); match; match = scan.exec(text)) {
		const i = match.index;
		const link = linkAt(text, i);
		if (link > i) {
			const written = text.slice(i, link);
			if (written.includes('|')) {
				out.push(text.slice(copied, i), written.replace(/\|/g, '\\|'));
				copied = link;
			}
			scan.lastIndex = link;
			continue;
		}
		const char = text[i];
		if (char === '\r' || char === '\n') {
			const next = char === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
			out.push(text.slice(copied, i), '<br>');
			copied = next;
			scan.lastIndex = next;
			continue;
		}
		if (needsEscape(text, i)) {
			out.push(text.slice(copied, i), '\\');
			copied = i;
		}
	}
	out.push(text.slice(copied));
	return out.join('');
}

/** Every character `cellMarkdown` may change or that may start a link. */
const MAY_MEAN_SOMETHING = /[\\`*_~$%<|&#=[\]!\r\n]/;
const ALWAYS: ReadonlySet<string> = new Set(['<', '$', '`', '*', '~', '|']);
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether the character at `i` would be read as Markdown or Obsidian syntax where it stands. */
function needsEscape(text: string, i: number): boolean {
	const char = text[i];
	const before = text[i - 1] ?? '';
	const after = text[i + 1] ?? '';
	if (ALWAYS.has(char)) return true;
	switch (char) {
		// Before a line break too: the break is written `<br>`, whose `<` the backslash would otherwise escape.
		case '\\': return ASCII_PUNCTUATION.test(after) || after === '\n' || after === '\r';
		case '%': return before === '%' || after === '%';
		case '=': return before === '=' || after === '=';
		case '_': return !(WORD.test(before) && WORD.test(after));
		case '&': return /^[A-Za-z#]$/.test(after);
		case '#': return (before === '' || /^\s$/.test(before)) && after !== '' && !/^\s$/.test(after);
		case '[': return after === '[' || after === '^';
		case ']': return after === '(';
		default: return false;
	}
}

/**
 * Where a link that starts at `i` ends, or `i` when none does. A link that holds a line break, `%%` or
 * `<` is not kept as a link: it is escaped like any text, so it can open nothing. Each scan stops at the
 * next `[` (links hold none), so every character is looked at a bounded number of times.
 */
function linkAt(text: string, i: number): number {
	const start = text[i] === '!' && text[i + 1] === '[' ? i + 1 : i;
	if (text[start] !== '[') return i;
	if (text[start + 1] === '[') {
		const close = scanTo(text, start + 2, ']', '[');
		if (close < 0 || text[close + 1] !== ']' || !safeLink(text.slice(start + 2, close))) return i;
		return close + 2;
	}
	const middle = scanTo(text, start + 1, ']', '[');
	if (middle < 0 || text[middle + 1] !== '(' || !safeLink(text.slice(start + 1, middle))) return i;
	const close = scanTo(text, middle + 2, ')', '( \t[<');
	if (close < 0 || !safeLink(`x${text.slice(middle + 2, close)}`)) return i;
	return close + 1;
}

/** The index of the first `target` from `from` on, or -1 when a line break or one of `stops` comes first. */
function scanTo(text: string, from: number, target: string, stops: string): number {
	for (let i = from; i < text.length; i++) {
		const char = text[i];
		if (char === target) return i;
		if (char === '\n' || char === '\r' || stops.includes(char)) return -1;
	}
	return -1;
}

/** Whether a link's text is safe to keep as written: not empty, no `<`, no `%%`. */
function safeLink(inner: string): boolean {
	return inner.length > 0 && !inner.includes('<') && !inner.includes('%%');
}
