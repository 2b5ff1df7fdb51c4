/**
 * The properties the player's step classes change (and a fault view may): baked into exported elements
 * so that an image looks like the player at that step without the page's style sheet.
 */
export const LOOK_PROPERTIES = ['opacity', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-weight', 'visibility'] as const;

/** The drawing's elements the player styles: every mapped step element, and the restart badges with their parts. */
export const STYLED_SELECTOR = '[data-step-index], .protocol-restart-marker, .protocol-restart-marker *';

/**
 * Reads how each styled element of the live drawing looks now, as CSS declarations. The player changes
 * only classes while stepping, so a look is remembered per element and class list: going through 200
 * steps reads the computed style of an element only when its classes are new to it.
 */
export class LookReader {
	/** The styled elements, in document order (the clones of the drawing list them in the same order). */
	readonly elements: Element[];
	private readonly cache: Array<Map<string, string>>;
	private readonly win: Window;

	constructor(svg: SVGSVGElement) {
		this.elements = Array.from(svg.querySelectorAll(STYLED_SELECTOR));
		this.cache = this.elements.map(() => new Map());
		this.win = svg.ownerDocument.defaultView ?? window;
	}

	/** Each styled element's look at the position the drawing shows now. */
	read(): string[] {
		return this.elements.map((element, i) => {
			const classes = element.getAttribute('class') ?? '';
			const cache = this.cache[i] as Map<string, string>;
			let look = cache.get(classes);
			if (look === undefined) {
				const style = this.win.getComputedStyle(element);
				look = LOOK_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';');
				cache.set(classes, look);
			}
			return look;
		});
	}
}
