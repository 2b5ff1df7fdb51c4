/** Exporting a player's walk-through (issue 12): step images, an animated SVG, a step as PNG. */
import type { PlayerHandle } from '../api';
import { exportSteps } from './export-steps';
import { sourceOf } from './formats';
import { copyPng, svgToPng } from './png';

export type { ExportSource } from './export-source';
export { exportSteps, type ExportedSteps, type ExportStepsOptions } from './export-steps';
export { svgToPng, copyPng, pngScale, CANVAS_LIMIT } from './png';
export { EXPORT_FORMATS, exportFormat, isExportFormat, slideDeck, type ExportFormat, type ExportFormatOptions, type ExportResult, type HtmlBuilder, type SlideDeck } from './formats';

/** The player's current step as a standalone SVG (the image "Copy step as image" rasterises). */
export async function currentStepSvg(handle: PlayerHandle): Promise<string> {
	const source = sourceOf(handle);
	const { svgs } = await exportSteps(source, { format: 'svg', only: source.currentIndex() });
	const svg = svgs[0];
	if (svg === undefined) throw new Error('This player has nothing to export.');
	return svg;
}

/** Copies the player's current step to the clipboard as a PNG. */
export async function copyStepAsImage(handle: PlayerHandle): Promise<void> {
	const doc = handle.root.ownerDocument;
	await copyPng(await svgToPng(await currentStepSvg(handle), doc), doc);
}
