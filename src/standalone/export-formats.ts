import { safeFileBase, stepImageNames } from '../core';
import type { ExportStrings } from '../i18n/export';
import type { StandaloneStrings } from '../i18n/standalone';
import type { PlayerHandle } from '../player/api';
import { currentStepSvg, exportStepTexts, svgToPng } from '../player/export/index';
import type { ExportFile } from './download';

/** What every format is given: the player, the words, the files' base name and the animation's pace. */
export interface PageExportContext {
	handle: PlayerHandle;
	words: ExportStrings;
	/** The block's `@title` made safe for file names, or the fallback name. */
	base: string;
	/** Milliseconds per step in an animation. */
	intervalMs: number;
}

/** One format of the page's Export menu: its item and the files it makes. */
export interface PageExportFormat {
	/** `data-format` of the menu item. */
	id: string;
	/** The item's words. */
	label(strings: StandaloneStrings): string;
	/** The files of this format for the player. */
	files(context: PageExportContext): Promise<ExportFile[]>;
}

const svgBlob = (text: string): Blob => new Blob([text], { type: 'image/svg+xml' });

/**
 * Every format the page offers, in menu order: the one list the menu and "Everything (.zip)" are built
 * from, so that a new format of the player's export (`exportSteps`) is one more entry here.
 */
export const PAGE_EXPORT_FORMATS: readonly PageExportFormat[] = [
	{
		id: 'svg',
		label: (strings) => strings.stepImagesSvg,
		async files({ handle, base }) {
			const svgs = await exportStepTexts(handle, { format: 'svg' });
			const names = stepImageNames(base, svgs.length);
			return svgs.map((svg, i) => ({ name: names[i] ?? `${base} ${i}.svg`, data: svgBlob(svg) }));
		},
	},
	{
		id: 'animated-svg',
		label: (strings) => strings.animatedSvg,
		async files({ handle, base, words, intervalMs }) {
			const [svg] = await exportStepTexts(handle, { format: 'animated-svg', intervalMs });
			return svg === undefined ? [] : [{ name: `${base} ${words.animatedSuffix}.svg`, data: svgBlob(svg) }];
		},
	},
	{
		id: 'png',
		label: (strings) => strings.stepPng,
		async files({ handle, base }) {
			const source = handle.exportSource?.();
			if (source === undefined) return [];
			const [name] = stepImageNames(base, source.count(), 'png').slice(source.currentIndex());
			const png = await svgToPng(await currentStepSvg(handle), handle.root.ownerDocument);
			return [{ name: name ?? `${base}.png`, data: png }];
		},
	},
];

/** The files' base name of a player's exports: its `@title`, or the fallback name, safe for file systems. */
export function exportBaseName(handle: PlayerHandle, words: ExportStrings): string {
	return safeFileBase(handle.exportSource?.()?.title ?? words.fallbackName, words.fallbackName);
}
