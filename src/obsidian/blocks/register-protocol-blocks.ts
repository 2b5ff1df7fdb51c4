import type { MarkdownPostProcessorContext } from 'obsidian';
import { blockKey } from '../block-memory';
import type { PluginContext } from '../context';
import { PlayerBlockChild } from './player-child';

/** Turns every ```protocol block into a player, one `MarkdownRenderChild` per block. */
export function registerProtocolBlocks(ctx: PluginContext): void {
	ctx.plugin.registerMarkdownCodeBlockProcessor('protocol', (source: string, el: HTMLElement, mdCtx: MarkdownPostProcessorContext) => {
		// Obsidian runs this again whenever the block is edited; the key finds the step it was at.
		const key = blockKey(mdCtx.sourcePath, mdCtx.getSectionInfo(el)?.lineStart);
		const host = el.createDiv({ cls: 'protocol-block' });
		mdCtx.addChild(new PlayerBlockChild(host, { ctx, source, key }));
	});
}
