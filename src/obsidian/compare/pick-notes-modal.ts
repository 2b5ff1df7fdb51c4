import { FuzzySuggestModal, type App, type FuzzyMatch, type TFile } from 'obsidian';
import { MAX_COMPARED, MIN_COMPARED } from '../../core';
import type { CompareStrings } from '../../i18n/compare';

/** A row of the picker: a note to add, or "insert the comparison" once enough are chosen. */
export type PickChoice = { kind: 'note'; file: TFile } | { kind: 'insert' };

/**
 * Picks the notes to compare, one per round: each choice reopens the picker with the notes chosen so far
 * listed in its placeholder, and once two are chosen its first row inserts the block. The fourth note inserts
 * at once. `done` receives the notes in the order chosen.
 */
export class PickNotesModal extends FuzzySuggestModal<PickChoice> {
	constructor(
		app: App,
		private readonly strings: CompareStrings,
		private readonly chosen: readonly TFile[],
		private readonly done: (files: TFile[]) => void,
	) {
		super(app);
		const names = chosen.map((file) => file.basename).join(', ');
		this.setPlaceholder(chosen.length === 0 ? strings.pick.placeholder : `${strings.pick.chosen(chosen.length)} — ${names}`);
		this.setInstructions([
			{ command: '↑↓', purpose: strings.pick.instructions.navigate },
			{ command: '↵', purpose: strings.pick.instructions.add },
		]);
	}

	getItems(): PickChoice[] {
		const notes = this.app.vault.getMarkdownFiles()
			.filter((file) => !this.chosen.includes(file))
			.sort((a, b) => a.basename.localeCompare(b.basename))
			.map((file): PickChoice => ({ kind: 'note', file }));
		return this.chosen.length >= MIN_COMPARED ? [{ kind: 'insert' }, ...notes] : notes;
	}

	getItemText(item: PickChoice): string {
		return item.kind === 'insert' ? this.strings.pick.done : item.file.path.replace(/\.md$/, '');
	}

	override renderSuggestion(match: FuzzyMatch<PickChoice>, el: HTMLElement): void {
		el.createDiv({ text: this.getItemText(match.item), cls: match.item.kind === 'insert' ? 'protocol-compare-pick-done' : undefined });
	}

	onChooseItem(item: PickChoice): void {
		if (item.kind === 'insert') {
			this.done([...this.chosen]);
			return;
		}
		const chosen = [...this.chosen, item.file];
		if (chosen.length >= MAX_COMPARED) this.done(chosen);
		else new PickNotesModal(this.app, this.strings, chosen, this.done).open();
	}
}
