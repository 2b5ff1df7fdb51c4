import type { Editor, EditorPosition } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import type { PluginContext } from '../context';
import { quotePrefix } from '../../core/text/quote-prefix';
import { runWithNotice } from './notify-failure';

/** The block the insert command writes: a stateful login that shows `@state` and `@needs` at work. */
function protocolTemplate(title: string): string {
	return [
		'```protocol',
		`%% @title ${title}`,
		'%% @kind stateful',
		'sequenceDiagram',
		'    Client->>Server: Login Request',
		'    %% @state Server += session',
		'    Server-->>Client: Login Response (Set-Cookie)',
		'    %% @state Client += cookie',
		'    Client->>Server: GET /profile (cookie)',
		'    %% @needs Server: session',
		'```',
	].join('\n');
}

/**
 * Writes the template at the cursor (over the selection, as typing would) in one undo step, on lines of its
 * own so the fence is a fence, and leaves the cursor after it. Inside a callout every line repeats the
 * callout's `> ` prefix, or the callout would end at the block.
 */
export function insertProtocolBlock(editor: Editor, title: string): void {
	const from = editor.getCursor('from');
	const to = editor.getCursor('to');
	const line = editor.getLine(from.line);
	const before = line.slice(0, from.ch);
	const after = editor.getLine(to.line).slice(to.ch);
	// A cursor inside the markers themselves inserts as on a plain line.
	const quote = quotePrefix(line);
	const prefix = before.startsWith(quote) ? quote : '';
	const atLineStart = before.slice(prefix.length).trim() === '';
	const body = protocolTemplate(title).split('\n').map((l) => prefix + l).join('\n');
	const lead = atLineStart ? body.slice(prefix.length) : `\n${body}`;
	const gap = prefix.trimEnd();
	const tail = after.trim() === '' ? `\n${gap}` : `\n${gap}\n${prefix}`;
	const text = prefix === '' ? `${lead}\n${after.trim() === '' ? '' : '\n'}` : lead + tail;
	editor.transaction({ changes: [{ from, to, text }], selection: { from: endOf(from, text) } });
}

/** Where the cursor ends after `text` is written at `from`. */
function endOf(from: EditorPosition, text: string): EditorPosition {
	const lines = text.split('\n');
	const last = lines[lines.length - 1] ?? '';
	return lines.length === 1 ? { line: from.line, ch: from.ch + last.length } : { line: from.line + lines.length - 1, ch: last.length };
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
