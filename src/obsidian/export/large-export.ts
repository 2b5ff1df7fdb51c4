import { Modal, Setting, type App } from 'obsidian';
import { exportStrings } from '../../i18n/export';
import type { Language } from '../../i18n/language';
import type { ExportSource } from '../../player';

/** Above this many steps, or this many bytes, the step images are asked for first (issue 19). */
export const LARGE_STEPS = 200;
export const LARGE_BYTES = 100 * 1024 * 1024;

/** What a long export would write. */
export interface LargeExport {
	steps: number;
	files: number;
	megabytes: number;
}

/** What to do instead of a long export. */
export type LargeChoice = 'animated' | 'html' | 'all' | 'cancel';

/**
 * What exporting every step of `source` as images would write, when it is long enough to ask first:
 * each step's SVG holds the whole drawing (about its serialised size, plus the panel), and its PNG at
 * twice the size (about 0.6 byte per drawing pixel). Undefined for a short export.
 */
export function largeExport(source: Pick<ExportSource, 'count' | 'svg'> | undefined): LargeExport | undefined {
	if (source === undefined) return undefined;
	const positions = source.count();
	const box = source.svg.viewBox?.baseVal;
	const pixels = box === undefined || box === null ? 0 : box.width * box.height;
	const perStep = (source.svg.outerHTML?.length ?? 0) + 6_000 + pixels * 0.6;
	const bytes = positions * perStep;
	if (positions - 1 <= LARGE_STEPS && bytes <= LARGE_BYTES) return undefined;
	return { steps: positions - 1, files: positions * 2 + 1, megabytes: Math.max(1, Math.round(bytes / (1024 * 1024))) };
}

/** "A long export": says what the step images would write and offers the animated SVG or one HTML file instead. */
export class LargeExportModal extends Modal {
	private choice: LargeChoice = 'cancel';

	constructor(app: App, private readonly language: Language, private readonly large: LargeExport, private readonly onChoice: (choice: LargeChoice) => void) {
		super(app);
	}

	override onOpen(): void {
		const words = exportStrings(this.language);
		this.setTitle(words.largeTitle);
		this.contentEl.empty();
		this.contentEl.createEl('p', { text: words.largeBody(this.large.steps, this.large.files, this.large.megabytes) });
		const choose = (choice: LargeChoice) => (): void => {
			this.choice = choice;
			this.close();
		};
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(words.largeAnimated).setCta().onClick(choose('animated')))
			.addButton((button) => button.setButtonText(words.largeHtml).onClick(choose('html')));
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(words.cancel).onClick(choose('cancel')))
			.addButton((button) => button.setButtonText(words.largeAll).onClick(choose('all')));
	}

	override onClose(): void {
		this.contentEl.empty();
		// Closed any way (Escape included): the answer is given once.
		this.onChoice(this.choice);
	}
}

/** Asks before a long export; resolves to the reader's choice ("cancel" when the modal is closed). */
export function askLargeExport(app: App, language: Language, large: LargeExport): Promise<LargeChoice> {
	return new Promise((resolve) => new LargeExportModal(app, language, large, resolve).open());
}
