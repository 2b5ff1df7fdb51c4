import { Notice, TFile, type Editor } from 'obsidian';
import { refreshText, type BlockProblem, type TextChange, type TableSpec } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { primeTableRows } from '../compare/prime-table-rows';
import { buildTable } from './build';

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
	// The note's text as it is being refreshed, so that links in its own tables are not taken for its links.
	const build = (text: string) => (spec: TableSpec): string | null => {
		tables++;
		const built = buildTable(ctx.app, spec, file, ctx.settings(), ctx.language, text, ctx.diagramRows);
		for (const name of built.missing) missing.add(name);
		return built.table;
	};
	const active = ctx.app.workspace.activeEditor;
	const target = editor ?? (active?.file?.path === file.path ? active.editor : undefined);
	let changes: TextChange[] = [];
	let problems: BlockProblem[] = [];
	try {
		await primeTableRows(ctx, file, target?.getValue());
		if (target) {
			const text = target.getValue();
			({ changes, problems } = refreshText(text, build(text)));
			if (changes.length > 0) {
				const positions = changes.map((change) => ({ from: target.offsetToPos(change.from), to: target.offsetToPos(change.to), text: change.insert }));
				target.transaction({ changes: positions });
			}
		} else {
			await ctx.app.vault.process(file, (data) => {
				// process may call back again if the file changed meanwhile: count from this run only.
				tables = 0;
				missing.clear();
				const result = refreshText(data, build(data));
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

/** Whether a file from the file menu is a note whose tables can be refreshed. */
export function isNote(file: unknown): file is TFile {
	return file instanceof TFile && file.extension === 'md';
}
