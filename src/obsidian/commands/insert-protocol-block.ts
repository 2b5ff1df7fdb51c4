import type { Editor } from 'obsidian';
import { blockInsertion, protocolBlockTemplate } from '../../core';
import { pluginStrings } from '../../i18n/plugin';
import type { PluginContext } from '../context';
import { runWithNotice } from './notify-failure';

/**
 * Writes the protocol block template at the cursor (over the selection) in one undo step; the text and
 * the cursor's new place come from the core (`protocolBlockInsertion`).
 */
export function insertProtocolBlock(editor: Editor, title: string): void {
	insertBlockAtCursor(editor, protocolBlockTemplate(title));
}

/**
 * Writes a fenced block at the cursor as `insertProtocolBlock` does (over the selection, on lines of its own,
 * callout prefix repeated, one undo step, cursor after it). The compare command writes its block with it too.
 */
export function insertBlockAtCursor(editor: Editor, block: string): void {
	const from = editor.getCursor('from');
	const to = editor.getCursor('to');
	const { text, cursor } = blockInsertion({ from, to, fromLine: editor.getLine(from.line), toLine: editor.getLine(to.line) }, block);
	editor.transaction({ changes: [{ from, to, text }], selection: { from: cursor } });
}

/** Registers "Insert protocol block" (no hotkey: users choose their own). */
export function registerInsertProtocolBlock(ctx: PluginContext): void {
	const words = pluginStrings(ctx.language);
	ctx.plugin.addCommand({
		id: 'insert-protocol-block',
		name: words.commands.insertProtocolBlock,
		editorCallback: (editor: Editor) => runWithNotice(
			() => insertProtocolBlock(editor, words.templateTitle),
			(reason) => words.commandFailed(words.commands.insertProtocolBlock, reason),
		),
	});
}
