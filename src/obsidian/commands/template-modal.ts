import { FuzzySuggestModal, type App, type FuzzyMatch } from 'obsidian';
import type { ProtocolTemplate } from '../../core';
import type { TemplateStrings } from '../../i18n/templates';

/** The chooser *Insert protocol block* opens: every template by title, with one line on what it shows. */
export class TemplateModal extends FuzzySuggestModal<ProtocolTemplate> {
	constructor(
		app: App,
		private readonly templates: readonly ProtocolTemplate[],
		private readonly words: TemplateStrings,
		private readonly chosen: (template: ProtocolTemplate) => void,
	) {
		super(app);
		this.setPlaceholder(words.placeholder);
	}

	override getItems(): ProtocolTemplate[] {
		return [...this.templates];
	}

	override getItemText(template: ProtocolTemplate): string {
		return template.title;
	}

	override renderSuggestion(match: FuzzyMatch<ProtocolTemplate>, el: HTMLElement): void {
		el.addClass('protocol-template-choice');
		el.createDiv({ text: match.item.title });
		el.createEl('small', { cls: 'protocol-template-lesson', text: this.words.lessons[match.item.id] });
	}

	override onChooseItem(template: ProtocolTemplate): void {
		this.chosen(template);
	}
}
