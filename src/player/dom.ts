/** Attributes for `el`: `class`, `data-*`, `aria-*` and any other attribute, set with `setAttribute`. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an HTML element in the given document with attributes and children (text nodes for strings).
 * The player builds its DOM only through this, never with `innerHTML`: note content stays text.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	attributes: Attributes = {},
	children: ReadonlyArray<Node | string> = [],
): HTMLElementTagNameMap[K] {
	// The player also runs outside Obsidian (the standalone script), where `createEl` does not exist;
	// an element made in the XHTML namespace of an HTML document is the same as `createElement` makes.
	const element = doc.createElementNS(XHTML_NS, tag) as HTMLElementTagNameMap[K];
	// A player's first draw makes a few hundred elements here: no entries array per call, and one append for all
	// children (strings become text nodes there, as createTextNode would make them).
	for (const name in attributes) {
		const value = attributes[name];
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : String(value));
	}
	if (children.length > 0) element.append(...children);
	return element;
}

/** The HTML namespace. */
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** The SVG namespace, for elements the player adds to Mermaid's drawing (`<title>`, `<foreignObject>`). */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Adds a listener and hands its removal to the player's cleanup registry. */
export function listen<K extends keyof HTMLElementEventMap>(
	target: HTMLElement,
	type: K,
	handler: (event: HTMLElementEventMap[K]) => void,
	register: (cleanup: () => void) => void,
): void {
	target.addEventListener(type, handler);
	register(() => target.removeEventListener(type, handler));
}

/** Sets an attribute only when its value differs: a step rewrites many, and an unchanged write still costs style work. */
export function changeAttribute(element: Element, name: string, value: string): void {
	if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
