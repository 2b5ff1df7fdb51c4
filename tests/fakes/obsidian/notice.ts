import type * as obsidian from 'obsidian';

/**
 * Fake of Obsidian's `Notice`. A notice is global UI in the app too, so the fake keeps what was shown
 * on the class: tests read `Notice.shown` and call `Notice.reset()` before each case.
 */
export class Notice implements Pick<obsidian.Notice, 'hide'> {
	/** Every message shown (and later set), oldest first. */
	static shown: string[] = [];
	/** Every notice made, oldest first (for tests that press a button in one). */
	static all: Notice[] = [];
	message: string;
	hidden = false;
	/** How long it shows, in ms (0: until hidden). */
	duration: number | undefined;
	/** The notice's element, holding a fragment's nodes (links, buttons) when the message is one; needs a DOM. */
	noticeEl: HTMLElement | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		this.message = '';
		this.show(message);
		Notice.all.push(this);
	}

	private show(message: string | DocumentFragment): void {
		this.message = typeof message === 'string' ? message : message.textContent ?? '';
		Notice.shown.push(this.message);
		if (typeof message !== 'string') {
			// Obsidian's DOM helpers must be installed (`installObsidianDom`) for a notice made from a fragment.
			this.noticeEl ??= createDiv();
			this.noticeEl.replaceChildren(message);
		}
	}

	/** Forgets the notices shown so far. */
	static reset(): void {
		Notice.shown = [];
		Notice.all = [];
	}

	setMessage(message: string | DocumentFragment): this {
		this.show(message);
		return this;
	}

	hide(): void {
		this.hidden = true;
	}
}
