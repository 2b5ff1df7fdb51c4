import type { BlockMemory } from './block-memory';
import type { PluginContext } from './context';
import { registerProtocolBlocks } from './blocks/register-protocol-blocks';
import type { PlayerDeps } from './blocks/player-deps';
import { mermaidLivePreview } from './mermaid/live-preview';
import { registerMermaidReadingView } from './mermaid/reading-view';
import { registerConvertMermaid } from './commands/convert-mermaid';
import { registerInsertProtocolBlock } from './commands/insert-protocol-block';
import { registerExportCommand } from './export/register-export';

/** Registers everything about players: ```protocol blocks, ```mermaid sequence diagrams and the commands. */
export function registerPlayers(ctx: PluginContext, deps: PlayerDeps, memory: BlockMemory): void {
	ctx.plugin.register(() => memory.unloadAll());
	registerProtocolBlocks(ctx, deps, memory);
	registerMermaidReadingView(ctx, deps, memory);
	ctx.plugin.registerEditorExtension(mermaidLivePreview(ctx, deps, memory));
	registerInsertProtocolBlock(ctx);
	registerConvertMermaid(ctx);
	registerExportCommand(ctx, deps);
}
