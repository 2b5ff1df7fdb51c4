import type { PlayerHandle } from '../../player';
import type { PluginContext } from '../context';
import { PlayerBlockChild } from '../blocks/player-child';

/** The class of the element our player lives in beside Obsidian's own drawing of a ```mermaid block. */
const MERMAID_PLAYER_CLASS = 'protocol-mermaid-player';

/**
 * Obsidian's drawing of a block: its code block before it is drawn, `div.mermaid` after. Only mermaid code:
 * a callout is one section, and the other code blocks in it must stay visible.
 */
const NATIVE = 'pre > code.language-mermaid, .mermaid';
/** Obsidian's finished drawing: once it is there, nothing more will be added. */
const NATIVE_DONE = '.mermaid svg[id^="mermaid-"]';

/** Where a ```mermaid block's player goes and what it is drawn from. */
export interface MermaidBlock {
	/** The element holding Obsidian's drawing (a reading-view section, a live-preview embed). */
	host: HTMLElement;
	source: string;
	key: string | null;
}

/**
 * Puts a player into a ```mermaid block next to Obsidian's own drawing and hides that drawing while the
 * player shows. Obsidian's drawing is left alone (never patched): it may appear after we ran, so a
 * MutationObserver scoped to the block hides it when it comes and is disconnected once Obsidian's SVG is
 * there or the block goes away. If our parser rejects the diagram, Obsidian's drawing stays visible instead.
 * Returns the player's child (for the caller to hand to Obsidian), or `null` when the block already has one.
 */
export function attachMermaidPlayer(
	block: MermaidBlock,
	ctx: PluginContext,
): PlayerBlockChild | null {
	const { host } = block;
	if (host.querySelector(`.${MERMAID_PLAYER_CLASS}`)) return null;
	const container = host.createDiv({ cls: MERMAID_PLAYER_CLASS });
	let showPlayer = true;
	const apply = (): void => {
		for (const native of nativeDrawings(host, container)) native.toggle(!showPlayer);
		container.toggle(showPlayer);
	};
	const child = new PlayerBlockChild(container, {
		ctx,
		source: block.source,
		key: block.key,
		onDrawn: (handle: PlayerHandle) => {
			showPlayer = handle.kind === 'player';
			apply();
		},
	});
	apply();
	if (!host.querySelector(NATIVE_DONE)) {
		const observer = new MutationObserver(() => {
			apply();
			if (host.querySelector(NATIVE_DONE)) observer.disconnect();
		});
		observer.observe(host, { childList: true, subtree: true });
		child.register(() => observer.disconnect());
	}
	return child;
}

function nativeDrawings(host: HTMLElement, ours: HTMLElement): HTMLElement[] {
	return Array.from(host.querySelectorAll<HTMLElement>(NATIVE), (el) => (el.localName === 'code' ? (el.parentElement ?? el) : el)).filter((el) => !ours.contains(el));
}
