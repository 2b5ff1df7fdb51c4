import { dropStyleSemicolons, frontMatterLines } from '../core';

/**
 * Mermaid 10.9–12 run the same backtracking patterns over the diagram text that our parser no longer uses
 * (issue 9): `style.*:\S*#.*;` (cubic: a 2,500-character line of `style:#` takes seconds) and `<(\w+)([^>]*)>`
 * (quadratic on many `<word` with no `>` after them). A player must not freeze the page on such a note, so
 * the text handed to Mermaid is changed where, and only where, those patterns would run long.
 */

/** Lines up to this length cost Mermaid's style pattern a few milliseconds at most: they are left as written. */
const LONG_STYLE_LINE = 200;
/** Up to this many `<word` with no `>` after them cost Mermaid's tag pattern little: they are left as written. */
const DANGLING_TAGS = 50;

/**
 * The text with long lines that name `style`/`classDef` written so that Mermaid's pattern finds no such word
 * (its first letter as an entity code, `#115;tyle`, which Mermaid shows as `s`; the `;` Mermaid would have
 * dropped is dropped here), and, when there are many, each `<word` that no `>` follows written `#lt;word`
 * (shown as `<`). Front matter and `%%` lines stay as written.
 */
export function defuseForMermaid(text: string): string {
	const lines = text.split('\n');
	const head = frontMatterLines(lines);
	const headLength = head === 0 ? 0 : lines.slice(0, head).join('\n').length + 1;
	let changed = false;
	for (let i = head; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.length <= LONG_STYLE_LINE || line.trimStart().startsWith('%%')) continue;
		if (!line.includes('style') && !line.includes('classDef')) continue;
		lines[i] = dropStyleSemicolons(line).split('style').join('#115;tyle').split('classDef').join('#99;lassDef');
		changed = true;
	}
	const result = changed ? lines.join('\n') : text;
	return escapeDanglingTags(result, headLength);
}

/** Writes `<word` as `#lt;word` after the last `>` of the text (from `from` on), when there are more than `DANGLING_TAGS`. */
function escapeDanglingTags(text: string, from: number): string {
	const start = Math.max(from, text.lastIndexOf('>') + 1);
	let count = 0;
	for (let at = text.indexOf('<', start); at >= 0 && count <= DANGLING_TAGS; at = text.indexOf('<', at + 1)) {
		if (/\w/.test(text[at + 1] ?? '')) count++;
	}
	if (count <= DANGLING_TAGS) return text;
	let result = text.slice(0, start);
	let copied = start;
	for (let at = text.indexOf('<', start); at >= 0; at = text.indexOf('<', at + 1)) {
		if (!/\w/.test(text[at + 1] ?? '')) continue;
		result += `${text.slice(copied, at)}#lt;`;
		copied = at + 1;
	}
	return result + text.slice(copied);
}
