import type * as obsidian from 'obsidian';
import type { Editor } from './editor';

/**
 * Fake of Obsidian's `EditorSuggest`: a test types into the fake `Editor`, then calls `trigger` as Obsidian does
 * after each keystroke (`onTrigger` at the cursor, then `getSuggestions` with the context), reads what each
 * suggestion shows with `rendered`, and picks one with `select`. Needs a DOM with Obsidian's helpers to render.
 */
export abstract class EditorSuggest<T> implements Pick<obsidian.EditorSuggest<T>, 'app' | 'context' | 'limit' | 'setInstructions' | 'open' | 'close'> {
	app: obsidian.App;
	context: obsidian.EditorSuggestContext | null = null;
	limit = 100;
	/** Whether the popover is showing. */
	isOpen = false;
	instructions: obsidian.Instruction[] = [];

	constructor(app: obsidian.App) {
		this.app = app;
	}

	setInstructions(instructions: obsidian.Instruction[]): void {
		this.instructions = instructions;
	}

	open(): void {
		this.isOpen = true;
	}

	close(): void {
		this.isOpen = false;
		this.context = null;
	}

	abstract onTrigger(cursor: obsidian.EditorPosition, editor: obsidian.Editor, file: obsidian.TFile | null): obsidian.EditorSuggestTriggerInfo | null;
	abstract getSuggestions(context: obsidian.EditorSuggestContext): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

	/** What Obsidian does after a keystroke in `editor`: the suggestions at its cursor, or none (popover closed). */
	async trigger(editor: Editor, file: obsidian.TFile | null = null): Promise<T[]> {
		const info = this.onTrigger(editor.getCursor(), editor.asEditor(), file);
		if (!info) {
			this.close();
			return [];
		}
		this.context = { ...info, editor: editor.asEditor(), file: file as obsidian.TFile };
		const found = await this.getSuggestions(this.context);
		if (found.length > 0) this.open();
		else this.close();
		return found.slice(0, this.limit);
	}

	/** The text each suggestion renders, in order. */
	rendered(values: readonly T[]): string[] {
		return values.map((value) => {
			const el = createDiv();
			this.renderSuggestion(value, el);
			return el.textContent ?? '';
		});
	}

	/** Picks a suggestion, as Enter on it does. */
	select(value: T): void {
		this.selectSuggestion(value, new KeyboardEvent('keydown', { key: 'Enter' }));
	}
}
