import { Component, editorInfoField } from 'obsidian';
import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView } from '@codemirror/view';
import { blockKey } from '../block-memory';
import type { PluginContext } from '../context';
import { isSequenceDiagram, fenceAt, findFences } from '../../core';
import { attachMermaidPlayer } from './mermaid-player';

/** Obsidian's live-preview widget for a rendered code block (it holds `div.mermaid` for mermaid blocks). */
const EMBED = '.cm-preview-code-block.cm-embed-block';

/**
 * Finds Obsidian's rendered ```mermaid embeds in one live-preview editor and gives the sequence diagrams a
 * player. The source comes from the editor's own text at the embed's position (`EditorView.posAtDOM`, public
 * CodeMirror API reached through a public `registerEditorExtension`): no Obsidian internals.
 */
export class EditorMermaidPlayers {
	/** Players per embed element; each is unloaded when CodeMirror drops its embed (cursor moved in, scrolled away). */
	private readonly players = new Map<HTMLElement, Component>();
	private readonly scope = new Component();
	private readonly observer: MutationObserver;

	constructor(
		private readonly view: EditorView,
		private readonly ctx: PluginContext,
	) {
		this.scope.load();
		// Block widgets are direct children of the content element: watching its child list is enough and cheap.
		this.observer = new MutationObserver(() => this.sync());
		this.observer.observe(view.contentDOM, { childList: true });
		this.sync();
	}

	/** Adds players to new embeds and unloads those whose embed left the editor. */
	sync(): void {
		for (const [embed, player] of this.players) {
			if (!embed.isConnected) {
				this.scope.removeChild(player);
				this.players.delete(embed);
			}
		}
		if (!this.ctx.settings().playerOnMermaid) return;
		const embeds = Array.from(this.view.contentDOM.querySelectorAll<HTMLElement>(EMBED)).filter((e) => !this.players.has(e));
		if (embeds.length === 0) return;
		const doc = this.view.state.doc;
		const fences = findFences((n) => doc.line(n + 1).text, doc.lines);
		const path = this.view.state.field(editorInfoField, false)?.file?.path ?? '';
		for (const embed of embeds) {
			const line = doc.lineAt(this.view.posAtDOM(embed)).number - 1;
			const fence = fenceAt(fences, line);
			if (!fence || fence.language !== 'mermaid' || !isSequenceDiagram(fence.source)) continue;
			const child = attachMermaidPlayer({ host: embed, source: fence.source, key: blockKey(path, fence.open) }, this.ctx);
			if (child) this.players.set(embed, this.scope.addChild(child));
		}
	}

	/** Unloads every player and stops watching. */
	destroy(): void {
		this.observer.disconnect();
		this.scope.unload();
		this.players.clear();
	}
}

/** The editor extension that gives live preview's ```mermaid sequence diagrams the player. */
export function mermaidLivePreview(ctx: PluginContext): Extension {
	return ViewPlugin.define((view) => new EditorMermaidPlayers(view, ctx));
}
