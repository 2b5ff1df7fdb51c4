/**
 * Runs the plugin's own *Refresh comparison tables* over `프로토콜 비교.md` of the example vault, with the
 * vault's notes read as Obsidian's metadata cache would (the typed fake the tests use), default settings
 * and Korean, so that the note holds exactly what the command writes. Bundled by scripts/example-table.mjs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { App, Notice } from '../../tests/fakes/obsidian';
import type { PluginContext } from '../../src/obsidian/context';
import { DEFAULT_SETTINGS } from '../../src/obsidian/settings/model';
import { refreshTables } from '../../src/obsidian/table/refresh';

/** The note of the example vault that holds the comparison table. */
export const COMPARISON_NOTE = '프로토콜 비교.md';

/** Refreshes the note's tables in `vault` (a folder) and writes the note back when it changed; returns what the command said. */
export async function refreshExampleTable(vault: string): Promise<{ changed: boolean; notices: string[] }> {
	const app = App.fromFolder(vault);
	const settings = structuredClone(DEFAULT_SETTINGS);
	const ctx = { app: app.asApp(), settings: () => settings, saveSettings: () => Promise.resolve(), language: 'ko' } as unknown as PluginContext;
	Notice.reset();
	await refreshTables(ctx, app.vault.fileAt(COMPARISON_NOTE));
	const path = join(vault, COMPARISON_NOTE);
	const after = app.vault.contentOf(COMPARISON_NOTE) ?? '';
	const changed = after !== (await readFile(path, 'utf8'));
	if (changed) await writeFile(path, after);
	return { changed, notices: [...Notice.shown] };
}
