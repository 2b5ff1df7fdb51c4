import { BasesView, Keymap, requireApiVersion, type BasesEntry, type BasesPropertyId, type QueryController, type TFile } from 'obsidian';
import { formatValue, MISSING_CELL, type BooleanSymbols } from '../../core';
import { computedRowStrings } from '../../i18n/computed-rows';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { basesDiagramRows } from './bases-diagram-rows';
import { buildTableFor } from './build';
import { renderComparisonGrid, type GridColumn, type GridRow } from './comparison-grid';
import { diagramRowKeys } from './diagram-row-source';

/** The Bases view type id of the comparison. */
const COMPARISON_VIEW_TYPE = 'protocol-comparison';

/**
 * Registers the **Comparison** view for Obsidian Bases (notes as columns, the base's properties as rows),
 * with the Bases types `obsidian` ships. Bases arrived in Obsidian 1.10 and the plugin loads on older apps
 * too: there, nothing is registered and the rest of the plugin loads as usual. Returns whether it registered
 * (`registerBasesView` says false where Bases is turned off).
 */
export function registerComparisonBasesView(ctx: PluginContext): boolean {
	// The version says whether the API exists; the class check guards an app that reports the version without it.
	// The view's class is declared only inside this check: `extends` of a missing class would throw while the plugin loads.
	if (requireApiVersion('1.10.0') && typeof BasesView === 'function') {
		// Read into a local first: under the test runner's module transform, an imported class named directly in a
		// block-level `extends` came out undefined.
		const Base = BasesView;
		class ComparisonView extends Base {
			readonly type = COMPARISON_VIEW_TYPE;
			/** The computed rows being worked out for the last update; a newer update or unloading stops it. */
			private computing: AbortController | null = null;

			constructor(controller: QueryController, private readonly hostEl: HTMLElement, private readonly ctx: PluginContext) {
				super(controller);
			}

			override onload(): void {
				// One delegated listener, registered with the view, rather than one per header redrawn on every update.
				this.registerDomEvent(this.hostEl, 'click', (event) => {
					const target = event.target as Element | null;
					const link = target?.closest('a.internal-link');
					const href = link?.getAttribute('data-href');
					if (!href) return;
					event.preventDefault();
					void this.app.workspace.openLinkText(href, '', Keymap.isModEvent(event));
				});
				this.register(() => this.computing?.abort());
			}

			/** Called by Bases whenever the base's notes or their properties change: the view is live. */
			override onDataUpdated(): void {
				const words = tableStrings(this.ctx.language).bases;
				const settings = this.ctx.settings();
				const symbols = { true: settings.trueSymbol, false: settings.falseSymbol };
				const entries = this.data.data;
				const properties = this.config.getOrder().filter((id) => id !== 'file.name');
				const columns: GridColumn[] = entries.map((entry) => ({ name: entry.file.basename, linktext: entry.file.path }));
				const rows: GridRow[] = properties.map((id) => {
					const name = id.slice(id.indexOf('.') + 1);
					const label = (id.startsWith('note.') ? settings.tableLabels[name] : undefined) ?? this.config.getDisplayName(id);
					return { label, cells: entries.map((entry) => this.cell(entry, id, name, symbols)) };
				});
				const files = entries.map((entry) => entry.file);
				rows.push(...basesDiagramRows(this.ctx, files, symbols));
				renderComparisonGrid(this.hostEl, words.corner, columns, rows, words.empty);
				this.computeRows(files);
			}

			/**
			 * Diagrams are read and their rows computed in slices (`buildTableFor`), with "computing…" under the grid:
			 * once new ones are known, the view draws again with their rows. A newer update cancels the last one's work.
			 */
			private computeRows(files: TFile[]): void {
				this.computing?.abort();
				this.computing = null;
				const pending = this.ctx.diagramRows?.unknown(files) ?? [];
				if (pending.length === 0) return;
				const work = new AbortController();
				this.computing = work;
				const words = computedRowStrings(this.ctx.language);
				const status = this.hostEl.createDiv({ cls: 'protocol-table-computing', text: words.computing(0, pending.length), attr: { role: 'status' } });
				const choice = { source: 'picked' as const, notes: files.map((file) => file.path), properties: diagramRowKeys(), orientation: 'columns' as const };
				buildTableFor(this.ctx, { choice, signal: work.signal, onProgress: (done, total) => status.setText(words.computing(done, total)) }).then(
					() => {
						if (work.signal.aborted) return;
						this.computing = null;
						this.onDataUpdated();
					},
					(error: unknown) => {
						if (!work.signal.aborted) console.error('Protocol Notes: computing the rows from the diagrams failed', error);
					},
				);
			}

			/** A note property is written as in the Markdown table (✅/❌, lists, dates as written); formulas and file properties as Bases shows them. */
			private cell(entry: BasesEntry, id: BasesPropertyId, name: string, symbols: BooleanSymbols): string {
				if (id.startsWith('note.')) {
					const frontmatter: Record<string, unknown> = this.app.metadataCache.getFileCache(entry.file)?.frontmatter ?? {};
					return formatValue(frontmatter[name], symbols);
				}
				const text = entry.getValue(id)?.toString() ?? '';
				return text === '' || text === 'null' ? MISSING_CELL : text;
			}
		}

		return ctx.plugin.registerBasesView(COMPARISON_VIEW_TYPE, {
			name: tableStrings(ctx.language).bases.name,
			icon: 'table',
			factory: (controller, containerEl) => new ComparisonView(controller, containerEl, ctx),
		});
	}
	return false;
}
