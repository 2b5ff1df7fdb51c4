import type { RegisterCleanup } from './api';
import { DATA } from './dom-contract';

/**
 * Below this width, in CSS pixels, the player is narrow: a phone (390 px), or a sidebar or split pane in a
 * wide window. The fault map's grid of 44 px cells would scroll sideways there; it becomes a list (issue 18).
 */
export const NARROW_PX = 480;

/**
 * Once narrow, the player turns wide again only this much past `NARROW_PX`. The list is taller than the grid:
 * a page scrollbar that comes with it and goes with the grid could otherwise flip a player near the
 * threshold back and forth.
 */
const RETURN_PX = 16;

/**
 * Watches the player's own width, not the window's (the player can be narrow in a wide window), and marks the
 * root `[data-narrow="true"]` while it is narrow, telling `onChange` each time that changes, and `onResize` (if
 * given) of every change of its size, from the observer's callback (so it must change no layout there). The
 * observer and a pending frame are handed to `register`. Without `ResizeObserver` the player stays wide.
 */
export function watchPlayerWidth(root: HTMLElement, onChange: (narrow: boolean) => void, register: RegisterCleanup, onResize?: () => void): void {
	// The root's own window: a pop-out window has its own ResizeObserver and frames.
	const win = root.ownerDocument.defaultView;
	if (win === null || typeof win.ResizeObserver !== 'function') return;
	let narrow = false;
	let frame: number | undefined;
	const observer = new win.ResizeObserver((entries) => {
		const box = entries[entries.length - 1]?.borderBoxSize[0];
		const width = box?.inlineSize ?? root.getBoundingClientRect().width;
		// A player in a hidden pane measures 0: it keeps its layout until it is shown again.
		if (width <= 0) return;
		onResize?.();
		const next = narrow ? width < NARROW_PX + RETURN_PX : width < NARROW_PX;
		if (next === narrow) return;
		narrow = next;
		// Switched in the next frame: the switch changes the player's height, and a change made inside this
		// callback would be reported as a ResizeObserver loop.
		if (frame !== undefined) win.cancelAnimationFrame(frame);
		frame = win.requestAnimationFrame(() => {
			frame = undefined;
			if (narrow) root.setAttribute(DATA.narrow, 'true');
			else root.removeAttribute(DATA.narrow);
			onChange(narrow);
		});
	});
	observer.observe(root);
	register(() => {
		observer.disconnect();
		if (frame !== undefined) win.cancelAnimationFrame(frame);
	});
}
