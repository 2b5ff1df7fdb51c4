import * as obsidian from 'obsidian';
import type { App, Component, TFile } from 'obsidian';
import { formatValue, MISSING_CELL } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { basesDiagramRows } from '../compare/bases-diagram-rows';
import { renderComparisonGrid, type GridColumn, type GridRow } from './comparison-grid';

/** The Bases view type id of the comparison. */
const COMPARISON_VIEW_TYPE = 'protocol-comparison';

// The parts of the Bases API (Obsidian 1.10+: BasesView, BasesEntry, BasesViewConfig, Plugin.registerBasesView)
// this view uses, typed here because the plugin also loads on older apps where none of them exist.
/** A row of a base: `BasesEntry`. */
interface Entry {
	file: TFile;
	getValue(propertyId: string): { toString(): string } | null;
}

/** What a `BasesView` subclass can reach. */
interface BasesViewApi extends Component {
	app: App;
	data: { data: Entry[] };
	config: { getOrder(): string[]; getDisplayName(propertyId: string): string };
}

type BasesViewClass = abstract new (controller: unknown) => BasesViewApi;

interface BasesHost {
	registerBasesView?(viewId: string, registration: { name: string; icon: string; factory: (controller: unknown, containerEl: HTMLElement) => unknown }): boolean;
}

/**
 * Registers the **Comparison** view for Obsidian Bases (notes as columns, the base's properties as rows).
 * Bases arrived in Obsidian 1.10: on an older app there is no `registerBasesView` and no `BasesView`
 * class, so nothing is registered and the rest of the plugin loads as usual. Returns whether it registered.
 */
export function registerComparisonBasesView(ctx: PluginContext): boolean {
	const host = ctx.plugin as unknown as BasesHost;
	const Base = (obsidian as unknown as { BasesView?: BasesViewClass }).BasesView;
	if (typeof host.registerBasesView !== 'function' || typeof Base !== 'function') return false;
	const View = comparisonViewClass(Base);
	return host.registerBasesView(COMPARISON_VIEW_TYPE, {
		name: tableStrings(ctx.language).bases.name,
		icon: 'table',
		factory: (controller, containerEl) => new View(controller, containerEl, ctx),
	});
}

// The class is made only after the feature check: `extends` of a missing class would throw while the plugin loads.
function comparisonViewClass(Base: BasesViewClass) {
	return class ComparisonView extends Base {
		readonly type = COMPARISON_VIEW_TYPE;

		constructor(controller: unknown, private readonly hostEl: HTMLElement, private readonly ctx: PluginContext) {
			super(controller);
		}

		override onload(): void {
			// One delegated listener, registered with the view, rather than one per header redrawn on every update.
			this.registerDomEvent(this.hostEl, 'click', (event) => {
				const link = (event.target as HTMLElement | null)?.closest('a.internal-link');
				const href = link?.getAttribute('data-href');
				if (!href) return;
				event.preventDefault();
				void this.app.workspace.openLinkText(href, '', obsidian.Keymap.isModEvent(event));
			});
		}

		/** Called by Bases whenever the base's notes or their properties change: the view is live. */
		onDataUpdated(): void {
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
			// Diagrams are read asynchronously: once new ones are known, draw again with their rows.
			void this.ctx.diagramRows?.prime(files).then((learnt) => {
				if (learnt) this.onDataUpdated();
			});
		}

		/** A note property is written as in the Markdown table (✅/❌, lists, dates as written); formulas and file properties as Bases shows them. */
		private cell(entry: Entry, id: string, name: string, symbols: { true: string; false: string }): string {
			if (id.startsWith('note.')) {
				const frontmatter: Record<string, unknown> = this.app.metadataCache.getFileCache(entry.file)?.frontmatter ?? {};
				return formatValue(frontmatter[name], symbols);
			}
			const text = entry.getValue(id)?.toString() ?? '';
			return text === '' || text === 'null' ? MISSING_CELL : text;
		}
	};
}
