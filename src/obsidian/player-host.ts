import type { CompareHandle, CompareOptions, MermaidLike, PlayerHandle, PlayerOptions } from '../player';
import type { BlockMemory } from './block-memory';

/** Draws a player into a container: `mountPlayer` from `src/player`, passed in so tests can count mounts. */
export type MountPlayer = (container: HTMLElement, options: PlayerOptions) => PlayerHandle | Promise<PlayerHandle>;

/** Draws a comparison: `mountCompare` from `src/player`, passed in so tests can count draws. */
export type MountCompare = (container: HTMLElement, options: CompareOptions) => Promise<CompareHandle>;

/**
 * Everything the Obsidian layer draws players with, built once by `main.ts` and carried on the
 * `PluginContext` (`ctx.host`): how to mount a player and a comparison, Obsidian's own Mermaid, and what the
 * plugin remembers about the blocks it drew. Tests give counting stand-ins here instead of threading them
 * through every register function.
 */
export interface PlayerHost {
	/** `mountPlayer` from `src/player` (a counting stand-in in tests). */
	mount: MountPlayer;
	/** `mountCompare` from `src/player`. */
	mountCompare: MountCompare;
	/** Obsidian's own Mermaid (`loadMermaid` from `obsidian`): never bundled into `main.js`. */
	loadMermaid: () => Promise<MermaidLike>;
	/** Steps shown, unique Mermaid ids, the draw line and every live block, for the plugin's lifetime. */
	memory: BlockMemory;
}
