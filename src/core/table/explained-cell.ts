import { MISSING_CELL } from './cells';

/**
 * An empty cell that says why it is empty: "—" in a `<span>` whose `title` (the tooltip in Obsidian's reading view
 * and live preview) holds `reason`. Besides the `<br>` of line breaks, this is the one HTML a cell writes, and
 * only with the plugin's own words: every character of the reason other than a letter, digit or space is written
 * as a numeric character reference, so nothing in it can close the attribute, split the table (`|`) or open a
 * comment (`%%`).
 */
export function explainedEmptyCell(reason: string): string {
	let title = '';
	for (const char of reason) {
		const code = char.codePointAt(0) ?? 0;
		const plain = char === ' ' || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xa0 && code !== 0x2028 && code !== 0x2029);
		title += plain ? char : `&#${code};`;
	}
	return `<span title="${title}">${MISSING_CELL}</span>`;
}
