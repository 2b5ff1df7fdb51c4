import { requireApiVersion, type App } from 'obsidian';
import { writingStrings } from '../../i18n/writing';
import type { PluginContext } from '../context';
import { protocolLint } from './lint';
import { PREVIEW_VIEW, ProtocolPreviewView } from './preview-view';
import { ProtocolSuggest } from './protocol-suggest';
import { WritingEditors } from './writing-editors';

/** Opens the protocol preview in the right sidebar, or shows the one already open. */
export async function openProtocolPreview(app: App): Promise<void> {
	const { workspace } = app;
	const existing = workspace.getLeavesOfType(PREVIEW_VIEW)[0];
	const leaf = existing ?? workspace.getRightLeaf(false);
	if (!leaf) return;
	if (!existing) await leaf.setViewState({ type: PREVIEW_VIEW, active: true });
	// revealLeaf also expands a collapsed sidebar (and a phone's drawer); before 1.7.2, making the leaf active is what there is.
	if (requireApiVersion('1.7.2')) await workspace.revealLeaf(leaf);
	else workspace.setActiveLeaf(leaf, { focus: true });
}

/**
 * Registers the writing helpers: warnings where you type (lint), completion in playable blocks, and the protocol
 * preview with its command *Open protocol preview* (no hotkey: users choose their own).
 */
export function registerWriting(ctx: PluginContext): void {
	const editors = new WritingEditors();
	ctx.plugin.registerEditorExtension([protocolLint(ctx), editors.extension()]);
	ctx.plugin.registerEditorSuggest(new ProtocolSuggest(ctx));
	ctx.plugin.registerView(PREVIEW_VIEW, (leaf) => new ProtocolPreviewView(leaf, { ctx, editors }));
	ctx.plugin.addCommand({
		id: 'open-protocol-preview',
		name: writingStrings(ctx.language).openPreview,
		callback: () => void openProtocolPreview(ctx.app),
	});
}
