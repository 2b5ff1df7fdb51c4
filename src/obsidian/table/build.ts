import type { TFile } from 'obsidian';
import { defaultProperties, loadComparisonTable, type TableNote } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import type { TableChoice } from '../settings/model';
import { diagramRowLabels, wantsDiagramRows, type ComputeOptions } from './diagram-row-source';
import { chooseNotes, tableNotes } from './note-source';

/** A table made for a note: its Markdown (or `null` when no note was found) and the names that did not resolve. */
export interface BuiltTable {
	table: string | null;
	missing: string[];
	noteCount: number;
	/** The properties shown: the choice's, or the notes' own keys when the choice names none. */
	properties: string[];
	/** The notes as columns, in order, with their computed rows' values and reasons (`why`) when asked for. */
	notes: TableNote[];
	/** The notes' files, in the same order. */
	files: TFile[];
}

/** What to build: a choice of notes and properties, for the note the table goes in. */
export interface TableRequest extends ComputeOptions {
	/** The note the table is in (its own links, link text from it); none for a view that is no note (Bases). */
	file?: TFile;
	choice: TableChoice;
	/**
	 * The note's current text (the editor's, or what `vault.process` gives): links inside its own comparison tables
	 * are not its links. Every caller that has the text passes it, so the note list and the preview agree.
	 */
	text?: string;
}

/**
 * The one way a comparison table is built (insert, the modal's preview, refresh and the Bases view): the notes a
 * choice names, their frontmatter, and the rows computed from their diagrams, in slices that yield to Obsidian
 * (`DiagramRowSource.compute`, cancelled by `signal`), then the Markdown with the settings' labels, symbols and
 * padding. The table builder is loaded on first use (`loadComparisonTable`).
 */
export async function buildTableFor(ctx: PluginContext, request: TableRequest): Promise<BuiltTable> {
	const { choice, file } = request;
	const settings = ctx.settings();
	const { files, missing } = chooseNotes(ctx.app, choice, file, request.text);
	const rows = ctx.diagramRows;
	const computed = rows !== undefined && wantsDiagramRows(choice.properties);
	if (computed) await rows.compute(files, request);
	request.signal?.throwIfAborted();
	if (files.length === 0) return { table: null, missing, noteCount: 0, properties: choice.properties, notes: [], files };
	const notes = tableNotes(ctx.app, files, file?.path ?? '').map((note, i): TableNote => {
		const cells = computed && files[i] ? rows.cells(files[i], ctx.language) : undefined;
		return cells ? { ...note, frontmatter: { ...note.frontmatter, ...cells.values }, why: cells.why } : note;
	});
	const properties = choice.properties.length > 0 ? choice.properties : defaultProperties(notes.map((note) => note.frontmatter));
	const comparisonTable = await loadComparisonTable();
	const table = comparisonTable(notes, {
		properties,
		orientation: choice.orientation,
		labels: { ...diagramRowLabels(ctx.language), ...settings.tableLabels },
		symbols: { true: settings.trueSymbol, false: settings.falseSymbol },
		pad: settings.padTables,
		corner: tableStrings(ctx.language).corner[choice.orientation],
	});
	return { table, missing, noteCount: files.length, properties, notes, files };
}
