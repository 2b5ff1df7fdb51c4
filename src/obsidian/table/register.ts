import { Notice, type MarkdownFileInfo, type Menu, type TAbstractFile } from 'obsidian';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { registerComparisonBasesView } from './bases-view';
import { initialChoice, insertTable } from './insert';
import { InsertTableModal } from './insert-modal';
import { isNote, refreshTables } from './refresh';
import { registerRememberedChoices } from './remembered-choices';

/**
 * Runs a command's work so that whatever it throws or rejects with reaches the user as a notice (and the
 * console), never as an unhandled rejection that Obsidian would only log.
 */
export function reportFailures(message: string, work: () => unknown): void {
	const fail = (error: unknown): void => {
		console.error('Protocol Notes: a comparison table command failed', error);
		new Notice(message);
	};
	try {
		const result = work();
		if (result instanceof Promise) result.catch(fail);
	} catch (error) {
		fail(error);
	}
}

/**
 * Registers the comparison-table feature: both commands, the file-menu item, the remembered choices'
 * tracking of renamed and deleted notes and, on Obsidian 1.10+, the Bases view.
 */
export function registerTableFeatures(ctx: PluginContext): void {
	const { plugin, app } = ctx;
	const words = tableStrings(ctx.language);
	const failed = words.notices.commandFailed;
	plugin.addCommand({
		id: 'insert-comparison-table',
		name: words.commands.insert,
		editorCallback: (editor, info: MarkdownFileInfo) => {
			const file = info.file;
			if (!file) return;
			reportFailures(failed, () => new InsertTableModal(app, ctx, file, initialChoice(ctx, file), (choice) => reportFailures(failed, () => insertTable(ctx, editor, file, choice)), editor.getValue()).open());
		},
	});
	plugin.addCommand({
		id: 'refresh-comparison-tables',
		name: words.commands.refresh,
		editorCallback: (editor, info: MarkdownFileInfo) => {
			const file = info.file;
			if (file) reportFailures(failed, () => refreshTables(ctx, file, editor));
		},
	});
	plugin.registerEvent(
		app.workspace.on('file-menu', (menu: Menu, file: TAbstractFile) => {
			if (!isNote(file)) return;
			menu.addItem((item) => item.setTitle(words.commands.refresh).setIcon('table').onClick(() => reportFailures(failed, () => refreshTables(ctx, file))));
		}),
	);
	registerRememberedChoices(ctx);
	registerComparisonBasesView(ctx);
}
