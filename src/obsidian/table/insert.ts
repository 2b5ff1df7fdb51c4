import { Notice, type Editor, type TFile } from 'obsidian';
import { insertionText, findTableBlocks, lineBreakOf, newTableId } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import type { TableChoice } from '../settings/model';
import { buildTable } from './build';
import { chooseNotes } from './note-source';

/** The choice the modal starts from: the note's last one, else its links, default properties, notes as columns. */
export function initialChoice(ctx: PluginContext, file: TFile): TableChoice {
	return ctx.settings().tableChoices[file.path] ?? { source: 'links', properties: [], orientation: 'columns' };
}

/**
 * Writes the table a choice describes at the cursor as one undo step, between markers that record the
 * choice under a new id, and remembers the choice for the note. Returns whether a table was written.
 * A choice without properties records the ones shown, so that a refresh keeps the rows and their order
 * even when the notes' keys change.
 */
export async function insertTable(ctx: PluginContext, editor: Editor, file: TFile, choice: TableChoice, random: () => number = Math.random): Promise<boolean> {
	const words = tableStrings(ctx.language).notices;
	const text = editor.getValue();
	await ctx.diagramRows?.prime(chooseNotes(ctx.app, choice, file, text).files);
	const built = buildTable(ctx.app, choice, file, ctx.settings(), ctx.language, text, ctx.diagramRows);
	if (built.missing.length > 0) new Notice(words.missing(built.missing));
	if (built.table === null) {
		new Notice(words.noNotes);
		return false;
	}
	const taken = new Set(findTableBlocks(text).blocks.map((block) => block.spec.id));
	// Ids also of damaged markers count as taken: a new table must not pair with an old closing marker.
	for (const match of text.matchAll(/protocol-table\b[^\n]*?\bid=([A-Za-z0-9_-]+)/g)) if (match[1]) taken.add(match[1]);
	const id = newTableId(taken, random);
	const cursor = editor.getCursor();
	const recorded: TableChoice = { ...choice, properties: built.properties };
	const insert = insertionText(editor.getLine(cursor.line), cursor.ch, { id, ...recorded }, built.table, lineBreakOf(text));
	editor.replaceRange(insert, cursor);
	ctx.settings().tableChoices[file.path] = recorded;
	try {
		await ctx.saveSettings();
	} catch {
		// The table is already in the note; only the remembered choice is lost, so say so instead of throwing.
		new Notice(words.choiceNotSaved);
	}
	return true;
}
