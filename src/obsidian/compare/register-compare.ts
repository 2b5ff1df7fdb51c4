import type { Editor, MarkdownPostProcessorContext, TFile } from 'obsidian';
import { compareStrings } from '../../i18n/compare';
import { insertBlockAtCursor } from '../commands/insert-protocol-block';
import type { PluginContext } from '../context';
import { CompareBlockChild } from './compare-child';
import { PickNotesModal } from './pick-notes-modal';

/** The `protocol-compare` block for the chosen notes, linked as Obsidian would link them from `sourcePath`. */
export function compareBlock(ctx: PluginContext, files: readonly TFile[], sourcePath: string): string {
	const links = files.map((file) => `[[${ctx.app.metadataCache.fileToLinktext(file, sourcePath, true)}]]`);
	return ['```protocol-compare', ...links, '```'].join('\n');
}

/** Registers the `protocol-compare` block processor and the **Compare protocols…** command (no hotkey). */
export function registerCompare(ctx: PluginContext): void {
	const strings = compareStrings(ctx.language);
	ctx.plugin.registerMarkdownCodeBlockProcessor('protocol-compare', (source: string, el: HTMLElement, mdCtx: MarkdownPostProcessorContext) => {
		const host = el.createDiv({ cls: 'protocol-compare-block' });
		mdCtx.addChild(new CompareBlockChild(host, { ctx, source, sourcePath: mdCtx.sourcePath }));
	});
	ctx.plugin.addCommand({
		id: 'compare-protocols',
		name: strings.command,
		editorCallback: (editor: Editor, view) => {
			const sourcePath = view.file?.path ?? '';
			new PickNotesModal(ctx.app, strings, [], (files) => insertBlockAtCursor(editor, compareBlock(ctx, files, sourcePath))).open();
		},
	});
}
