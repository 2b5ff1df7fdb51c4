import type * as obsidian from 'obsidian';
import { Component } from './component';

/** Fake of Obsidian's `MarkdownRenderChild`: a component tied to an element of the rendered note. */
export class MarkdownRenderChild extends Component implements obsidian.MarkdownRenderChild {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/** One rendered section of a note: the element and where its text is in the note. */
export interface FakeSection {
	el: HTMLElement;
	lineStart: number;
	lineEnd: number;
}

/**
 * Fake of the context Obsidian gives post-processors: children go to the renderer (`owner`), and
 * `getSectionInfo` answers for any element inside one of the rendered sections, as the app does.
 */
export class MarkdownPostProcessorContext implements obsidian.MarkdownPostProcessorContext {
	docId = 'fake-doc';
	frontmatter: unknown = null;

	constructor(
		readonly sourcePath: string,
		private readonly text: string,
		private readonly sections: readonly FakeSection[],
		private readonly owner: Component,
	) {}

	addChild(child: obsidian.MarkdownRenderChild): void {
		this.owner.addChild(child);
	}

	getSectionInfo(el: HTMLElement): obsidian.MarkdownSectionInformation | null {
		const section = this.sections.find((s) => s.el === el || s.el.contains(el));
		return section ? { text: this.text, lineStart: section.lineStart, lineEnd: section.lineEnd } : null;
	}
}


/**
 * Obsidian's `show`/`hide`/`toggle`/`isShown` on elements, which the players' hosts use to swap Obsidian's
 * mermaid drawing for the player: installed where a DOM exists and they are missing, behaving as in the
 * app (an inline `display: none`).
 */
function installVisibilityHelpers(): void {
	if (typeof HTMLElement === 'undefined') return;
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	const helpers: Record<string, (this: HTMLElement, show: boolean) => unknown> = {
		show(this: HTMLElement) {
			setDisplay(this, true);
		},
		hide(this: HTMLElement) {
			setDisplay(this, false);
		},
		toggle(this: HTMLElement, show: boolean) {
			setDisplay(this, show);
		},
		isShown(this: HTMLElement) {
			return this.style.display !== 'none';
		},
	};
	for (const [name, fn] of Object.entries(helpers)) {
		if (!(name in proto)) Object.defineProperty(proto, name, { value: fn, configurable: true, writable: true });
	}
}

function setDisplay(el: HTMLElement, show: boolean): void {
	const display = show ? '' : 'none';
	el.style.display = display;
}

installVisibilityHelpers();
