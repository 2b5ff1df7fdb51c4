import type { MarkdownPostProcessorContext } from 'obsidian';
import { blockKey } from '../block-memory';
import type { PluginContext } from '../context';
import { isSequenceDiagram, findFences } from '../../core';
import { attachMermaidPlayer } from './mermaid-player';

/**
 * Gives ```mermaid sequence diagrams the player in reading view (and wherever Obsidian renders Markdown
 * with post-processors: embeds, hover previews). Live preview is `live-preview.ts`'s job.
 */
export function registerMermaidReadingView(ctx: PluginContext): void {
	ctx.plugin.registerMarkdownPostProcessor((el: HTMLElement, mdCtx: MarkdownPostProcessorContext) => {
		if (!ctx.settings().playerOnMermaid) return;
		// A live-preview embed is found by the editor extension, which knows its position in the note.
		if (el.closest('.cm-preview-code-block')) return;
		const block = mermaidSection(el, mdCtx);
		if (!block || !isSequenceDiagram(block.source)) return;
		const child = attachMermaidPlayer({ host: el, source: block.source, key: block.key }, ctx);
		if (child) mdCtx.addChild(child);
	});
}

/** The ```mermaid block a rendered section holds: its source and its memory key. */
function mermaidSection(el: HTMLElement, mdCtx: MarkdownPostProcessorContext): { source: string; key: string | null } | null {
	// Before Obsidian draws the block, its code is still in the section: the exact source, even in embeds.
	const code = el.querySelector('pre > code.language-mermaid');
	const info = mdCtx.getSectionInfo(el);
	const key = blockKey(mdCtx.sourcePath, info?.lineStart);
	if (code) return { source: (code.textContent ?? '').replace(/\n$/, ''), key };
	if (!info) return null;
	// Once drawn, `div.mermaid` holds only the SVG: the source comes from the note text of this section.
	const lines = info.text.split('\n').slice(info.lineStart, info.lineEnd + 1);
	const fence = findFences((n) => lines[n] ?? '', lines.length).find((f) => f.language === 'mermaid');
	return fence ? { source: fence.source, key } : null;
}
