import type { TFile } from 'obsidian';
import { formatValue, MISSING_CELL, type BooleanSymbols } from '../../core';
import type { PluginContext } from '../context';
import type { GridRow } from './comparison-grid';
import { diagramRowKeys, diagramRowLabels } from './diagram-row-source';

/**
 * The **From the diagram** rows of the Bases Comparison view, for notes whose rows are computed: none when no note of
 * the base has a diagram (a base of meeting notes should not grow five rows of "—"). A row left out for a diagram
 * over budget reads "—" with the reason as its tooltip. User labels from the settings win.
 */
export function basesDiagramRows(ctx: PluginContext, files: readonly TFile[], symbols: BooleanSymbols): GridRow[] {
	const rows = ctx.diagramRows;
	if (rows === undefined) return [];
	const cells = files.map((file) => rows.cells(file, ctx.language));
	if (cells.every((c) => Object.keys(c.values).length === 0)) return [];
	const labels = { ...diagramRowLabels(ctx.language), ...ctx.settings().tableLabels };
	return diagramRowKeys().map((key) => ({
		label: labels[key] ?? key,
		cells: cells.map((c) => (c.values[key] === undefined && c.why[key] !== undefined ? MISSING_CELL : formatValue(c.values[key], symbols))),
		titles: cells.map((c) => (c.values[key] === undefined ? c.why[key] : undefined)),
	}));
}
