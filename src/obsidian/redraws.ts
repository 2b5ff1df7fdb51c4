import { Component } from 'obsidian';
import { CLASS } from '../player';

/** A drawing under way: the component its cleanups go to, and what was shown before it (removed once it is in). */
export interface PendingDrawing {
	/** Which draw this is: a later one makes it stale (`isCurrent`). */
	draw: number;
	drawing: Component;
	stale: ChildNode[];
}

/**
 * The redraw protocol every player's child shares (a `protocol` block, a ```mermaid player, a `protocol-compare`
 * block): each draw is numbered, and one that finishes after a newer one started (or after the child went away)
 * is dropped; the previous drawing stays in place, working, until the new one is ready, then its cleanups run
 * and its nodes go; a failure replaces everything with one message. The drawings' cleanups are children of
 * `owner`, so unloading the owner ends them all.
 */
export class Redraws {
	private current: Component | null = null;
	private draws = 0;
	private alive = false;

	constructor(private readonly owner: Component, private readonly containerEl: HTMLElement) {}

	/** How many draws have started. */
	get count(): number {
		return this.draws;
	}

	/** The owner is loaded: draws may show from now on. */
	start(): void {
		this.alive = true;
	}

	/** The owner is unloaded: no draw shows any more (the drawings' components go with the owner). */
	stop(): void {
		this.alive = false;
		this.current = null;
	}

	/** Starts a draw: its number, for `isCurrent` before the slow parts are under way. */
	next(): number {
		return ++this.draws;
	}

	/** Whether `draw` is still the latest draw of a loaded owner. */
	isCurrent(draw: number): boolean {
		return this.alive && draw === this.draws;
	}

	/** The component for the cleanups of draw `draw`, and the nodes shown now, which it will replace. */
	begin(draw: number): PendingDrawing {
		return { draw, drawing: this.owner.addChild(new Component()), stale: Array.from(this.containerEl.childNodes) };
	}

	/**
	 * Shows a finished drawing when it is still current: the previous drawing's cleanups run and its nodes go.
	 * A stale one is dropped instead (its cleanups run, `root` is removed). Returns whether it is shown.
	 */
	finish(pending: PendingDrawing, root: Element): boolean {
		if (!this.isCurrent(pending.draw)) {
			this.owner.removeChild(pending.drawing);
			root.remove();
			return false;
		}
		this.replace(pending.drawing, pending.stale);
		return true;
	}

	/** Drops a drawing that failed: its cleanups run; when it was current, `message` replaces everything shown. */
	fail(pending: PendingDrawing | number, message: string): void {
		const draw = typeof pending === 'number' ? pending : pending.draw;
		if (typeof pending !== 'number') this.owner.removeChild(pending.drawing);
		if (!this.isCurrent(draw)) return;
		this.replace(null, Array.from(this.containerEl.childNodes));
		this.containerEl.createDiv({ cls: CLASS.error, text: message });
	}

	private replace(drawing: Component | null, stale: ChildNode[]): void {
		if (this.current) this.owner.removeChild(this.current);
		for (const node of stale) node.remove();
		this.current = drawing;
	}
}
