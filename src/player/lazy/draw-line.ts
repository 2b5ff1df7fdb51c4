/**
 * Draws blocks one after another, letting the page paint between two. Mermaid's renders queue up anyway
 * (one at a time per Mermaid), but a finished player only shows once the page gets to paint, and a queue
 * of renders that continue each other without a pause keeps it from painting: the first player near the
 * view would show only when the last one near it is done. One line per plugin load (`BlockMemory`).
 */
export class DrawLine {
	private readonly waiting: Array<{ draw: () => Promise<void>; el: HTMLElement }> = [];
	private running = false;

	/** Queues the drawing of the block shown in `el`. */
	add(draw: () => Promise<void>, el: HTMLElement): void {
		this.waiting.push({ draw, el });
		if (!this.running) void this.run();
	}

	private async run(): Promise<void> {
		this.running = true;
		for (let next = this.waiting.shift(); next !== undefined; next = this.waiting.shift()) {
			// A block's draw never throws (it shows failures in the note); a broken one must not stop the line.
			await next.draw().catch(() => undefined);
			// Even with nothing queued yet: a block that comes near as this one grows must wait for the paint too.
			// Only a block that is shown has anything to paint (not one in a hidden export container); its own
			// window paints it (a pop-out's is not the main one).
			if (next.el.isConnected && next.el.getClientRects().length > 0) await painted(next.el.ownerDocument.defaultView);
		}
		this.running = false;
	}
}

/**
 * Resolves once the window has painted a frame: a message posted from an animation-frame callback arrives
 * after that frame's style, layout and paint. Where there are no frames (a window not shown, a DOM without
 * rendering), after the current task.
 */
function painted(win: Window | null): Promise<void> {
	return new Promise((resolve) => {
		const after = (): void => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(undefined);
		};
		if (win !== null && typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(after);
		else after();
	});
}
