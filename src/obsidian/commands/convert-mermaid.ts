import type { Editor } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import type { PluginContext } from '../context';
import { isSequenceDiagram, fenceAt, findFences } from '../../core';
import { runWithNotice } from './notify-failure';

/**
 * Where the `mermaid` word of an opening fence starts (after callout markers, indentation, the fence and
 * blanks), or -1. A scanner: the pattern `^(?:[ \t]*>[ \t]?)*[ \t]*`{3,}` backtracks exponentially on a line
 * of `>  >  >  …` that is not a fence.
 */
export function mermaidWordAt(line: string): number {
	let at = 0;
	while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '>')) at++;
	const fenceChar = line[at];
	if (fenceChar !== '`' && fenceChar !== '~') return -1;
	const fenceStart = at;
	while (line[at] === fenceChar) at++;
	if (at - fenceStart < 3) return -1;
	while (line[at] === ' ' || line[at] === '\t') at++;
	return line.slice(at, at + 'mermaid'.length).toLowerCase() === 'mermaid' ? at : -1;
}

/**
 * Where the cursor's ```mermaid fence says `mermaid`, when the cursor is inside a fence whose diagram is a
 * sequence diagram: the only fences the protocol block can take over unchanged.
 */
function convertibleFence(editor: Editor): { line: number; ch: number } | null {
	const fences = findFences((n) => editor.getLine(n), editor.lineCount());
	const fence = fenceAt(fences, editor.getCursor().line);
	if (!fence || fence.language !== 'mermaid' || !isSequenceDiagram(fence.source)) return null;
	const ch = mermaidWordAt(editor.getLine(fence.open));
	return ch >= 0 ? { line: fence.open, ch } : null;
}

/** Registers "Convert Mermaid diagram to protocol block": rewrites only the fence line, in one undo step. */
export function registerConvertMermaid(ctx: PluginContext): void {
	const words = pluginStrings(ctx.language);
	ctx.plugin.addCommand({
		id: 'convert-mermaid-to-protocol',
		name: words.commands.convertMermaid,
		editorCheckCallback: (checking: boolean, editor: Editor) => {
			if (checking) {
				// Asked while the palette opens: a note the check cannot read simply offers no conversion.
				try {
					return convertibleFence(editor) !== null;
				} catch {
					return false;
				}
			}
			runWithNotice(() => {
				const at = convertibleFence(editor);
				if (at) editor.transaction({ changes: [{ from: at, to: { line: at.line, ch: at.ch + 'mermaid'.length }, text: 'protocol' }] });
			}, (reason) => words.commandFailed(words.commands.convertMermaid, reason));
			return true;
		},
	});
}
