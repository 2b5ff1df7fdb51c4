import type * as obsidian from 'obsidian';

/** Fake of Obsidian's `MenuItem`: what the plugin sets on it, and a `click()` for tests. */
export class MenuItem {
	title = '';
	icon: string | null = null;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | undefined;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === 'string' ? title : title.textContent ?? '';
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** Chooses the item, as a click would. */
	click(): void {
		void this.callback?.({} as MouseEvent);
	}
}

/** Fake of Obsidian's `Menu`: items in order, and where it was shown. Tests read `Menu.lastShown`. */
export class Menu {
	/** The menu shown last, for tests that open one through the plugin. */
	static lastShown: Menu | null = null;
	readonly items: MenuItem[] = [];
	shownAt: { x: number; y: number } | null = null;

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		this.shownAt = { x: evt.clientX, y: evt.clientY };
		Menu.lastShown = this;
		return this;
	}
	showAtPosition(position: obsidian.MenuPositionDef): this {
		this.shownAt = { x: position.x, y: position.y };
		Menu.lastShown = this;
		return this;
	}
	hide(): this {
		return this;
	}
}
