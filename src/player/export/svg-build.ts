import { SVG_NS } from '../dom';

/** Creates an SVG element in `doc` with attributes and children (strings become text nodes: never markup). */
export function svgEl(doc: Document, tag: string, attributes: Record<string, string | number | undefined> = {}, children: ReadonlyArray<Node | string> = []): Element {
	const element = doc.createElementNS(SVG_NS, tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value));
	for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
	return element;
}

/** A number for an attribute: at most two decimals. */
export function n(value: number): string {
	return String(Math.round(value * 100) / 100);
}
