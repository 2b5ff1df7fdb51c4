import type * as obsidian from 'obsidian';

function child<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, cls: string): HTMLElementTagNameMap[K] {
	// Obsidian's own DOM helper: tests that draw settings install the DOM fake (`installObsidianDom`).
	return parent.createEl(tag, cls === '' ? undefined : { cls });
}

/** Fake of Obsidian's `ToggleComponent`: a `.checkbox-container` that flips on click, as in the app. */
export class ToggleComponent implements obsidian.ToggleComponent {
	toggleEl: HTMLElement;
	disabled = false;
	private on = false;
	private changed: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		this.toggleEl = child(containerEl, 'div', 'checkbox-container');
		this.toggleEl.addEventListener('click', () => this.onClick());
	}
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		this.on = on;
		this.toggleEl.classList.toggle('is-enabled', on);
		return this;
	}
	setTooltip(): this {
		return this;
	}
	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this.on);
		this.changed?.(this.on);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changed = callback;
		return this;
	}
	registerOptionListener(): this {
		return this;
	}
}

/** Fake of Obsidian's `SliderComponent`: an `input[type=range]` that reports on `input` events. */
export class SliderComponent implements obsidian.SliderComponent {
	sliderEl: HTMLInputElement;
	disabled = false;
	private format: (value: number) => string = String;

	constructor(containerEl: HTMLElement) {
		this.sliderEl = child(containerEl, 'input', 'slider');
		this.sliderEl.type = 'range';
	}
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.sliderEl.disabled = disabled;
		return this;
	}
	setInstant(): this {
		return this;
	}
	setLimits(min: number | null, max: number | null, step: number | 'any'): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return this.format(this.getValue());
	}
	setDisplayFormat(format: (value: number) => string): this {
		this.format = format;
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	onChange(callback: (value: number) => unknown): this {
		this.sliderEl.addEventListener('input', () => callback(this.getValue()));
		return this;
	}
	registerOptionListener(): this {
		return this;
	}
}

/** Fake of Obsidian's `DropdownComponent`: a `select` that reports on `change` events. */
export class DropdownComponent implements obsidian.DropdownComponent {
	selectEl: HTMLSelectElement;
	disabled = false;

	constructor(containerEl: HTMLElement) {
		this.selectEl = child(containerEl, 'select', 'dropdown');
	}
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		const option = child(this.selectEl as unknown as HTMLElement, 'option', '');
		option.value = value;
		option.textContent = display;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.selectEl.addEventListener('change', () => callback(this.getValue()));
		return this;
	}
	registerOptionListener(): this {
		return this;
	}
}

/** Fake of Obsidian's text inputs (`TextComponent`, `TextAreaComponent`): report on `input` events. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> implements obsidian.AbstractTextComponent<T> {
	inputEl: T;
	disabled = false;
	private changed: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		this.inputEl = inputEl;
		inputEl.addEventListener('input', () => this.onChanged());
	}
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		this.changed?.(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changed = callback;
		return this;
	}
	registerOptionListener(): this {
		return this;
	}
}

/** Fake of Obsidian's `TextComponent`. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements obsidian.TextComponent {
	constructor(containerEl: HTMLElement) {
		super(child(containerEl, 'input', ''));
		this.inputEl.type = 'text';
	}
}

/** Fake of Obsidian's `TextAreaComponent`. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements obsidian.TextAreaComponent {
	constructor(containerEl: HTMLElement) {
		super(child(containerEl, 'textarea', ''));
	}
}

/** Fake of Obsidian's `ButtonComponent`: a `button` that calls back on click. */
export class ButtonComponent implements obsidian.ButtonComponent {
	buttonEl: HTMLButtonElement;
	disabled = false;

	constructor(containerEl: HTMLElement) {
		this.buttonEl = child(containerEl, 'button', '');
	}
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add('mod-cta');
		return this;
	}
	removeCta(): this {
		this.buttonEl.classList.remove('mod-cta');
		return this;
	}
	setWarning(): this {
		this.buttonEl.classList.add('mod-warning');
		return this;
	}
	setDestructive(): this {
		this.buttonEl.classList.add('mod-destructive');
		return this;
	}
	removeDestructive(): this {
		this.buttonEl.classList.remove('mod-destructive');
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute('aria-label', tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.dataset.icon = icon;
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener('click', (evt) => void callback(evt));
		return this;
	}
}

/**
 * Fake of Obsidian's `Setting`: the same DOM shape (`.setting-item`, `.setting-item-name`,
 * `.setting-item-description`, `.setting-item-control`) so tests find settings by their visible name.
 */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	/** The controls added, in order. */
	components: unknown[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = child(containerEl, 'div', 'setting-item');
		this.infoEl = child(this.settingEl, 'div', 'setting-item-info');
		this.nameEl = child(this.infoEl, 'div', 'setting-item-name');
		this.descEl = child(this.infoEl, 'div', 'setting-item-description');
		this.controlEl = child(this.settingEl, 'div', 'setting-item-control');
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.replaceChildren(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.replaceChildren(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add('setting-item-heading');
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle('is-disabled', disabled);
		return this;
	}
	setTooltip(): this {
		return this;
	}
	addToggle(cb: (component: obsidian.ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: obsidian.SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: obsidian.DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addText(cb: (component: obsidian.TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: obsidian.TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addButton(cb: (component: obsidian.ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: obsidian.ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}

	private add<C>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}
