import type { MarkdownFileInfo, Menu, TAbstractFile } from 'obsidian';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { registerComparisonBasesView } from './bases-view';
import { initialChoice, insertTable } from './insert';
import { InsertTableModal } from './insert-modal';
import { isNote, refreshTables } from './refresh';

/** Registers the comparison-table feature: both commands, the file-menu item and, on Obsidian 1.10+, the Bases view. */
export function registerTableFeatures(ctx: PluginContext): void {
	const { plugin, app } = ctx;
	const words = tableStrings(ctx.language);
	plugin.addCommand({
		id: 'insert-comparison-table',
		name: words.commands.insert,
		editorCallback: (editor, info: MarkdownFileInfo) => {
			const file = info.file;
			if (!file) return;
			new InsertTableModal(app, ctx, file, initialChoice(ctx, file), (choice) => void insertTable(ctx, editor, file, choice), editor.getValue()).open();
		},
	});
	plugin.addCommand({
		id: 'refresh-comparison-tables',
		name: words.commands.refresh,
		editorCallback: (editor, info: MarkdownFileInfo) => {
			if (info.file) void refreshTables(ctx, info.file, editor);
		},
	});
	plugin.registerEvent(
		app.workspace.on('file-menu', (menu: Menu, file: TAbstractFile) => {
			if (!isNote(file)) return;
			menu.addItem((item) => item.setTitle(words.commands.refresh).setIcon('table').onClick(() => void refreshTables(ctx, file)));
		}),
	);
	registerComparisonBasesView(ctx);
}
