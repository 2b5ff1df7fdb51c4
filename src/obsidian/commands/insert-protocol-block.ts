import type { Editor } from 'obsidian';
import { blockInsertion, protocolTemplates, type ProtocolTemplate } from '../../core';
import { pluginStrings } from '../../i18n/plugin';
import { templateStrings } from '../../i18n/templates';
import type { PluginContext } from '../context';
import { runWithNotice } from './notify-failure';
import { TemplateModal } from './template-modal';

/**
 * Writes a template's block at the cursor (over the selection) in one undo step; the text and the cursor's new
 * place come from the core (`blockInsertion`), the fence from `protocolTemplates` (CommonMark-safe).
 */
export function insertProtocolTemplate(editor: Editor, template: ProtocolTemplate): void {
	insertBlockAtCursor(editor, template.text);
}

/**
 * Writes a fenced block at the cursor (over the selection, on lines of its own, callout prefix repeated, one undo
 * step, cursor after it). The compare command writes its block with it too.
 */
export function insertBlockAtCursor(editor: Editor, block: string): void {
	const from = editor.getCursor('from');
	const to = editor.getCursor('to');
	const { text, cursor } = blockInsertion({ from, to, fromLine: editor.getLine(from.line), toLine: editor.getLine(to.line) }, block);
	editor.transaction({ changes: [{ from, to, text }], selection: { from: cursor } });
}

/** Registers "Insert protocol block": a chooser of templates, titled in the app's language (no hotkey: users choose their own). */
export function registerInsertProtocolBlock(ctx: PluginContext): void {
	const words = pluginStrings(ctx.language);
	const templateWords = templateStrings(ctx.language);
	ctx.plugin.addCommand({
		id: 'insert-protocol-block',
		name: words.commands.insertProtocolBlock,
		editorCallback: (editor: Editor) => {
			const templates = protocolTemplates(templateWords.titles);
			new TemplateModal(ctx.app, templates, templateWords, (template) => runWithNotice(
				() => insertProtocolTemplate(editor, template),
				(reason) => words.commandFailed(words.commands.insertProtocolBlock, reason),
			)).open();
		},
	});
}
