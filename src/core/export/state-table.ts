import { markdownText } from './markdown-text';
import type { SnapshotCard } from './snapshot';

/** The words of the state table's header and marks, in the reader's language. */
export interface StateTableWords {
	participant: string;
	item: string;
	value: string;
	added: string;
	changed: string;
	removed: string;
	/** The text of a card with no rows. */
	nothing: string;
}

/**
 * Makes a cell safe inside a Markdown table row: escaped as all exported text is (`markdownText`: no
 * markup, no Obsidian comment or embed), and a `|` escaped so that it does not end the cell.
 */
function cell(text: string): string {
	return markdownText(text).trim();
}

/**
 * The state panel of one step as a small Markdown table (Participant | Item | Value): one row per item, an
 * added or changed item in bold with its change named, a removed one struck through. A participant whose
 * card lists nothing gets one row saying so; no card at all gives an empty string (no table).
 */
export function stateTable(cards: readonly SnapshotCard[], words: StateTableWords): string {
	if (cards.length === 0) return '';
	const lines = [`| ${words.participant} | ${words.item} | ${words.value} |`, '| --- | --- | --- |'];
	for (const card of cards) {
		const name = cell(card.name);
		if (card.rows.length === 0) {
			lines.push(`| ${name} | ${cell(card.note ?? words.nothing)} |  |`);
			continue;
		}
		for (const row of card.rows) {
			const key = cell(row.key);
			const value = row.value === true ? '' : cell(row.value);
			let item = key;
			if (row.change === 'removed') item = `~~${key}~~ (${words.removed})`;
			else if (row.change !== undefined) item = `**${key}** (${words[row.change]})`;
			lines.push(`| ${name} | ${item} | ${value} |`);
		}
	}
	return lines.join('\n');
}
