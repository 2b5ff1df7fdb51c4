import type { PluginManifest } from 'obsidian';
import { exampleNotePaths, readExampleNote } from '../../support/note-blocks';
import { App, Editor, Plugin as FakePlugin, type TFile } from '../../fakes/obsidian';
import { idleHost } from '../support/context';
import type { PluginContext } from '../../../src/obsidian/context';
import { DEFAULT_SETTINGS, type ProtocolNotesSettings } from '../../../src/obsidian/settings/model';
import type { Language } from '../../../src/i18n/language';

/** The note of the example vault that links the three notes to compare. */
export const COMPARISON_NOTE = '프로토콜 비교.md';

/**
 * The example vault's notes, with `프로토콜 비교.md` as it was before *Insert comparison table* ran in it
 * (the text before its first table marker), so that each test inserts and refreshes tables of its own.
 */
export function exampleVaultBeforeTables(): Record<string, string> {
	const notes = Object.fromEntries(exampleNotePaths().map((path) => [path, readExampleNote(path)]));
	const note = notes[COMPARISON_NOTE] ?? '';
	const marker = note.indexOf('%% protocol-table');
	notes[COMPARISON_NOTE] = marker < 0 ? note : note.slice(0, marker);
	return notes;
}

/** A plugin context over a fake app of the example vault, with fresh settings. */
export interface Fixture {
	app: App;
	plugin: FakePlugin;
	settings: ProtocolNotesSettings;
	ctx: PluginContext;
	saves: () => number;
}

/** A fresh fixture: the example vault (or the notes given), a fake plugin, default settings, in `language`. */
export function fixture(language: Language = 'ko', notes?: Record<string, string>): Fixture {
	const app = App.fromNotes(notes ?? exampleVaultBeforeTables());
	const manifest: PluginManifest = { id: 'protocol-notes', name: 'Protocol Notes', version: '0.1.0', minAppVersion: '1.5.0', author: 'test', description: 'test' };
	const plugin = new FakePlugin(app.asApp(), manifest);
	const settings: ProtocolNotesSettings = structuredClone(DEFAULT_SETTINGS);
	let saves = 0;
	const ctx: PluginContext = {
		app: app.asApp(),
		plugin,
		settings: () => settings,
		saveSettings: () => {
			saves++;
			return Promise.resolve();
		},
		language,
		host: idleHost(),
	};
	return { app, plugin, settings, ctx, saves: () => saves };
}

/** The note at `path` (it must exist) and an editor over its text with the cursor on its last line. */
export function openNote(f: Fixture, path: string, active = true): { file: TFile; editor: Editor; text: string } {
	const file = f.app.vault.fileAt(path);
	const text = f.app.vault.contentOf(path) ?? '';
	const editor = new Editor(text);
	editor.setCursor({ line: editor.lastLine(), ch: 0 });
	if (active) f.app.workspace.openInEditor({ file, editor });
	return { file, editor, text };
}

/** `n` spaces and `n` dashes, to write expected padded tables by hand. */
export const sp = (n: number): string => ' '.repeat(n);
export const dash = (n: number): string => '-'.repeat(n);

/**
 * The table `프로토콜 비교.md` gets with default choices, worked out by hand (see the widths in the test):
 * columns 11, 31, 32 and 35 display columns wide.
 */
export function expectedComparison(keepsState: [string, string, string] = ['❌', '✅', '✅']): string {
	return [
		`| 항목${sp(7)} | [[무상태 프로토콜 (Stateless)]] | [[상태유지 프로토콜 (Stateful)]] | [[세션과 수평 확장]]${sp(15)} |`,
		`| ${dash(11)} | ${dash(31)} | ${dash(32)} | ${dash(35)} |`,
		`| keeps_state | ${keepsState[0]}${sp(29)} | ${keepsState[1]}${sp(30)} | ${keepsState[2]}${sp(33)} |`,
		`| example${sp(4)} | [[HTTP]]${sp(23)} | [[TCP]]${sp(25)} | [[Redis]]${sp(26)} |`,
		`| scalability | 뛰어남${sp(25)} | 제한적${sp(26)} | 외부 세션 저장소가 있으면 확장 가능 |`,
		`| recovery${sp(3)} | 상대적으로 쉬움${sp(16)} | 장애 시 복구 어려움${sp(13)} | 저장소가 살아 있으면 쉬움${sp(10)} |`,
		`| created${sp(4)} | 2024-10-29 00:20${sp(15)} | 2024-10-29 00:10${sp(16)} | —${sp(34)} |`,
	].join('\n');
}
