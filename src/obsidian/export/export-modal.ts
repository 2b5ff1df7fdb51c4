import { Modal, Setting, type App } from 'obsidian';
import { exportStrings } from '../../i18n/export';
import type { Language } from '../../i18n/language';
import type { ExportChoice } from './run-export';

/** What the modal asks: what to export and how long each step shows in the animation. */
export interface ExportSettings {
	what: ExportChoice;
	intervalMs: number;
}

/** Seconds as the modal shows them: "1.2", not "1.2000000000000002". */
function seconds(ms: number): string {
	return String(Math.round(ms / 100) / 10);
}

/**
 * "Export protocol steps": choose the step images with a slide note, the animated SVG, both, or one HTML file, and the
 * time per step of the animation (seconds, 0.2–60). Export calls back once and closes.
 */
export class ExportModal extends Modal {
	private choice: ExportSettings;

	constructor(app: App, private readonly language: Language, initial: ExportSettings, private readonly onExport: (settings: ExportSettings) => void) {
		super(app);
		this.choice = { ...initial };
	}

	override onOpen(): void {
		const words = exportStrings(this.language);
		this.setTitle(words.modalTitle);
		const { contentEl } = this;
		contentEl.empty();
		new Setting(contentEl).setName(words.whatName).addDropdown((dropdown) => {
			dropdown
				.addOptions({ slides: words.whatImagesAndSlides, animated: words.whatAnimated, both: words.whatBoth, html: words.whatHtml })
				.setValue(this.choice.what)
				.onChange((value) => {
					this.choice.what = value === 'animated' || value === 'both' || value === 'html' ? value : 'slides';
				});
		});
		new Setting(contentEl).setName(words.intervalName).setDesc(words.intervalDesc).addText((text) => {
			text.setValue(seconds(this.choice.intervalMs)).onChange((value) => {
				const parsed = Number(value.replace(',', '.'));
				if (Number.isFinite(parsed) && parsed > 0) this.choice.intervalMs = Math.round(Math.min(60, Math.max(0.2, parsed)) * 1000);
			});
			text.inputEl.setAttribute('inputmode', 'decimal');
		});
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(words.cancel).onClick(() => this.close()))
			.addButton((button) => button.setButtonText(words.exportButton).setCta().onClick(() => {
				this.close();
				this.onExport({ ...this.choice });
			}));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
