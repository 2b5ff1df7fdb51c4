import type { Editor } from 'obsidian';
import { isSequenceDiagram } from '../../core';
import { fenceAt, findFences, type Fence } from '../../core';

/** Whether a fence holds something the player draws: a ```protocol block or a ```mermaid sequence diagram. */
function playable(fence: Fence): boolean {
	return fence.language === 'protocol' || (fence.language === 'mermaid' && isSequenceDiagram(fence.source));
}

/**
 * The block "Export protocol steps" works on: the one the cursor is in, or else the only one in the
 * note; `null` when there is none or the choice is not clear.
 */
export function blockToExport(editor: Editor): Fence | null {
	const fences = findFences((n) => editor.getLine(n), editor.lineCount()).filter(playable);
	const here = fenceAt(fences, editor.getCursor().line);
	if (here) return here;
	return fences.length === 1 ? (fences[0] ?? null) : null;
}
