import { Modal, prepareFuzzySearch, Setting, type App, type TFile } from 'obsidian';
import { propertyCounts, SKIPPED_BY_DEFAULT, type PropertyCount } from '../../core';
import { tableStrings, type TableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import type { TableChoice } from '../settings/model';
import { computedRowStrings } from '../../i18n/computed-rows';
import { buildTableFor, type BuiltTable } from './build';
import { chooseNotes, tableNotes, vaultFolders, vaultTags } from './note-source';
import { isDiagramRowKey } from '../../core';
import { diagramRowGroup } from './diagram-row-group';
import { diagramRowKeys } from './diagram-row-source';

/** How many fuzzy-search results the picker lists at once. */
const SEARCH_RESULTS = 8;

/**
 * The choice behind **Insert comparison table**: which notes (linked, by tag, by folder or picked by
 * fuzzy search), which properties (every key found, most common first) and the layout, with a live
 * preview of the table's Markdown. `onChoose` receives the choice when the user inserts.
 */
export class InsertTableModal extends Modal {
	private readonly words: TableStrings;
	private choice: TableChoice;
	/** Checked properties; `null` until the user or a remembered choice sets them, meaning "the default keys". */
	private checked: Set<string> | null;
	private counts: PropertyCount[] = [];
	private valueEl!: HTMLElement;
	private notesEl!: HTMLElement;
	private propertiesEl!: HTMLElement;
	private previewEl!: HTMLElement;
	private computingEl!: HTMLElement;
	private insertButton: HTMLButtonElement | null = null;
	/** Stops the preview being built (its rows computed) when a newer one starts or the modal closes. */
	private previewWork: AbortController | null = null;
	private previewDone: Promise<void> = Promise.resolve();

	constructor(
		app: App,
		private readonly ctx: PluginContext,
		private readonly source: TFile,
		initial: TableChoice,
		private readonly onChoose: (choice: TableChoice) => void,
		/** The note's text when the modal opened: links in its own tables are not its links. */
		private readonly sourceText?: string,
	) {
		super(app);
		this.words = tableStrings(ctx.language);
		this.choice = { ...initial, notes: initial.notes ? [...initial.notes] : undefined };
		this.checked = initial.properties.length > 0 ? new Set(initial.properties) : null;
	}

	override onOpen(): void {
		const { contentEl, words } = this;
		this.setTitle(words.modal.title);
		contentEl.addClass('protocol-table-modal');
		new Setting(contentEl).setName(words.modal.source).addDropdown((dropdown) =>
			dropdown
				.addOptions(words.modal.sources)
				.setValue(this.choice.source)
				.onChange((value) => {
					this.choice = { ...this.choice, source: value as TableChoice['source'], value: undefined, notes: value === 'picked' ? [] : undefined };
					this.renderValue();
					this.update();
				}),
		);
		this.valueEl = contentEl.createDiv({ cls: 'protocol-table-source' });
		this.notesEl = contentEl.createDiv({ cls: 'protocol-table-notes' });
		new Setting(contentEl).setName(words.modal.properties).setHeading();
		this.propertiesEl = contentEl.createDiv({ cls: 'protocol-table-properties' });
		new Setting(contentEl).setName(words.modal.orientation).addDropdown((dropdown) =>
			dropdown
				.addOptions(words.modal.orientations)
				.setValue(this.choice.orientation)
				.onChange((value) => {
					this.choice.orientation = value === 'rows' ? 'rows' : 'columns';
					this.renderPreview();
				}),
		);
		contentEl.createDiv({ cls: 'protocol-table-preview-label', text: words.modal.preview });
		this.computingEl = contentEl.createDiv({ cls: 'protocol-table-computing', attr: { role: 'status', 'aria-live': 'polite' } });
		this.previewEl = contentEl.createEl('pre', { cls: 'protocol-table-preview' });
		new Setting(contentEl)
			.addButton((button) => {
				this.insertButton = button.buttonEl;
				button.setButtonText(words.modal.insert).setCta().onClick(() => this.submit());
			})
			.addButton((button) => button.setButtonText(words.modal.cancel).onClick(() => this.close()));
		this.renderValue();
		this.update();
	}

	override onClose(): void {
		this.previewWork?.abort();
		this.previewWork = null;
		this.contentEl.empty();
	}

	/** Settles when the preview shown last is built (its computed rows included): the tests wait on it. */
	previewReady(): Promise<void> {
		return this.previewDone;
	}

	/** The choice as it stands, with the checked properties in list order (most common first). */
	currentChoice(): TableChoice {
		const properties = [...this.counts.map((p) => p.key), ...diagramRowKeys()].filter((key) => this.isChecked(key));
		return { ...this.choice, properties };
	}

	private submit(): void {
		const choice = this.currentChoice();
		if (choice.properties.length === 0 || chooseNotes(this.app, choice, this.source, this.sourceText).files.length === 0) return;
		this.onChoose(choice);
		this.close();
	}

	private isChecked(key: string): boolean {
		// Computed rows are asked for, never assumed: they take a read of every note.
		if (isDiagramRowKey(key)) return this.checked?.has(key) ?? false;
		return this.checked ? this.checked.has(key) : !SKIPPED_BY_DEFAULT.includes(key);
	}

	/** The control under the source: a tag, a folder, or the picker. */
	private renderValue(): void {
		const { valueEl, words } = this;
		valueEl.empty();
		const { source } = this.choice;
		if (source === 'tag' || source === 'folder') {
			const options = source === 'tag' ? vaultTags(this.app) : vaultFolders(this.app);
			if (this.choice.value === undefined || !options.includes(this.choice.value)) this.choice.value = options[0];
			new Setting(valueEl).setName(source === 'tag' ? words.modal.tag : words.modal.folder).addDropdown((dropdown) => {
				for (const option of options) dropdown.addOption(option, source === 'tag' ? `#${option}` : option);
				dropdown.setValue(this.choice.value ?? '').onChange((value) => {
					this.choice.value = value;
					this.update();
				});
			});
		} else if (source === 'picked') {
			this.renderPicker();
		}
	}

	private renderPicker(): void {
		const { valueEl, words } = this;
		const resultsEl = valueEl.createDiv({ cls: 'protocol-table-results' });
		const pickedEl = valueEl.createDiv({ cls: 'protocol-table-picked' });
		const notes = (): string[] => (this.choice.notes ??= []);
		const showPicked = (): void => {
			pickedEl.empty();
			for (const path of notes()) {
				const row = pickedEl.createDiv({ cls: 'protocol-table-pick' });
				row.createSpan({ text: path.replace(/\.md$/, '') });
				row.createEl('button', { text: words.modal.remove, attr: { 'data-path': path } }).addEventListener('click', () => {
					this.choice.notes = notes().filter((p) => p !== path);
					showPicked();
					this.update();
				});
			}
		};
		const search = (query: string): void => {
			resultsEl.empty();
			if (query.trim() === '') return;
			const match = prepareFuzzySearch(query);
			const found = this.app.vault.getMarkdownFiles()
				.filter((file) => file !== this.source && !notes().includes(file.path))
				.map((file) => ({ file, result: match(file.path.replace(/\.md$/, '')) }))
				.filter((hit) => hit.result !== null)
				.sort((a, b) => (b.result?.score ?? 0) - (a.result?.score ?? 0))
				.slice(0, SEARCH_RESULTS);
			for (const { file } of found) {
				const row = resultsEl.createDiv({ cls: 'protocol-table-result' });
				row.createSpan({ text: file.path.replace(/\.md$/, '') });
				row.createEl('button', { text: words.modal.add, attr: { 'data-path': file.path } }).addEventListener('click', () => {
					notes().push(file.path);
					showPicked();
					search(query);
					this.update();
				});
			}
		};
		new Setting(valueEl).setName(words.modal.search).addText((text) => text.setPlaceholder(words.modal.searchPlaceholder).onChange(search));
		valueEl.appendChild(resultsEl);
		valueEl.appendChild(pickedEl);
		showPicked();
	}

	/** After the notes changed: the summary, the property list and the preview. */
	private update(): void {
		// The note's text too, as the preview and the insert take it: links in its own tables are not its links.
		const { files, missing } = chooseNotes(this.app, this.choice, this.source, this.sourceText);
		const notes = tableNotes(this.app, files, this.source.path);
		this.counts = propertyCounts(notes.map((note) => note.frontmatter));
		this.notesEl.empty();
		this.notesEl.setText(files.length === 0 ? this.words.modal.noNotes : `${this.words.modal.notes(files.length)}: ${files.map((f) => f.basename).join(', ')}`);
		if (missing.length > 0) this.notesEl.createDiv({ cls: 'protocol-table-missing', text: this.words.notices.missing(missing) });
		this.renderProperties();
		this.renderPreview();
	}

	private renderProperties(): void {
		const { propertiesEl } = this;
		propertiesEl.empty();
		if (this.counts.length === 0) propertiesEl.createDiv({ text: this.words.modal.noProperties });
		for (const { key, count } of this.counts) {
			const label = propertiesEl.createEl('label', { cls: 'protocol-table-property' });
			const box = label.createEl('input', { type: 'checkbox', attr: { 'data-property': key } });
			box.checked = this.isChecked(key);
			box.addEventListener('change', () => {
				this.checked ??= new Set(this.counts.map((p) => p.key).filter((k) => this.isChecked(k)));
				if (box.checked) this.checked.add(key);
				else this.checked.delete(key);
				this.renderPreview();
			});
			label.createSpan({ text: key });
			label.createSpan({ cls: 'protocol-table-count', text: String(count) });
		}
		diagramRowGroup(propertiesEl, this.ctx.language, (key) => this.isChecked(key), (key, on) => {
			this.checked ??= new Set(this.counts.map((p) => p.key).filter((k) => this.isChecked(k)));
			if (on) this.checked.add(key);
			else this.checked.delete(key);
			this.renderPreview();
		});
	}

	/**
	 * Builds the preview with `buildTableFor`, as the insert will: rows computed from diagrams take a while and yield
	 * to Obsidian meanwhile, so "computing…" is shown with the notes done; a newer preview or closing cancels it.
	 */
	private renderPreview(): void {
		this.previewWork?.abort();
		const choice = this.currentChoice();
		// With nothing checked there is nothing to insert (the builder would fall back to the default keys).
		if (choice.properties.length === 0) {
			this.previewWork = null;
			this.computingEl.empty();
			this.previewEl.setText(this.words.modal.noneChecked);
			this.insertButton?.toggleAttribute('disabled', true);
			this.previewDone = Promise.resolve();
			return;
		}
		const work = new AbortController();
		this.previewWork = work;
		const computing = computedRowStrings(this.ctx.language).computing;
		this.previewDone = buildTableFor(this.ctx, {
			file: this.source,
			choice,
			text: this.sourceText,
			signal: work.signal,
			onProgress: (done, total) => {
				if (done < total) this.computingEl.setText(computing(done, total));
			},
		}).then(
			(built) => {
				if (!work.signal.aborted) this.showPreview(built);
			},
			(error: unknown) => {
				if (work.signal.aborted) return;
				// The preview says so in place; inserting would fail the same way, so it is not offered.
				console.error('Protocol Notes: previewing a comparison table failed', error);
				this.computingEl.empty();
				this.previewEl.setText(this.words.notices.insertFailed);
				this.insertButton?.toggleAttribute('disabled', true);
			},
		);
		// Only when rows are to be computed does the preview wait visibly; otherwise the last one stays until replaced.
		const pending = this.ctx.diagramRows?.unknown(chooseNotes(this.app, choice, this.source, this.sourceText).files) ?? [];
		if (pending.length > 0 && choice.properties.some(isDiagramRowKey)) this.computingEl.setText(computing(0, pending.length));
	}

	private showPreview(built: BuiltTable): void {
		this.computingEl.empty();
		this.previewEl.setText(built.table ?? this.words.modal.noNotes);
		this.insertButton?.toggleAttribute('disabled', built.table === null);
	}
}
