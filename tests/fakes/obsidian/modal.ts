import type * as obsidian from 'obsidian';

/**
 * Fake of Obsidian's `Modal`: the same elements (`.modal-container > .modal > .modal-title, .modal-content`),
 * attached to the document on `open()` and removed on `close()`. Needs a DOM with Obsidian's helpers
 * (`// @vitest-environment jsdom` and `installObsidianDom(window)` from `./dom`).
 */
export class Modal implements Pick<obsidian.Modal, 'app' | 'containerEl' | 'modalEl' | 'titleEl' | 'contentEl' | 'shouldRestoreSelection' | 'open' | 'close' | 'onOpen' | 'onClose'> {
	app: obsidian.App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** Whether the modal is on screen. */
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;

	constructor(app: obsidian.App) {
		this.app = app;
		this.containerEl = createDiv({ cls: 'modal-container' });
		this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
		this.titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
		this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
	}

	open(): void {
		activeDocument.body.appendChild(this.containerEl);
		this.isOpen = true;
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.remove();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.replaceChildren(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

/**
 * Fake of Obsidian's `prepareFuzzySearch`: the query's characters must appear in order (case-insensitive,
 * spaces ignored); closer together and earlier scores higher (scores are negative, as Obsidian's).
 */
export function prepareFuzzySearch(query: string): (text: string) => obsidian.SearchResult | null {
	const wanted = [...query.toLowerCase().replace(/\s+/g, '')];
	return (text: string) => {
		const chars = [...text.toLowerCase()];
		const matches: [number, number][] = [];
		let at = 0;
		let gaps = 0;
		for (const char of wanted) {
			const found = chars.indexOf(char, at);
			if (found < 0) return null;
			if (matches.length > 0 && found !== at) gaps += found - at;
			const last = matches[matches.length - 1];
			if (last && last[1] === found) last[1] = found + 1;
			else matches.push([found, found + 1]);
			at = found + 1;
		}
		return { score: -(gaps + (matches[0]?.[0] ?? 0) / 10), matches };
	};
}
