import type { App, TFile } from 'obsidian';
import { comparisonTable, defaultProperties } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { Language } from '../../i18n/language';
import { diagramRowLabels, withDiagramRows, type DiagramRowSource } from '../compare/diagram-row-source';
import type { ProtocolNotesSettings, TableChoice } from '../settings/model';
import { chooseNotes, tableNotes } from './note-source';

/** A table made for a note: its Markdown (or `null` when no note was found) and the names that did not resolve. */
export interface BuiltTable {
	table: string | null;
	missing: string[];
	noteCount: number;
	/** The properties shown: the choice's, or the notes' own keys when the choice names none. */
	properties: string[];
}

/**
 * Builds the table a choice describes, in `source`, with the settings' labels, symbols and padding.
 * `sourceText`, the note's current text, keeps links inside its own tables from counting as its links.
 * Rows computed from the diagrams (`diagram:…`) come from `diagramRows`, primed for these notes beforehand.
 */
export function buildTable(app: App, choice: TableChoice, source: TFile, settings: ProtocolNotesSettings, language: Language, sourceText?: string, diagramRows?: DiagramRowSource): BuiltTable {
	const { files, missing } = chooseNotes(app, choice, source, sourceText);
	if (files.length === 0) return { table: null, missing, noteCount: 0, properties: choice.properties };
	const notes = withDiagramRows(tableNotes(app, files, source.path), files, choice.properties, diagramRows, language);
	const properties = choice.properties.length > 0 ? choice.properties : defaultProperties(notes.map((note) => note.frontmatter));
	const table = comparisonTable(notes, {
		properties,
		orientation: choice.orientation,
		labels: { ...diagramRowLabels(language), ...settings.tableLabels },
		symbols: { true: settings.trueSymbol, false: settings.falseSymbol },
		pad: settings.padTables,
		corner: tableStrings(language).corner[choice.orientation],
	});
	return { table, missing, noteCount: files.length, properties };
}
