import { portableColor } from '../../core';
/**
 * The properties the player's step classes change (and a fault view may): baked into exported elements
 * so that an image looks like the player at that step without the page's style sheet.
 */
export const LOOK_PROPERTIES = ['opacity', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-weight', 'visibility', 'text-decoration-line'] as const;

/**
 * The properties a look writes (issue 19): colours as `rgb()` with their alpha in `fill-opacity` /
 * `stroke-opacity` (Inkscape drops an `rgba()` stroke), `text-decoration` rather than its longhand.
 * An element's own style loses these, so that the look needs no `!important` to hold.
 */
export const WRITTEN_PROPERTIES: ReadonlySet<string> = new Set(['opacity', 'fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'font-weight', 'visibility', 'text-decoration', 'text-decoration-line', 'filter']);

/** A colour property as `rgb()` and its opacity property, the colour's alpha times the computed opacity. */
function colorLook(style: CSSStyleDeclaration, name: 'fill' | 'stroke'): string {
	const value = style.getPropertyValue(name);
	const opacity = Number.parseFloat(style.getPropertyValue(`${name}-opacity`) || '1');
	const color = portableColor(value);
	const alpha = (color?.alpha ?? 1) * (Number.isFinite(opacity) ? opacity : 1);
	return `${name}:${color?.rgb ?? value};${name}-opacity:${Number(alpha.toFixed(4))}`;
}

/** One computed style as a portable look: the declarations of `WRITTEN_PROPERTIES`, colours split. */
function portableLook(style: CSSStyleDeclaration): string {
	return LOOK_PROPERTIES.map((name) => {
		if (name === 'fill' || name === 'stroke') return colorLook(style, name);
		if (name === 'text-decoration-line') return `text-decoration:${style.getPropertyValue(name)}`;
		return `${name}:${style.getPropertyValue(name)}`;
	}).join(';');
}

/** The drawing's elements the player styles: every mapped step element, and the restart badges with their parts. */
export const STYLED_SELECTOR = '[data-step-index], .protocol-restart-marker, .protocol-restart-marker *';

/** A channel of `color(srgb …)` (0–1) as a byte. */
const byte = (channel: string): number => Math.max(0, Math.min(255, Math.round(Number(channel) * 255)));

/**
 * Writes `color(srgb r g b / a)` — what browsers compute for the player's `color-mix()` marks — as
 * `rgb()`/`rgba()` (off by under half a step per channel): SVG viewers and editors that know only the
 * legacy forms then draw it, and the animated image's colours change in sRGB (a `color()` keyframe
 * would be interpolated, and reported, in Oklab).
 */
export function legacyColors(value: string): string {
	return value.replace(/color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)/g, (_, r: string, g: string, b: string, a: string | undefined) => {
		const rgb = `${byte(r)}, ${byte(g)}, ${byte(b)}`;
		return a === undefined || Number(a) >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${Number(a)})`;
	});
}

/** Mermaid's message labels: the player writes a reply's `@on-failure` text into the first while it is a consequence. */
const LABEL_SELECTOR = '.messageText';

/** Attributes that can change how an element looks besides its classes. */
const OWN_LOOK_ATTRIBUTES: readonly string[] = ['style', 'fill', 'stroke', 'stroke-width', 'opacity', 'stroke-dasharray', 'font-weight', 'visibility'];

/** What decides an element's look, apart from its classes: its tag, its own style and presentation attributes, its parent's classes. */
function identity(element: Element): string {
	const own = OWN_LOOK_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join('\u0001');
	return `${element.localName}\u0002${own}\u0002${element.parentElement?.getAttribute('class') ?? ''}`;
}

/**
 * Reads how each styled element of the live drawing looks now, as CSS declarations. The player changes
 * only classes while stepping, and elements that share a tag, own attributes, parent classes and class
 * list look the same (the player's rules and Mermaid's select on exactly those), so a look is read from
 * the computed style once per such kind and class list: going through 200 steps makes the browser work
 * out styles a few dozen times, not once per step.
 */
export class LookReader {
	/** The styled elements, in document order (the clones of the drawing list them in the same order). */
	readonly elements: Element[];
	private readonly identities: string[];
	private readonly cache = new Map<string, string>();
	private readonly win: Window;

	constructor(svg: SVGSVGElement) {
		this.elements = Array.from(svg.querySelectorAll(STYLED_SELECTOR));
		this.identities = this.elements.map(identity);
		this.win = svg.ownerDocument.defaultView ?? window;
	}

	/**
	 * Indices (into `elements`) of the message labels, whose text the player may change while stepping
	 * (a reply shown as a consequence reads its `@on-failure` text).
	 */
	labels(): number[] {
		const indices: number[] = [];
		this.elements.forEach((element, i) => {
			if (element.matches(LABEL_SELECTOR)) indices.push(i);
		});
		return indices;
	}

	/** The text of each element of `indices` at the position the drawing shows now. */
	texts(indices: readonly number[]): string[] {
		return indices.map((i) => this.elements[i]?.textContent ?? '');
	}

	/** Each styled element's class list at the position the drawing shows now. */
	classes(): string[] {
		return this.elements.map((element) => element.getAttribute('class') ?? '');
	}

	/** Each styled element's look at the position the drawing shows now (`classes` as `classes()` gave them). */
	read(classes: readonly string[] = this.classes()): string[] {
		return this.elements.map((element, i) => {
			const key = `${this.identities[i] ?? ''}\u0003${classes[i] ?? ''}`;
			let look = this.cache.get(key);
			if (look === undefined) {
				look = portableLook(this.win.getComputedStyle(element));
				this.cache.set(key, look);
			}
			return look;
		});
	}
}
