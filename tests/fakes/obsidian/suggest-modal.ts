import type * as obsidian from 'obsidian';
import { Modal, prepareFuzzySearch } from './modal';

/**
 * Fake of Obsidian's `FuzzySuggestModal`: a modal with a search input and a list of suggestions, matched with
 * the fake `prepareFuzzySearch`. Tests read `suggestions()` and pick one with `choose()` (as Enter would:
 * the modal closes, then `onChooseItem` runs). Needs a DOM with Obsidian's helpers, as `Modal` does.
 */
export abstract class FuzzySuggestModal<T> extends Modal {
	readonly inputEl: HTMLInputElement;
	readonly resultContainerEl: HTMLElement;
	/** The modal the test can find: the last one opened (each picker round opens a new one). */
	static lastOpened: FuzzySuggestModal<unknown> | null = null;
	placeholder = '';
	/** Shown when no item matches (Obsidian's `SuggestModal.emptyStateText`). */
	emptyStateText = 'No results found.';
	instructions: obsidian.Instruction[] = [];

	constructor(app: obsidian.App) {
		super(app);
		this.inputEl = this.modalEl.createEl('input', { cls: 'prompt-input' });
		this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: obsidian.Instruction[]): void {
		this.instructions = instructions;
	}

	/** The items matching the query, best first (every item, in order, for an empty query). */
	getSuggestions(query: string): obsidian.FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const matches: obsidian.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = query.trim() === '' ? { score: 0, matches: [] } : search(this.getItemText(item));
			if (match) matches.push({ item, match });
		}
		return matches.sort((a, b) => b.match.score - a.match.score);
	}

	renderSuggestion(match: obsidian.FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(match.item));
	}

	override open(): void {
		super.open();
		FuzzySuggestModal.lastOpened = this;
		this.render('');
	}

	/** Types a query: the suggestions are rendered again. */
	type(query: string): void {
		this.inputEl.value = query;
		this.render(query);
	}

	/** The rendered suggestions' texts, in order. */
	suggestions(): string[] {
		return Array.from(this.resultContainerEl.querySelectorAll('.suggestion-item')).map((child) => child.textContent ?? '');
	}

	/** Chooses the suggestion whose text is `text`, as Enter on it does: close, then `onChooseItem`. */
	choose(text: string): void {
		const match = this.getSuggestions(this.inputEl.value).find((m) => this.getItemText(m.item) === text);
		if (!match) throw new Error(`no suggestion "${text}" in: ${this.suggestions().join(', ')}`);
		this.close();
		this.onChooseItem(match.item, new KeyboardEvent('keydown', { key: 'Enter' }));
	}

	private render(query: string): void {
		this.resultContainerEl.empty();
		const matches = this.getSuggestions(query);
		for (const match of matches) this.renderSuggestion(match, this.resultContainerEl.createDiv({ cls: 'suggestion-item' }));
		if (matches.length === 0) this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
	}
}
