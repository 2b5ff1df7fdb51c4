import type { RegisterCleanup } from '../api';

/**
 * How far outside the visible part of the note (or page) a block starts drawing: a whole screen above and below,
 * so that a reader scrolling at an ordinary pace finds players drawn, not placeholders.
 */
export const NEAR_MARGIN = '100% 0px';

/** `IntersectionObserverInit` with `scrollMargin`, which newer Chromium (and so Obsidian) reads and older engines ignore. */
type NearOptions = IntersectionObserverInit & { scrollMargin?: string };

/** Whether an element has a scrolling box of its own (`overflow-y: auto | scroll | overlay`). */
function scrolls(element: Element, win: Window): boolean {
	const overflow = win.getComputedStyle(element).overflowY;
	return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

/**
 * Whether a not-yet-visible block sits where a reader will scroll to it: in the page, rendered (not inside
 * a `display: none` container) and inside something that scrolls — an element below `<body>` (Obsidian's
 * reading view and editor scroll in their own element) or a document that scrolls itself (a plain page).
 * Anywhere else — Obsidian's hidden container for PDF export, an export to HTML, a detached element — the
 * block would never come into view, so it is drawn at once (ADR 0012).
 */
export function willScrollIntoView(el: HTMLElement): boolean {
	const doc = el.ownerDocument;
	const win = doc.defaultView;
	if (win === null || !el.isConnected || el.getClientRects().length === 0) return false;
	for (let at = el.parentElement; at !== null && at !== doc.body && at !== doc.documentElement; at = at.parentElement) {
		if (scrolls(at, win)) return true;
	}
	// Not every DOM has `scrollingElement` (jsdom); in standards mode it is the root element.
	const page = (doc.scrollingElement as Element | null | undefined) ?? doc.documentElement;
	if (page.scrollHeight <= page.clientHeight) return false;
	return [doc.documentElement, doc.body].every((element) => win.getComputedStyle(element).overflowY !== 'hidden');
}

/**
 * Calls `draw` once, when `el` comes near the visible part of its scrolling view (IntersectionObserver,
 * with `NEAR_MARGIN` around the viewport and around the scrolling elements in between). Draws at once
 * where that cannot be watched: no IntersectionObserver in the element's window, or a place the reader
 * never scrolls to (`willScrollIntoView`, decided at the observer's first report, when the element has
 * been laid out). Printing draws every block still waiting (`beforeprint`, or the `print` media query
 * turning on). The observer and the print
 * listener end when the block is drawn, and their removal is handed to `register`, so the host's cleanup
 * (Obsidian's `MarkdownRenderChild`, the standalone script's `destroy`) leaves nothing behind either way.
 * Shared by the Obsidian layer and the standalone script (ADR 0012).
 */
export function drawWhenNear(el: HTMLElement, register: RegisterCleanup, draw: () => void): void {
	// The element's own window: in an Obsidian pop-out it is not the main one.
	const win = el.ownerDocument.defaultView;
	if (win === null || typeof win.IntersectionObserver !== 'function') {
		draw();
		return;
	}
	let waiting = true;
	let firstReport = true;
	// Once drawn, the block neither watches nor listens any more: a drawn player does nothing on print.
	// Printing also shows as the print media query turning on (print emulation, some engines' PDF export
	// without `beforeprint`).
	const print = typeof win.matchMedia === 'function' ? win.matchMedia('print') : undefined;
	const printing = (event: MediaQueryListEvent): void => {
		if (event.matches) now();
	};
	const stop = (): void => {
		waiting = false;
		observer.disconnect();
		win.removeEventListener('beforeprint', now);
		print?.removeEventListener('change', printing);
	};
	const now = (): void => {
		if (!waiting) return;
		stop();
		draw();
	};
	const options: NearOptions = { rootMargin: NEAR_MARGIN, scrollMargin: NEAR_MARGIN };
	const observer = new win.IntersectionObserver((entries) => {
		const near = entries.some((entry) => entry.isIntersecting);
		const first = firstReport;
		firstReport = false;
		if (near || (first && !willScrollIntoView(el))) now();
	}, options);
	observer.observe(el);
	win.addEventListener('beforeprint', now);
	print?.addEventListener('change', printing);
	register(stop);
}
