import type { TFile } from 'obsidian';
import { formatValue, type BooleanSymbols } from '../../core';
import type { PluginContext } from '../context';
import { diagramRowKeys, diagramRowLabels } from './diagram-row-source';

/** A row of the Bases comparison grid. */
interface Row {
	label: string;
	cells: string[];
}

/**
 * The **From the diagram** rows of the Bases Comparison view, for notes already primed: none when no note of the
 * base has a diagram (a base of meeting notes should not grow five rows of "—"). User labels from the settings win.
 */
export function basesDiagramRows(ctx: PluginContext, files: readonly TFile[], symbols: BooleanSymbols): Row[] {
	const rows = ctx.diagramRows;
	if (rows === undefined) return [];
	const values = files.map((file) => rows.values(file, ctx.language));
	if (values.every((v) => Object.keys(v).length === 0)) return [];
	const labels = { ...diagramRowLabels(ctx.language), ...ctx.settings().tableLabels };
	return diagramRowKeys().map((key) => ({ label: labels[key] ?? key, cells: values.map((v) => formatValue(v[key], symbols)) }));
}
