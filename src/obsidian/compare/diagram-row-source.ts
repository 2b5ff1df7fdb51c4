import type { App, TFile } from 'obsidian';
import { diagramFacts, diagramRowKey, diagramRowValues, DIAGRAM_ROWS, isDiagramRowKey, type DiagramFacts } from '../../core';
import { findNoteDiagram, parseProtocol } from '../../core';
import { compareStrings } from '../../i18n/compare';
import type { Language } from '../../i18n/language';

/** A note's facts as last read: `null` when it has no diagram (or one that does not parse). */
interface Known {
	mtime: number;
	size: number;
	facts: DiagramFacts | null;
}

/**
 * The "From the diagram" rows of comparison tables, per note. Tables are built synchronously from the metadata
 * cache, but a diagram is in the note's text, which Obsidian only reads asynchronously: callers `prime` the
 * notes first (re-read only when a note's mtime or size changed), then the builder asks `values` synchronously.
 */
export class DiagramRowSource {
	private readonly known = new Map<string, Known>();

	constructor(private readonly app: App, private readonly inferState: () => boolean) {}

	/** Reads the notes not yet known or changed since; resolves to whether anything new was learnt. */
	async prime(files: readonly TFile[]): Promise<boolean> {
		let learnt = false;
		await Promise.all(files.map(async (file) => {
			const known = this.known.get(file.path);
			if (known && known.mtime === file.stat.mtime && known.size === file.stat.size) return;
			let facts: DiagramFacts | null = null;
			try {
				const diagram = findNoteDiagram(await this.app.vault.cachedRead(file));
				const parsed = diagram ? parseProtocol(diagram.source, { inferState: this.inferState() }) : undefined;
				facts = parsed?.ok ? diagramFacts(parsed.protocol) : null;
			} catch {
				facts = null;
			}
			this.known.set(file.path, { mtime: file.stat.mtime, size: file.stat.size, facts });
			learnt = true;
		}));
		return learnt;
	}

	/** The computed rows' values for a primed note (`diagram:…` keys); none for a note without a diagram ("—"). */
	values(file: TFile, language: Language): Record<string, unknown> {
		const facts = this.known.get(file.path)?.facts;
		return facts ? diagramRowValues(facts, compareStrings(language).rows) : {};
	}
}

/** The computed rows' keys, in order, as a table's property list names them. */
export function diagramRowKeys(): string[] {
	return DIAGRAM_ROWS.map(diagramRowKey);
}

/** Labels for the computed rows in the user's language (a user's own label in the settings wins). */
export function diagramRowLabels(language: Language): Record<string, string> {
	const words = compareStrings(language).rows.labels;
	return Object.fromEntries(DIAGRAM_ROWS.map((row) => [diagramRowKey(row), words[row]]));
}

/** Whether a property list asks for a computed row. */
export function wantsDiagramRows(properties: readonly string[]): boolean {
	return properties.some(isDiagramRowKey);
}

/** The notes as the table builder sees them, with the computed rows added when the properties ask for them. */
export function withDiagramRows<T extends { frontmatter: Record<string, unknown> }>(notes: T[], files: readonly TFile[], properties: readonly string[], rows: DiagramRowSource | undefined, language: Language): T[] {
	if (rows === undefined || !wantsDiagramRows(properties)) return notes;
	return notes.map((note, i) => {
		const file = files[i];
		return file === undefined ? note : { ...note, frontmatter: { ...note.frontmatter, ...rows.values(file, language) } };
	});
}
