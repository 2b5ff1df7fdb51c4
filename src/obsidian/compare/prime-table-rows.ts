import type { TFile } from 'obsidian';
import { findTableBlocks } from '../../core';
import type { PluginContext } from '../context';
import { chooseNotes } from '../table/note-source';
import { wantsDiagramRows } from './diagram-row-source';

/**
 * Reads, before a refresh, the notes of every table in `file` whose rows include computed ones, so that the
 * (synchronous) table builder finds their diagrams' facts as the notes are now. `text` is the editor's text
 * when the note is open; otherwise the note is read.
 */
export async function primeTableRows(ctx: PluginContext, file: TFile, text?: string): Promise<void> {
	const rows = ctx.diagramRows;
	if (rows === undefined) return;
	const source = text ?? await ctx.app.vault.cachedRead(file);
	const files = new Set<TFile>();
	for (const block of findTableBlocks(source).blocks) {
		if (!wantsDiagramRows(block.spec.properties)) continue;
		for (const note of chooseNotes(ctx.app, block.spec, file, source).files) files.add(note);
	}
	await rows.prime([...files]);
}
