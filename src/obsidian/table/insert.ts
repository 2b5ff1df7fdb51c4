import { Notice, type Editor, type TFile } from 'obsidian';
import { insertionLine, insertionText, lineBreakOf, newTableId, takenTableIds } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import type { TableChoice } from '../settings/model';
import { buildTableFor } from './build';

/** The choice the modal starts from: the note's last one, else its links, default properties, notes as columns. */
export function initialChoice(ctx: PluginContext, file: TFile): TableChoice {
	return ctx.settings().tableChoices[file.path] ?? { source: 'links', properties: [], orientation: 'columns' };
}

/**
 * Writes the table a choice describes at the cursor as one undo step, between markers that record the
 * choice under a new id, and remembers the choice for the note. Returns whether a table was written.
 * A choice without properties records the ones shown, so that a refresh keeps the rows and their order
 * even when the notes' keys change. With the cursor inside another table the new one goes after it
 * (`insertionLine`). Never rejects: whatever fails is told in a notice.
 */
export async function insertTable(ctx: PluginContext, editor: Editor, file: TFile, choice: TableChoice, random: () => number = Math.random): Promise<boolean> {
	const words = tableStrings(ctx.language).notices;
	let recorded: TableChoice;
	try {
		const built = await buildTableFor(ctx, { file, choice, text: editor.getValue() });
		// Rows computed from diagrams yield to Obsidian while they are built: the user may have typed meanwhile, so
		// where the table goes is found in the text as it is now.
		const text = editor.getValue();
		if (built.missing.length > 0) new Notice(words.missing(built.missing));
		if (built.table === null) {
			new Notice(words.noNotes);
			return false;
		}
		// Ids also of damaged markers count as taken: a new table must not pair with an old closing marker.
		const id = newTableId(takenTableIds(text), random);
		const target = insertionLine(text, editor.getCursor().line);
		const cursor = target.moved ? { line: target.line, ch: editor.getLine(target.line).length } : editor.getCursor();
		recorded = { ...choice, properties: built.properties };
		const insert = insertionText(editor.getLine(cursor.line), cursor.ch, { id, ...recorded }, built.table, lineBreakOf(text));
		editor.replaceRange(insert, cursor);
		if (target.moved) new Notice(words.insertedBelow);
	} catch (error) {
		console.error('Protocol Notes: inserting a comparison table failed', error);
		new Notice(words.insertFailed);
		return false;
	}
	ctx.settings().tableChoices[file.path] = recorded;
	try {
		await ctx.saveSettings();
	} catch {
		// The table is already in the note; only the remembered choice is lost, so say so instead of throwing.
		new Notice(words.choiceNotSaved);
	}
	return true;
}
