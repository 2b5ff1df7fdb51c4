import { linter, type Diagnostic } from '@codemirror/lint';
import type { EditorState, Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { blockDiagnostics, noteLineOf, playableFences, type BlockDiagnostic } from '../../core';
import type { PluginContext } from '../context';
import { writingOptions, type WritingOptions } from './playable-options';

/** The diagnostics of each block, by its source: a block left unchanged since the last run is not parsed again. */
export type BlockCache = Map<string, BlockDiagnostic[]>;

/** How long CodeMirror waits after the last keystroke before marking: about as long as the preview waits. */
const QUIET_MS = 300;

/**
 * Blocks longer than this are not marked: parsing one (about 3,000 messages) takes some 50 ms, and the lint runs on
 * every pause in typing. Their player still lists their warnings.
 */
export const LINTED_BLOCK_CHARS = 100_000;

/**
 * Every parse error and warning of the playable blocks of a note, placed on its note line (the line's text,
 * blanks and callout markers aside, so the underline sits on what was written). Finding the blocks is one linear
 * pass; a block whose source is in `previous` is not parsed again, and every block's result lands in `next`.
 */
export function protocolDiagnostics(state: EditorState, options: WritingOptions, previous: BlockCache = new Map(), next: BlockCache = new Map()): Diagnostic[] {
	const doc = state.doc;
	const found: Diagnostic[] = [];
	for (const fence of playableFences((n) => doc.line(n + 1).text, doc.lines, options)) {
		if (fence.source.length > LINTED_BLOCK_CHARS) continue;
		const key = `${options.inferState ? 1 : 0}${fence.source}`;
		const list = previous.get(key) ?? next.get(key) ?? blockDiagnostics(fence.source, { inferState: options.inferState });
		next.set(key, list);
		for (const problem of list) {
			const line = doc.line(noteLineOf(fence, problem.line) + 1);
			const start = line.from + writtenStart(line.text);
			found.push({ from: start, to: Math.max(start, line.to), severity: problem.severity, message: problem.message, source: 'Protocol Notes' });
		}
	}
	return found;
}

/** The first column after indentation and callout markers. */
function writtenStart(text: string): number {
	let i = 0;
	while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
	return i < text.length ? i : 0;
}

/**
 * The editor extension that marks the problems of playable blocks where they are written, in source mode and live
 * preview, with the message on hover (CodeMirror's lint, which Obsidian provides at run time). One cache per editor.
 */
export function protocolLint(ctx: PluginContext): Extension {
	const caches = new WeakMap<EditorView, BlockCache>();
	return linter((view) => {
		const next: BlockCache = new Map();
		const found = protocolDiagnostics(view.state, writingOptions(ctx), caches.get(view), next);
		caches.set(view, next);
		return found;
	}, { delay: QUIET_MS });
}
