/** Exporting a player's walk-through (issue 12): step images, an animated SVG, a step as PNG. */
import type { PlayerHandle } from '../api';
import { exportSteps, type ExportStepsOptions } from './export-steps';
import { copyPng, svgToPng } from './png';

export type { ExportSource } from './export-source';
export { exportSteps, type ExportedSteps, type ExportStepsOptions } from './export-steps';
export { svgToPng, copyPng } from './png';

/** The player's current step as a standalone SVG (the image "Copy step as image" rasterises). */
export async function currentStepSvg(handle: PlayerHandle): Promise<string> {
	const source = handle.exportSource?.();
	if (source === undefined) throw new Error('This player has nothing to export.');
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

/** The SVG texts of a player's walk-through: one per step (Start first), or one animated image. */
export async function exportStepTexts(handle: PlayerHandle, options: ExportStepsOptions): Promise<string[]> {
	const source = handle.exportSource?.();
	if (source === undefined) return [];
	return (await exportSteps(source, options)).svgs;
}
