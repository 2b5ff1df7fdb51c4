import { Notice, TFile, type Editor } from 'obsidian';
import { findTableBlocks, refreshText, type BlockProblem, type TextChange, type TableSpec } from '../../core';
import { computedRowStrings } from '../../i18n/computed-rows';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { buildTableFor, type BuiltTable } from './build';
import { wantsDiagramRows } from './diagram-row-source';
import { chooseNotes } from './note-source';

/** What a refresh did: tables rewritten, tables found, markers left alone and notes not found. */
export interface RefreshReport {
	changed: number;
	tables: number;
	problems: BlockProblem[];
	missing: string[];
}

/**
 * Rewrites every comparison table in `file` from the notes' current properties. With the note open in
 * `editor` (or the active editor) the change is one editor transaction, so one undo step, and keeps the
 * cursor; otherwise `vault.process` writes atomically. Nothing is written when no table changed.
 * The outcome is told in one notice.
 */
export async function refreshTables(ctx: PluginContext, file: TFile, editor?: Editor): Promise<RefreshReport> {
	const words = tableStrings(ctx.language).notices;
	const missing = new Set<string>();
	let tables = 0;
	const active = ctx.app.workspace.activeEditor;
	const target = editor ?? (active?.file?.path === file.path ? active.editor : undefined);
	let changes: TextChange[] = [];
	let problems: BlockProblem[] = [];
	try {
		// Every table of the note is built first, with `buildTableFor` (rows from diagrams computed in slices that
		// yield to Obsidian), then written in one go from the text as it is by then.
		const built = await buildAll(ctx, file, target?.getValue() ?? await ctx.app.vault.cachedRead(file));
		const build = (spec: TableSpec): string | null => {
			const table = built.get(specKey(spec));
			// A table added while the others were built is left as it is, for the next refresh.
			if (table === undefined) return null;
			tables++;
			for (const name of table.missing) missing.add(name);
			return table.table;
		};
		if (target) {
			const text = target.getValue();
			({ changes, problems } = refreshText(text, build));
			if (changes.length > 0) {
				const positions = changes.map((change) => ({ from: target.offsetToPos(change.from), to: target.offsetToPos(change.to), text: change.insert }));
				target.transaction({ changes: positions });
			}
		} else {
			await ctx.app.vault.process(file, (data) => {
				// process may call back again if the file changed meanwhile: count from this run only.
				tables = 0;
				missing.clear();
				const result = refreshText(data, build);
				({ changes, problems } = result);
				return result.text;
			});
		}
	} catch (error) {
		console.error('Protocol Notes: refreshing comparison tables failed', error);
		new Notice(words.failed);
		return { changed: 0, tables, problems, missing: [...missing] };
	}
	const lines = problems.map((problem) => words.problem(problem.line, problem.kind));
	if (missing.size > 0) lines.push(words.missing([...missing]));
	if (tables === 0 && problems.length === 0) lines.push(words.noTables);
	else if (changes.length > 0) lines.unshift(words.refreshed(changes.length));
	else if (tables > 0) lines.unshift(words.upToDate(tables));
	new Notice(lines.join('\n'));
	return { changed: changes.length, tables, problems, missing: [...missing] };
}

/** Tells tables apart by what they ask for (their id included). */
function specKey(spec: TableSpec): string {
	return JSON.stringify(spec);
}

/**
 * Builds every table of `text` (a note's), by spec. While rows are computed from diagrams, a notice says
 * "computing…" with the notes done, and goes when the tables are built.
 */
async function buildAll(ctx: PluginContext, file: TFile, text: string): Promise<Map<string, BuiltTable>> {
	const specs = findTableBlocks(text).blocks.map((block) => block.spec);
	const rows = ctx.diagramRows;
	const pending = new Set(rows === undefined ? [] : specs.filter((spec) => wantsDiagramRows(spec.properties)).flatMap((spec) => rows.unknown(chooseNotes(ctx.app, spec, file, text).files)));
	const computing = computedRowStrings(ctx.language).computing;
	const notice = pending.size > 0 ? new Notice(computing(0, pending.size), 0) : undefined;
	let done = 0;
	const built = new Map<string, BuiltTable>();
	try {
		for (const spec of specs) {
			const key = specKey(spec);
			if (built.has(key)) continue;
			built.set(key, await buildTableFor(ctx, { file, choice: spec, text, onProgress: () => notice?.setMessage(computing(Math.min(++done, pending.size), pending.size)) }));
		}
	} finally {
		notice?.hide();
	}
	return built;
}

/** Whether a file from the file menu is a note whose tables can be refreshed. */
export function isNote(file: unknown): file is TFile {
	return file instanceof TFile && file.extension === 'md';
}
