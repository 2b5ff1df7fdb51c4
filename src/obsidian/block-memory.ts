import { DrawLine } from '../player';

/**
 * What the plugin remembers about the players it drew, for as long as it is loaded: the step each block was
 * at (so that editing a block or switching theme keeps the step) and a counter for unique Mermaid ids.
 * One instance per plugin load, owned by the `PluginContext`: never a module global.
 */
export class BlockMemory {
	/** Where blocks coming near the view queue up to draw, one after another (`player/lazy/draw-line.ts`). */
	readonly drawLine = new DrawLine();
	private readonly positions = new Map<string, number>();
	private readonly live = new Set<{ unload(): void }>();
	private drawn = 0;

	/**
	 * Tracks a block's player for the plugin's lifetime. Obsidian does not unload a note's rendered blocks
	 * when a plugin is disabled, so the plugin must; returns the function that stops tracking it.
	 */
	track(block: { unload(): void }): () => void {
		this.live.add(block);
		return () => this.live.delete(block);
	}

	/** Unloads every block still drawn (on plugin unload); unloading a block twice is harmless. */
	unloadAll(): void {
		for (const block of [...this.live]) block.unload();
		this.live.clear();
	}

	/** The path position last shown by the block with this key, if any. */
	position(key: string | null): number | undefined {
		return key === null ? undefined : this.positions.get(key);
	}

	/** Records the path position a block now shows. */
	remember(key: string | null, position: number): void {
		if (key !== null) this.positions.set(key, position);
	}

	/** A prefix no other player of this plugin load has used, for Mermaid's element ids. */
	nextIdPrefix(): string {
		this.drawn += 1;
		return `protocol-${this.drawn}-`;
	}
}

/** The memory key of a block: the note's path and the line its section starts at. */
export function blockKey(sourcePath: string, lineStart: number | undefined): string | null {
	return lineStart === undefined ? null : `${sourcePath}:${lineStart}`;
}
