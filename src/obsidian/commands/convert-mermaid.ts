import type { Editor } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import type { PluginContext } from '../context';
import { isSequenceDiagram, fenceAt, findFences } from '../../core';

/** The opening fence up to its `mermaid` word (callout markers and indentation kept). */
const FENCE_WORD = /^((?:[ \t]*>[ \t]?)*[ \t]*(?:`{3,}|~{3,})[ \t]*)mermaid/i;

/**
 * Where the cursor's ```mermaid fence says `mermaid`, when the cursor is inside a fence whose diagram is a
 * sequence diagram: the only fences the protocol block can take over unchanged.
 */
function convertibleFence(editor: Editor): { line: number; ch: number } | null {
	const fences = findFences((n) => editor.getLine(n), editor.lineCount());
	const fence = fenceAt(fences, editor.getCursor().line);
	if (!fence || fence.language !== 'mermaid' || !isSequenceDiagram(fence.source)) return null;
	const word = FENCE_WORD.exec(editor.getLine(fence.open));
	return word ? { line: fence.open, ch: word[1].length } : null;
}

/** Registers "Convert Mermaid diagram to protocol block": rewrites only the fence line, in one undo step. */
export function registerConvertMermaid(ctx: PluginContext): void {
	ctx.plugin.addCommand({
		id: 'convert-mermaid-to-protocol',
		name: pluginStrings(ctx.language).commands.convertMermaid,
		editorCheckCallback: (checking: boolean, editor: Editor) => {
			const at = convertibleFence(editor);
			if (!at) return false;
			if (!checking) {
				editor.transaction({ changes: [{ from: at, to: { line: at.line, ch: at.ch + 'mermaid'.length }, text: 'protocol' }] });
			}
			return true;
		},
	});
}
