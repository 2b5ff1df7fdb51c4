import { FuzzySuggestModal, type App, type FuzzyMatch, type TFile } from 'obsidian';
import { captureKind, type CaptureKind } from '../../core';
import type { CaptureStrings } from '../../i18n/capture';

/** What the capture command converts: a capture file of the vault, or HAR JSON the user pastes. */
export type CaptureSource = { kind: 'file'; file: TFile; capture: CaptureKind } | { kind: 'paste' };

/** The vault's capture files (`.har`, `.pcap`, `.pcapng`, `.cap`), by path. */
export function captureFiles(app: App): { file: TFile; capture: CaptureKind }[] {
	const found: { file: TFile; capture: CaptureKind }[] = [];
	for (const file of app.vault.getFiles()) {
		const capture = captureKind(file.extension);
		if (capture) found.push({ file, capture });
	}
	return found.sort((a, b) => a.file.path.localeCompare(b.file.path));
}

/** Picks the capture to convert: "Paste HAR JSON…" first, then every capture file of the vault. */
export class PickCaptureModal extends FuzzySuggestModal<CaptureSource> {
	constructor(
		app: App,
		private readonly words: CaptureStrings,
		private readonly chosen: (source: CaptureSource) => void,
	) {
		super(app);
		this.setPlaceholder(words.pick.placeholder);
		this.emptyStateText = words.pick.none;
		this.setInstructions([
			{ command: '↑↓', purpose: words.pick.instructions.navigate },
			{ command: '↵', purpose: words.pick.instructions.choose },
		]);
	}

	getItems(): CaptureSource[] {
		return [{ kind: 'paste' }, ...captureFiles(this.app).map(({ file, capture }): CaptureSource => ({ kind: 'file', file, capture }))];
	}

	getItemText(item: CaptureSource): string {
		return item.kind === 'paste' ? this.words.pick.paste : item.file.path;
	}

	override renderSuggestion(match: FuzzyMatch<CaptureSource>, el: HTMLElement): void {
		el.createDiv({ text: this.getItemText(match.item), cls: match.item.kind === 'paste' ? 'protocol-capture-paste' : undefined });
	}

	onChooseItem(item: CaptureSource): void {
		this.chosen(item);
	}
}
