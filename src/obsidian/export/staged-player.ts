import { Component } from 'obsidian';
import type { PlayerHandle } from '../../player';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';

/** A player drawn off screen for an export, and what to call to take it away. */
export interface StagedPlayer {
	handle: PlayerHandle;
	dispose(): void;
}

/**
 * Draws a block's player off screen, in the current theme, for "Export protocol steps": the cursor is in
 * the block, so the editor shows its source and there is no player to read. It must be laid out and
 * styled (not hidden), so that the export reads the same computed styles as a visible player; it is put
 * far outside the window instead. Its listeners go with `dispose`.
 */
export async function stagePlayer(ctx: PluginContext, source: string): Promise<StagedPlayer> {
	const doc = activeDocument;
	const stage = doc.body.createDiv({ cls: 'protocol-export-stage' });
	stage.setAttribute('aria-hidden', 'true');
	const owner = new Component();
	owner.load();
	const dispose = (): void => {
		owner.unload();
		stage.remove();
	};
	try {
		const handle = await ctx.host.mount(stage, {
			mermaid: await ctx.host.loadMermaid(),
			source,
			idPrefix: `protocol-export-${Date.now().toString(36)}-`,
			...appPlayerOptions(ctx, stage, owner),
		});
		return { handle, dispose };
	} catch (error) {
		dispose();
		throw error;
	}
}
