import type * as obsidian from 'obsidian';

/**
 * Fake of Obsidian's `Notice`. A notice is global UI in the app too, so the fake keeps what was shown
 * on the class: tests read `Notice.shown` and call `Notice.reset()` before each case.
 */
export class Notice implements Pick<obsidian.Notice, 'hide'> {
	/** Every message shown (and later set), oldest first. */
	static shown: string[] = [];
	message: string;
	hidden = false;

	constructor(message: string | DocumentFragment, duration?: number) {
		void duration;
		this.message = typeof message === 'string' ? message : message.textContent ?? '';
		Notice.shown.push(this.message);
	}

	/** Forgets the notices shown so far. */
	static reset(): void {
		Notice.shown = [];
	}

	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === 'string' ? message : message.textContent ?? '';
		Notice.shown.push(this.message);
		return this;
	}

	hide(): void {
		this.hidden = true;
	}
}
