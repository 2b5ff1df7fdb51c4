import { Menu, Notice } from 'obsidian';
import { exportStrings } from '../../i18n/export';
import { copyStepAsImage, type PlayerHandle } from '../../player';
import type { PluginContext } from '../context';
import { ExportModal } from './export-modal';
import { runExport, type ExportChoice, type RunExportDeps, type StepExporter, playerExporter } from './run-export';

/** What the menu needs besides the context; the player's own functions unless a test gives others. */
export interface ExportMenuDeps {
	exporter?: StepExporter;
	/** The HTML export and the question before a long export (`runExport`'s own unless a test gives others). */
	run?: RunExportDeps;
	copyStep?: (handle: PlayerHandle) => Promise<void>;
}

/** Asks what to export (preset to `what`), then runs the export on this player. */
export function askAndExport(ctx: PluginContext, handle: PlayerHandle, notePath: string, what: ExportChoice, exporter: StepExporter = playerExporter, deps: RunExportDeps = {}): ExportModal {
	const modal = new ExportModal(ctx.app, ctx.language, { what, intervalMs: ctx.settings().autoplayMs }, (settings) => {
		void runExport(ctx.app, ctx.language, { handle, notePath, ...settings }, exporter, deps);
	});
	modal.open();
	return modal;
}

/** Copies the player's current step as a PNG and says so (or why not). */
export async function copyStep(ctx: PluginContext, handle: PlayerHandle, copy: (handle: PlayerHandle) => Promise<void> = copyStepAsImage): Promise<void> {
	const words = exportStrings(ctx.language);
	try {
		await copy(handle);
		new Notice(words.copied);
	} catch (error) {
		new Notice(words.copyFailed(error instanceof Error ? error.message : String(error)));
	}
}

/**
 * The menu of a player's Export button: the step images and slide note, the animated SVG, one HTML file
 * (all through the modal, with the branches and faults chosen in this player), and Copy step as image.
 */
export function showExportMenu(ctx: PluginContext, handle: PlayerHandle, notePath: string, event: MouseEvent, deps: ExportMenuDeps = {}): Menu {
	const words = exportStrings(ctx.language);
	const menu = new Menu();
	menu.addItem((item) => item.setTitle(words.exportImagesAndSlides).setIcon('presentation').onClick(() => askAndExport(ctx, handle, notePath, 'slides', deps.exporter, deps.run)));
	menu.addItem((item) => item.setTitle(words.exportAnimated).setIcon('film').onClick(() => askAndExport(ctx, handle, notePath, 'animated', deps.exporter, deps.run)));
	menu.addItem((item) => item.setTitle(words.exportHtml).setIcon('file-code').onClick(() => askAndExport(ctx, handle, notePath, 'html', deps.exporter, deps.run)));
	menu.addItem((item) => item.setTitle(words.copyStepImage).setIcon('image').onClick(() => void copyStep(ctx, handle, deps.copyStep)));
	menu.showAtMouseEvent(event);
	return menu;
}
