/**
 * Keeps a drawing's text readable in a narrow pane (a phone is 390 px wide): Mermaid's SVG is `width: 100%`
 * and scales down with its holder, so a five-participant diagram would shrink its 16 px text to about 5 px.
 * Instead the SVG keeps a minimum width at which its smallest text is still `MIN_TEXT_PX`, and the diagram's
 * holder scrolls sideways (styles.css, "Every place Obsidian runs").
 */

/** The smallest rendered text size a drawing may shrink to, in CSS pixels. */
export const MIN_TEXT_PX = 11;

/** Mermaid's default text size, for a text element that states none (every version writes one inline). */
const DEFAULT_TEXT_PX = 16;

/**
 * The smallest text size the drawing writes, in its own units. Mermaid puts every label's size inline
 * (`style="font-size: 16px"`, or `font-size="12px"` on autonumbers), so this reads attributes only and never
 * asks for layout while the player mounts.
 */
function smallestTextSize(svg: SVGSVGElement): number {
	let smallest = Number.POSITIVE_INFINITY;
	for (const text of Array.from(svg.querySelectorAll<SVGTextElement>('text'))) {
		const size = Number.parseFloat(text.style.fontSize || (text.getAttribute('font-size') ?? ''));
		if (Number.isFinite(size) && size > 0 && size < smallest) smallest = size;
	}
	return Number.isFinite(smallest) ? smallest : DEFAULT_TEXT_PX;
}

/** The width, in CSS pixels, below which the drawing's smallest text would render under `MIN_TEXT_PX`; undefined without a viewBox. */
export function readableMinWidth(svg: SVGSVGElement): number | undefined {
	const viewBox = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
	const width = viewBox[2];
	if (viewBox.length !== 4 || width === undefined || !Number.isFinite(width) || width <= 0) return undefined;
	return Math.ceil((width * Math.min(1, MIN_TEXT_PX / smallestTextSize(svg))));
}

/** Gives the drawing its readable minimum width (an inline `min-width`, which wins over any `max-width`). */
export function keepTextReadable(svg: SVGSVGElement): void {
	const width = readableMinWidth(svg);
	if (width !== undefined) svg.style.minWidth = `${width}px`;
}
