import { Notice, type Editor, type MarkdownFileInfo, type MarkdownView } from 'obsidian';
import { exportStrings } from '../../i18n/export';
import { livePlayer } from '../../player';
import type { PluginContext } from '../context';
import { ExportModal, type ExportSettings } from './export-modal';
import { blockToExport } from './find-block';
import { playerExporter, runExport, type StepExporter } from './run-export';
import { stagePlayer } from './staged-player';

/** Draws the block off screen, exports it as chosen and takes the drawing away again. */
async function exportBlock(ctx: PluginContext, source: string, notePath: string, settings: ExportSettings, exporter: StepExporter): Promise<void> {
	const words = exportStrings(ctx.language);
	let staged;
	try {
		staged = await stagePlayer(ctx, source);
	} catch {
		new Notice(words.noPlayer);
		return;
	}
	try {
		if (livePlayer(staged.handle)?.exportSource() === undefined) new Notice(words.noPlayer);
		else await runExport(ctx.app, ctx.language, { handle: staged.handle, notePath, ...settings }, exporter);
	} finally {
		staged.dispose();
	}
}

/**
 * Registers "Export protocol steps" (no hotkey): for the block the cursor is in, or the note's only block,
 * asks what to export, then draws the block off screen (the editor shows its source, not a player) with
 * its default branches and exports it. A player's own Export menu exports its chosen branches and faults.
 */
export function registerExportCommand(ctx: PluginContext, exporter: StepExporter = playerExporter): void {
	const words = exportStrings(ctx.language);
	ctx.plugin.addCommand({
		id: 'export-protocol-steps',
		name: words.modalTitle,
		editorCallback: (editor: Editor, view: MarkdownView | MarkdownFileInfo) => {
			const block = blockToExport(editor);
			const notePath = view.file?.path;
			if (block === null || notePath === undefined) {
				new Notice(words.noBlock);
				return;
			}
			new ExportModal(ctx.app, ctx.language, { what: 'slides', intervalMs: ctx.settings().autoplayMs }, (settings) => {
				void exportBlock(ctx, block.source, notePath, settings, exporter);
			}).open();
		},
	});
}
