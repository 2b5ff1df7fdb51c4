/**
 * Type checks on DOM nodes that hold across windows. `instanceof HTMLElement` compares with this window's
 * constructors, so it is false for a node of an Obsidian pop-out window (or an iframe): the player checks
 * what a node is by `nodeType` and `localName` instead, which every window agrees on.
 */

/** `Node.ELEMENT_NODE`, written out: the global `Node` may belong to another window. */
const ELEMENT_NODE = 1;
/** `Node.TEXT_NODE`. */
const TEXT_NODE = 3;
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Whether `value` is an element, of any window. */
export function isElement(value: unknown): value is Element {
	return typeof value === 'object' && value !== null && (value as Node).nodeType === ELEMENT_NODE;
}

/** Whether `value` is an HTML element, of any window. */
export function isHtmlElement(value: unknown): value is HTMLElement {
	return isElement(value) && value.namespaceURI === XHTML_NS;
}

/** Whether `value` is an HTML element with this tag (`select`, `button`, …), of any window. */
export function isHtmlTag<K extends keyof HTMLElementTagNameMap>(value: unknown, tag: K): value is HTMLElementTagNameMap[K] {
	return isHtmlElement(value) && value.localName === tag;
}

/** Whether `value` is a text node, of any window. */
export function isTextNode(value: unknown): value is Text {
	return typeof value === 'object' && value !== null && (value as Node).nodeType === TEXT_NODE;
}
