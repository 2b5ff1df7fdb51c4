/**
 * Text written into Markdown as plain words (issue 19): every character that could start markup in
 * CommonMark, Obsidian or a slide tool is escaped, so that a label such as `<iframe src=…>`, `![[Other]]`,
 * `%% x`, `#tag`, `$x$` or `==x==` reads as written and does nothing. A backslash escapes ASCII punctuation
 * in CommonMark, Obsidian and markdown-it (Marp, reveal.js); `%` is written as `&#37;` because a backslash
 * does not stop an Obsidian `%%` comment. Line breaks and other control characters become spaces (a heading or
 * table cell is one line). The one escape of every text the plugin writes into Markdown (exports, captures).
 */
const ESCAPED: ReadonlySet<string> = new Set(['\\', '`', '*', '_', '~', '[', ']', '(', ')', '<', '>', '#', '|', '!', '$', '=', '^', '&', '{', '}']);

/** Characters that start a list item at the start of a text (a choice line is itself a list item). */
const LEADING: ReadonlySet<string> = new Set(['-', '+']);

/**
 * Plain text as Markdown inline text (see above). A `:` directly followed by a word character is escaped
 * too (Marp turns `:smile:` into an emoji, and `http://…` into a link). One pass, linear.
 */
export function markdownText(text: string): string {
	let out = '';
	let first = true;
	const chars = [...text];
	chars.forEach((char, i) => {
		const next = chars[i + 1] ?? ' ';
		if (char === '%') out += '&#37;';
		else if (char.charCodeAt(0) < 32 || char === '\u007f') out += ' ';
		else if (ESCAPED.has(char) || (first && LEADING.has(char)) || (char === ':' && next.trim() !== '')) out += `\\${char}`;
		else out += char;
		if (char.trim() !== '') first = false;
	});
	return out;
}

/**
 * Text inside an HTML comment (a slide's speaker notes in Marp; hidden elsewhere): `--` would end or break
 * the comment, `%%` would open an Obsidian comment, so both are split with a space. Kept readable: the
 * notes are read as plain text.
 */
export function commentText(text: string): string {
	let out = '';
	for (const char of text) {
		const last = out[out.length - 1];
		if ((char === '-' && last === '-') || (char === '%' && last === '%') || (char === '>' && last === '-')) out += ' ';
		out += char === '<' ? '‹' : char;
	}
	return out;
}
