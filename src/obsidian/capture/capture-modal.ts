import { Component, Modal, Notice, Setting, type App, type TFile } from 'obsidian';
import { DEFAULT_MAX_BYTES, loadCaptureConversions, type CaptureJob, type CaptureResult, type HarOptions, type PcapOptions } from '../../core';
import type { CaptureStrings } from '../../i18n/capture';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';
import type { CaptureSource } from './pick-capture-modal';
import { runSliced } from './run-sliced';
import { writeCaptureNote } from './write-note';

/** The capture as read: HAR text or capture bytes. */
type Input = { kind: 'har'; text: string } | { kind: 'pcap'; bytes: Uint8Array };

/**
 * Converts the chosen capture and shows it before anything is written: the options (hosts, what to leave out,
 * folded ACKs), the progress of a sliced conversion with Cancel, what was left out and hidden, and a player of
 * the diagram. **Create note** writes the note and opens it; an error or a cancel writes nothing.
 */
export class CaptureModal extends Modal {
	private input: Input | undefined;
	private readonly har: HarOptions = {};
	private readonly pcap: PcapOptions = {};
	private run = 0;
	private result: Extract<CaptureResult, { ok: true }> | undefined;
	private preview: Component | undefined;
	private optionsEl!: HTMLElement;
	private progressEl!: HTMLElement;
	private messagesEl!: HTMLElement;
	private previewEl!: HTMLElement;
	private createButton: HTMLButtonElement | undefined;

	constructor(
		app: App,
		private readonly ctx: PluginContext,
		private readonly source: CaptureSource,
		private readonly words: CaptureStrings,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, words } = this;
		this.setTitle(words.modal.title);
		contentEl.addClass('protocol-capture-modal');
		if (this.source.kind === 'paste') this.renderPaste();
		this.optionsEl = contentEl.createDiv({ cls: 'protocol-capture-options' });
		this.progressEl = contentEl.createDiv({ cls: 'protocol-capture-progress' });
		this.messagesEl = contentEl.createDiv({ cls: 'protocol-capture-messages' });
		this.previewEl = contentEl.createDiv({ cls: 'protocol-capture-preview' });
		new Setting(contentEl)
			.addButton((button) => {
				// The button element itself: ButtonComponent.setDisabled needs Obsidian 1.2.3.
				this.createButton = button.buttonEl;
				this.createButton.disabled = true;
				button.setButtonText(words.modal.create).setCta().onClick(() => void this.create());
			})
			.addButton((button) => button.setButtonText(words.modal.close).onClick(() => this.close()));
		if (this.source.kind === 'file') void this.readFile(this.source.file);
	}

	override onClose(): void {
		// A conversion still running stops at its next slice.
		this.run++;
		this.preview?.unload();
		this.preview = undefined;
		this.contentEl.empty();
	}

	private renderPaste(): void {
		const { words } = this;
		let text = '';
		new Setting(this.contentEl).setName(words.modal.pasteLabel).addTextArea((area) => {
			area.setPlaceholder(words.modal.pastePlaceholder).onChange((value) => (text = value));
			area.inputEl.addClass('protocol-capture-paste-input');
		});
		new Setting(this.contentEl).addButton((button) => button.setButtonText(words.modal.convert).onClick(() => {
			this.input = { kind: 'har', text };
			this.renderOptions();
			void this.convert();
		}));
	}

	private async readFile(file: TFile): Promise<void> {
		if (file.stat.size > DEFAULT_MAX_BYTES) {
			this.showError(this.words.error({ kind: 'too-large', bytes: file.stat.size, limit: DEFAULT_MAX_BYTES }));
			return;
		}
		try {
			this.input = this.source.kind === 'file' && this.source.capture === 'pcap'
				? { kind: 'pcap', bytes: new Uint8Array(await this.app.vault.readBinary(file)) }
				: { kind: 'har', text: await this.app.vault.read(file) };
		} catch (error) {
			this.showError(`${this.words.readFailed} ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		this.renderOptions();
		await this.convert();
	}

	/** The toggles of the input's kind; each change converts again. */
	private renderOptions(): void {
		const { optionsEl, words } = this;
		optionsEl.empty();
		const toggle = (name: string, value: boolean, set: (on: boolean) => void): void => {
			new Setting(optionsEl).setName(name).addToggle((t) => t.setValue(value).onChange((on) => {
				set(on);
				void this.convert();
			}));
		};
		if (this.input?.kind === 'pcap') {
			toggle(words.modal.foldAcks, this.pcap.foldAcks === true, (on) => (this.pcap.foldAcks = on));
			return;
		}
		toggle(words.modal.mergeHosts, this.har.mergeHosts === true, (on) => (this.har.mergeHosts = on));
		toggle(words.modal.includeStatic, this.har.includeStatic === true, (on) => (this.har.includeStatic = on));
		toggle(words.modal.includePreflights, this.har.includePreflights === true, (on) => (this.har.includePreflights = on));
		toggle(words.modal.includeBeacons, this.har.includeBeacons === true, (on) => (this.har.includeBeacons = on));
	}

	/** Converts in slices with progress and Cancel; a newer conversion (or closing) stops an older one. */
	private async convert(): Promise<void> {
		const input = this.input;
		if (!input) return;
		const run = ++this.run;
		this.result = undefined;
		if (this.createButton) this.createButton.disabled = true;
		const { progressEl, words } = this;
		const { harConversion, pcapConversion } = await loadCaptureConversions();
		if (run !== this.run) return;
		const job: CaptureJob = input.kind === 'har' ? harConversion(input.text, { ...this.har }) : pcapConversion(input.bytes, { ...this.pcap });
		progressEl.empty();
		const label = progressEl.createSpan({ text: words.modal.reading(0) });
		let cancelled = false;
		progressEl.createEl('button', { text: words.modal.cancel, cls: 'protocol-capture-cancel' }).addEventListener('click', () => (cancelled = true));
		const win = this.contentEl.ownerDocument.defaultView ?? activeWindow;
		const result = await runSliced(job, {
			onProgress: (share) => label.setText(words.modal.reading(Math.floor(share * 100))),
			cancelled: () => cancelled || run !== this.run,
			later: (next) => win.setTimeout(next, 0),
		});
		if (run !== this.run) return;
		progressEl.empty();
		if (!result) {
			this.showError(words.modal.cancelled);
			return;
		}
		if (!result.ok) {
			this.showError(words.error(result.error));
			return;
		}
		this.result = result;
		this.messagesEl.empty();
		for (const notice of result.warnings) this.messagesEl.createDiv({ cls: 'protocol-capture-notice', text: words.notice(notice) });
		this.messagesEl.createDiv({ cls: 'protocol-capture-hidden', text: words.hidden(result.hidden) });
		if (this.createButton) this.createButton.disabled = false;
		await this.showPreview(result.text, run);
	}

	private showError(message: string): void {
		this.result = undefined;
		if (this.createButton) this.createButton.disabled = true;
		this.progressEl.empty();
		this.messagesEl.empty();
		this.messagesEl.createDiv({ cls: 'protocol-capture-error', text: message });
		this.preview?.unload();
		this.preview = undefined;
		this.previewEl.empty();
	}

	/** Mounts a player of the block, its listeners owned by a component unloaded with the next preview or the modal. */
	private async showPreview(text: string, run: number): Promise<void> {
		this.preview?.unload();
		this.previewEl.empty();
		const owner = new Component();
		owner.load();
		this.preview = owner;
		this.previewEl.createDiv({ cls: 'protocol-capture-preview-label', text: this.words.modal.preview });
		const container = this.previewEl.createDiv();
		const mermaid = await this.ctx.host.loadMermaid();
		if (run !== this.run) return;
		const options = appPlayerOptions(this.ctx, container, owner);
		// A player still drawing when the modal closes (or a newer preview starts) cleans up at once.
		const register = (cleanup: () => void): void => {
			if (run === this.run && this.preview === owner) owner.register(cleanup);
			else cleanup();
		};
		await this.ctx.host.mount(container, { ...options, mermaid, source: text, idPrefix: `protocol-capture-${run}-`, register });
	}

	private async create(): Promise<void> {
		const result = this.result;
		if (!result) return;
		const file = this.source.kind === 'file' ? this.source.file : undefined;
		const path = await writeCaptureNote(this.app, this.words, result, file);
		this.close();
		new Notice(this.words.written(path));
		await this.app.workspace.openLinkText(path, '', true);
	}
}
