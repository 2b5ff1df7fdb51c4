import type { PluginContext } from './context';
import { registerProtocolBlocks } from './blocks/register-protocol-blocks';
import { mermaidLivePreview } from './mermaid/live-preview';
import { registerMermaidReadingView } from './mermaid/reading-view';
import { registerConvertMermaid } from './commands/convert-mermaid';
import { registerInsertProtocolBlock } from './commands/insert-protocol-block';
import { registerExportCommand } from './export/register-export';

/** Registers everything about players: ```protocol blocks, ```mermaid sequence diagrams and the commands. */
export function registerPlayers(ctx: PluginContext): void {
	ctx.plugin.register(() => ctx.host.memory.unloadAll());
	registerProtocolBlocks(ctx);
	registerMermaidReadingView(ctx);
	ctx.plugin.registerEditorExtension(mermaidLivePreview(ctx));
	registerInsertProtocolBlock(ctx);
	registerConvertMermaid(ctx);
	registerExportCommand(ctx);
}
