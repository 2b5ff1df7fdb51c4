import { safeFileBase, stepImageNames } from '../core';
import type { ExportStrings } from '../i18n/export';
import type { StandaloneStrings } from '../i18n/standalone';
import { exportFormat, type HtmlBuilder, livePlayer, type PlayerHandle } from '../player';
import type { ExportFile } from './download';

/** What every format is given: the player, the words, the files' base name and the animation's pace. */
export interface PageExportContext {
	handle: PlayerHandle;
	words: ExportStrings;
	/** The block's `@title` made safe for file names, or the fallback name. */
	base: string;
	/** Milliseconds per step in an animation. */
	intervalMs: number;
	/** Makes the HTML file; absent, that format rejects with a clear message. */
	buildHtml?: HtmlBuilder;
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

/** A `data:image/png;base64,…` URL as the PNG's bytes. */
function pngBlob(url: string): Blob {
	const binary = atob(url.slice(url.indexOf(',') + 1));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Blob([bytes], { type: 'image/png' });
}

/**
 * Every format the page offers, in menu order: the one list the menu and "Everything (.zip)" are built
 * from. Each is one of the player's export formats (`EXPORT_FORMATS`, `exportSteps`), as files.
 */
export const PAGE_EXPORT_FORMATS: readonly PageExportFormat[] = [
	{
		id: 'svg',
		label: (strings) => strings.stepImagesSvg,
		async files({ handle, base }) {
			const svgs = await exportFormat(handle, { format: 'svg' });
			const names = stepImageNames(base, svgs.length);
			return svgs.map((svg, i) => ({ name: names[i] ?? `${base} ${i}.svg`, data: svgBlob(svg) }));
		},
	},
	{
		id: 'png',
		label: (strings) => strings.stepImagesPng,
		async files({ handle, base }) {
			const urls = await exportFormat(handle, { format: 'png' });
			const names = stepImageNames(base, urls.length, 'png');
			return urls.map((url, i) => ({ name: names[i] ?? `${base} ${i}.png`, data: pngBlob(url) }));
		},
	},
	{
		id: 'animated-svg',
		label: (strings) => strings.animatedSvg,
		async files({ handle, base, words, intervalMs }) {
			const [svg] = await exportFormat(handle, { format: 'animated-svg', intervalMs });
			return svg === undefined ? [] : [{ name: `${base} ${words.animatedSuffix}.svg`, data: svgBlob(svg) }];
		},
	},
	{
		id: 'slides',
		label: (strings) => strings.slides,
		async files({ handle, base, words }) {
			const deck = await exportFormat(handle, { format: 'slides' });
			return [
				{ name: `${base} ${words.slidesSuffix}.md`, data: new Blob([deck.markdown], { type: 'text/markdown' }) },
				...deck.images.map((image) => ({ name: image.name, data: svgBlob(image.svg) })),
			];
		},
	},
	{
		id: 'html',
		label: (strings) => strings.htmlFile,
		async files({ handle, base, intervalMs, buildHtml }) {
			const html = await exportFormat(handle, { format: 'html', intervalMs }, buildHtml);
			return [{ name: `${base}.html`, data: new Blob([html], { type: 'text/html' }) }];
		},
	},
];

/** The files' base name of a player's exports: its `@title`, or the fallback name, safe for file systems. */
export function exportBaseName(handle: PlayerHandle, words: ExportStrings): string {
	return safeFileBase(livePlayer(handle)?.exportSource()?.title ?? words.fallbackName, words.fallbackName);
}
