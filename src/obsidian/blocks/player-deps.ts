import type { MermaidLike, PlayerHandle, PlayerOptions } from '../../player';

/** Draws a player into a container: `mountPlayer` from `src/player`, passed in so tests can count mounts. */
export type MountPlayer = (container: HTMLElement, options: PlayerOptions) => PlayerHandle | Promise<PlayerHandle>;

/** What the Obsidian layer needs to draw players; `main.ts` gives the real ones. */
export interface PlayerDeps {
	mount: MountPlayer;
	/** Obsidian's own Mermaid (`loadMermaid` from `obsidian`): never bundled into `main.js`. */
	loadMermaid: () => Promise<MermaidLike>;
}
