/**
 * Obsidian's additions to the DOM (`createEl`, `empty`, `setText`, `addClass`, ...), installed on a
 * jsdom window so that modals and settings can be tested (`// @vitest-environment jsdom`, then
 * `installObsidianDom(window)`). Only the helpers the plugin uses, each as Obsidian documents it.
 */
type Attr = string | number | boolean | null;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, Attr>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function setAttr(el: Element, name: string, value: Attr): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? '' : String(value));
}

function classesOf(classes: string | string[]): string[] {
	return (Array.isArray(classes) ? classes : classes.split(' ')).filter((cls) => cls !== '');
}

function build<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o: ElementInfo | string | undefined, parent: Node | null): HTMLElementTagNameMap[K] {
	// The options argument (none here) is the DOM's own form of createElement, the one this helper stands on.
	const el = doc.createElement(tag, {});
	const info: ElementInfo = typeof o === 'string' ? { cls: o } : o ?? {};
	if (info.cls !== undefined) el.classList.add(...classesOf(info.cls));
	if (info.text !== undefined) el.replaceChildren(info.text);
	for (const [name, value] of Object.entries(info.attr ?? {})) setAttr(el, name, value);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && 'value' in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute('type', info.type);
	if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
	if (info.href !== undefined) el.setAttribute('href', info.href);
	const target = info.parent ?? parent;
	if (target) {
		if (info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	return el;
}

/** Installs Obsidian's DOM helpers on `win`'s prototypes and globals. Installing twice is harmless. */
export function installObsidianDom(win: typeof window): void {
	const node = win.Node.prototype as Node & Record<string, unknown>;
	const element = win.Element.prototype as Element & Record<string, unknown>;
	const docOf = (self: Node): Document => (self.nodeType === 9 ? (self as Document) : self.ownerDocument ?? win.document);

	Object.assign(node, {
		createEl<K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: ElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void) {
			const el = build(docOf(this), tag, o, this);
			callback?.(el);
			return el;
		},
		createDiv(this: Node, o?: ElementInfo | string, callback?: (el: HTMLDivElement) => void) {
			const el = build(docOf(this), 'div', o, this);
			callback?.(el);
			return el;
		},
		createSpan(this: Node, o?: ElementInfo | string, callback?: (el: HTMLSpanElement) => void) {
			const el = build(docOf(this), 'span', o, this);
			callback?.(el);
			return el;
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, text: string) {
			this.appendChild(docOf(this).createTextNode(text));
		},
	});
	Object.assign(element, {
		setText(this: Element, text: string | DocumentFragment) {
			this.replaceChildren(text);
		},
		getText(this: Element) {
			return this.textContent ?? '';
		},
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes.flatMap(classesOf));
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes.flatMap(classesOf));
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const cls of classesOf(classes)) this.classList.toggle(cls, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: Attr) {
			setAttr(this, name, value);
		},
		setAttrs(this: Element, attrs: Record<string, Attr>) {
			for (const [name, value] of Object.entries(attrs)) setAttr(this, name, value);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
	});
	Object.assign(win.HTMLElement.prototype, {
		/** Sets CSS properties (custom ones included) through the element's inline style, as Obsidian does. */
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
	});
	Object.assign(win, {
		activeWindow: win,
		activeDocument: win.document,
		createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: ElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void) => {
			const el = build(win.document, tag, o, null);
			callback?.(el);
			return el;
		},
		createDiv: (o?: ElementInfo | string) => build(win.document, 'div', o, null),
		createSpan: (o?: ElementInfo | string) => build(win.document, 'span', o, null),
		createFragment: (callback?: (el: DocumentFragment) => void) => {
			const fragment = new win.DocumentFragment();
			callback?.(fragment);
			return fragment;
		},
	});
}
