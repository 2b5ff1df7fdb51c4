import { isSequenceDiagram } from '../parse/diagram-header';
import { fenceAt, findFences, type Fence, type LineReader } from '../text/fences';

/** Which fences are players: `protocol` always, `mermaid` sequence diagrams when the player on Mermaid is on. */
export interface PlayableOptions {
	/** Give ```mermaid sequence diagrams the player too (the *Player on Mermaid sequence diagrams* setting). */
	mermaid: boolean;
}

/** Whether a fence draws as a player: a `protocol` block, or a Mermaid sequence diagram when those are players. */
export function isPlayableFence(fence: Fence, options: PlayableOptions): boolean {
	if (fence.language === 'protocol') return true;
	return options.mermaid && fence.language === 'mermaid' && isSequenceDiagram(fence.source);
}

/** Every playable block of a note's lines, in order (one linear pass over the note). */
export function playableFences(line: LineReader, lineCount: number, options: PlayableOptions): Fence[] {
	return findFences(line, lineCount).filter((fence) => isPlayableFence(fence, options));
}

/** The playable block whose lines (fences included) hold line `n` (0-based), if any. */
export function playableFenceAt(line: LineReader, lineCount: number, n: number, options: PlayableOptions): Fence | undefined {
	const fence = fenceAt(findFences(line, lineCount), n);
	return fence && isPlayableFence(fence, options) ? fence : undefined;
}

/**
 * The note line (0-based) of a block's 1-based source line: the body starts the line after the opening fence.
 * Clamped into the block, so that "the block never ends" (reported after its last line) marks its last line.
 */
export function noteLineOf(fence: Fence, blockLine: number): number {
	const first = fence.open + 1;
	const last = Math.max(first, fence.close === null ? fence.last : fence.close - 1);
	return Math.min(last, Math.max(first, fence.open + Math.max(1, blockLine)));
}
