import { getAllTags, TFile, TFolder, type App } from 'obsidian';
import { findTableBlocks, type TableNote } from '../../core';
import type { TableChoice } from '../settings/model';

/** The notes a choice names, in table order, and the names it gave that no longer resolve. */
export interface ChosenNotes {
	files: TFile[];
	missing: string[];
}

/** How notes are chosen, without the properties and layout. */
export type NoteChoice = Pick<TableChoice, 'source' | 'value' | 'notes'>;

/** The tag as compared: no `#`, lower case (Obsidian's tags are case-insensitive). */
function normalizeTag(tag: string): string {
	return tag.replace(/^#/, '').toLowerCase();
}

/** The vault's notes that pass `keep`, by path, so that tables built from a tag or folder have a stable column order. */
function notesWhere(app: App, keep: (file: TFile) => boolean): TFile[] {
	// Filter before sorting: a vault has thousands of notes, a table a few dozen.
	return app.vault.getMarkdownFiles().filter(keep).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The notes a choice names, read from the metadata cache only (never by reading files): the notes linked
 * from `source` in the order linked, those with a tag (nested tags included) or in a folder (subfolders
 * included), or those picked by path. The note the table is in is never a column of its own table unless picked.
 * Given the source note's text, links inside its comparison tables are not "linked from this note": a
 * table's own cells (`[[HTTP]]` under `example`) must not add columns to the table at the next refresh.
 * Without a source note (a Bases view), "linked from this note" names none.
 */
export function chooseNotes(app: App, choice: NoteChoice, source: TFile | undefined, sourceText?: string): ChosenNotes {
	const files: TFile[] = [];
	const missing: string[] = [];
	const add = (file: TFile): void => {
		if (!files.includes(file)) files.push(file);
	};
	if (choice.source === 'links') {
		if (source === undefined) return { files, missing };
		const tables = sourceText === undefined ? [] : findTableBlocks(sourceText).blocks;
		const inTable = (offset: number): boolean => tables.some((table) => offset >= table.innerFrom && offset < table.innerTo);
		for (const link of app.metadataCache.getFileCache(source)?.links ?? []) {
			if (inTable(link.position.start.offset)) continue;
			const dest = app.metadataCache.getFirstLinkpathDest(link.link, source.path);
			if (!dest) {
				if (!missing.includes(link.link)) missing.push(link.link);
			} else if (dest.extension === 'md' && dest !== source) {
				add(dest);
			}
		}
	} else if (choice.source === 'tag') {
		const tag = normalizeTag(choice.value ?? '');
		const tagged = (file: TFile): boolean => {
			const cache = app.metadataCache.getFileCache(file);
			return (cache ? getAllTags(cache) ?? [] : []).some((t) => normalizeTag(t) === tag || normalizeTag(t).startsWith(`${tag}/`));
		};
		for (const file of notesWhere(app, (file) => file !== source && tagged(file))) add(file);
	} else if (choice.source === 'folder') {
		const folder = (choice.value ?? '').replace(/^\/+|\/+$/g, '');
		if (folder !== '' && !(app.vault.getAbstractFileByPath(folder) instanceof TFolder)) missing.push(folder);
		for (const file of notesWhere(app, (file) => file !== source && (folder === '' || file.path.startsWith(`${folder}/`)))) add(file);
	} else {
		for (const path of choice.notes ?? []) {
			const file = app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile) add(file);
			else missing.push(path.replace(/\.md$/, ''));
		}
	}
	return { files, missing };
}

/** The notes as the table builder sees them: name, frontmatter from the metadata cache, and link text from `sourcePath`. */
export function tableNotes(app: App, files: TFile[], sourcePath: string): TableNote[] {
	return files.map((file) => {
		const { position: _position, ...frontmatter } = (app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
		void _position;
		return { name: file.basename, frontmatter, link: app.metadataCache.fileToLinktext(file, sourcePath, true) };
	});
}

/** Every tag in the vault without its `#`, most used first; tags differing only in case are one, spelled as first met. */
export function vaultTags(app: App): string[] {
	const counts = new Map<string, { spelling: string; count: number }>();
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		const seen = new Map((cache ? getAllTags(cache) ?? [] : []).map((tag) => [normalizeTag(tag), tag.replace(/^#/, '')]));
		for (const [key, spelling] of seen) {
			const known = counts.get(key);
			counts.set(key, { spelling: known?.spelling ?? spelling, count: (known?.count ?? 0) + 1 });
		}
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling)).map((tag) => tag.spelling);
}

/** Every folder that holds a note, as vault paths, for the folder choice. */
export function vaultFolders(app: App): string[] {
	const folders = new Set<string>();
	for (const file of app.vault.getMarkdownFiles()) {
		for (let folder = file.parent; folder && !folder.isRoot(); folder = folder.parent) folders.add(folder.path);
	}
	return [...folders].sort((a, b) => a.localeCompare(b));
}
