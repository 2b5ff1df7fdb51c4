/**
 * Keeps the current step in sight on a narrow screen (issue 18): a drawing wider than its pane scrolls
 * sideways (src/player/readable-width.ts), and without this a phone reader steps on while the arrow being
 * explained lies off to the right. Only the diagram's own scroller moves, never the page.
 */

/**
 * Follows the steps of one player's diagram. Whether the drawing is wider than its scroller changes only when
 * the player's size does, so it is read where layout is already done (the player's ResizeObserver callback,
 * `measure`) and not on each step: reading `scrollWidth` right after a step changed the drawing's classes forced
 * a synchronous style and layout of the whole drawing on every step, on wide screens where nothing scrolls.
 */
export class StepFollower {
	/** Whether the drawing is wider than the scroller, as last measured; undefined until first measured. */
	private overflows: boolean | undefined;

	constructor(private readonly scroller: HTMLElement) {}

	/** Reads whether the drawing overflows; call it where layout is clean (a ResizeObserver callback). */
	measure(): void {
		this.overflows = this.scroller.scrollWidth > this.scroller.clientWidth + 1;
	}

	/**
	 * Brings the current step into view, unless the drawing is known to fit (then no layout is read). Before the
	 * observer has first reported (a step right after mounting), it measures once and keeps what it read.
	 */
	follow(): void {
		if (this.overflows === undefined) this.measure();
		if (this.overflows === false) return;
		bringCurrentStepIntoView(this.scroller);
	}
}

/** Room kept between the step and the scroller's edge, in CSS pixels, so that an arrowhead is not at the very edge. */
const EDGE_PX = 12;

/**
 * Scrolls the diagram's scroller sideways so that the current step's parts (arrow, label, note) are inside
 * its visible width: the least movement that shows them; when they are wider than the view, their label
 * centred. Smooth, unless the reader asked for reduced motion. Reads layout once; does nothing when the
 * drawing fits.
 */
export function bringCurrentStepIntoView(scroller: HTMLElement): void {
	if (scroller.scrollWidth <= scroller.clientWidth + 1) return;
	const parts = Array.from(scroller.querySelectorAll('svg [data-step-index].is-current'));
	const whole = span(parts);
	if (whole === undefined) return;
	const outer = scroller.getBoundingClientRect();
	const viewLeft = outer.left + scroller.clientLeft;
	const viewWidth = scroller.clientWidth;
	const edge = Math.min(EDGE_PX, viewWidth / 10);
	let delta = 0;
	if (whole.right - whole.left > viewWidth - 2 * edge) {
		// An arrow wider than the view: centre its label, which Mermaid centres over the arrow, so the view
		// shows the label with the arrow running across it.
		const label = span(parts.filter((part) => part.localName === 'text')) ?? whole;
		delta = (label.left + label.right) / 2 - (viewLeft + viewWidth / 2);
	} else if (whole.left < viewLeft + edge) delta = whole.left - viewLeft - edge;
	else if (whole.right > viewLeft + viewWidth - edge) delta = whole.right - (viewLeft + viewWidth) + edge;
	if (Math.abs(delta) < 1) return;
	const reduce = scroller.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
	scroller.scrollTo({ left: scroller.scrollLeft + delta, behavior: reduce ? 'instant' : 'smooth' });
}

/** The horizontal extent of the laid-out elements among `parts`, in viewport pixels; undefined when none has a box. */
function span(parts: Element[]): { left: number; right: number } | undefined {
	let left = Number.POSITIVE_INFINITY;
	let right = Number.NEGATIVE_INFINITY;
	for (const part of parts) {
		const box = part.getBoundingClientRect();
		if (box.width === 0 && box.height === 0) continue;
		left = Math.min(left, box.left);
		right = Math.max(right, box.right);
	}
	return Number.isFinite(left) ? { left, right } : undefined;
}
