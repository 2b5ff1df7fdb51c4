import { baseBudget, relativeLink, safeFileBase, slideNote, stepImageNames } from '../../core';
import { exportStrings } from '../../i18n/export';
import { livePlayer, type PlayerHandle } from '../api';
import { exportSteps, type ExportedSteps } from './export-steps';
import type { ExportSource } from './export-source';

/**
 * Every format `exportSteps(handle, { format })` gives, in the order a menu lists them (issue 19): one SVG
 * per step, one animated SVG, one PNG per step, a slide deck, one offline HTML file.
 */
export const EXPORT_FORMATS = ['svg', 'animated-svg', 'png', 'slides', 'html'] as const;

/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `exportSteps(handle, options)`: the format, and for the animated SVG its time per step. */
export interface ExportFormatOptions<F extends ExportFormat = ExportFormat> {
	format: F;
	/** Milliseconds each step shows in the animated SVG and the HTML file's autoplay (held to 0.1–60 s). Default 1500. */
	intervalMs?: number;
	/** Cancels the export: it then rejects with an `AbortError`. */
	signal?: AbortSignal;
	/** Told how far a long export is. */
	onProgress?: (done: number, total: number) => void;
}

/** A slide deck for a static site: the Markdown (Marp front matter, one slide per step) and the images it links by name. */
export interface SlideDeck {
	markdown: string;
	images: Array<{ name: string; svg: string }>;
}

/** What each format gives: SVG texts or PNG `data:` URLs (Start first), a slide deck, or one HTML text. */
export type ExportResult<F extends ExportFormat> = F extends 'slides' ? SlideDeck : F extends 'html' ? string : string[];

/** Builds the offline HTML file of a player (given by the host: the player bundle it embeds is built apart). */
export type HtmlBuilder = (source: ExportSource, options: ExportFormatOptions) => Promise<string>;

/** Whether `format` is one of `EXPORT_FORMATS`. */
export function isExportFormat(format: unknown): format is ExportFormat {
	return typeof format === 'string' && (EXPORT_FORMATS as readonly string[]).includes(format);
}

/** The export source of a handle, or a clear rejection: a block that shows an error, or a destroyed player, has nothing to export. */
export function sourceOf(handle: PlayerHandle | undefined): ExportSource {
	const source = livePlayer(handle)?.exportSource();
	if (source === undefined) throw new Error('This block shows no player, so there is nothing to export.');
	if (source.destroyed?.aborted === true) {
		const error = new Error('This player has been destroyed; there is nothing to export.');
		error.name = 'InvalidStateError';
		throw error;
	}
	return source;
}

/** A PNG as a `data:image/png;base64,…` URL. */
async function dataUrl(png: Blob): Promise<string> {
	const bytes = new Uint8Array(await png.arrayBuffer());
	let binary = '';
	// In chunks: String.fromCharCode takes only so many arguments.
	for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	return `data:image/png;base64,${btoa(binary)}`;
}

/** A slide deck from exported step images: the images named `<title> step 00.svg` …, the Markdown linking them by name. */
export function slideDeck(steps: ExportedSteps, language: ExportSource['language']): SlideDeck {
	const words = exportStrings(language);
	const base = safeFileBase(steps.title ?? words.fallbackName, words.fallbackName, baseBudget([` step ${steps.svgs.length}.svg`]));
	const names = stepImageNames(base, steps.svgs.length);
	const markdown = slideNote({
		title: steps.title ?? base, choices: steps.choices, words: words.slides,
		steps: steps.snapshots.map((snapshot, i) => ({ snapshot, image: relativeLink('', names[i] ?? ''), ...(steps.sizes[i] ?? { width: 0, height: 0 }) })),
	});
	return { markdown, images: steps.svgs.map((svg, i) => ({ name: names[i] ?? `${base}.svg`, svg })) };
}

/**
 * Exports a mounted player in one of `EXPORT_FORMATS` (issues 12 and 19). Rejects with a clear error for a
 * block that shows an error or a destroyed player; destroying the player while it runs rejects with an
 * `AbortError`. `html` needs `buildHtml` (the plugin and the standalone script pass theirs).
 */
export async function exportFormat<F extends ExportFormat>(handle: PlayerHandle | undefined, options: ExportFormatOptions<F>, buildHtml?: HtmlBuilder): Promise<ExportResult<F>> {
	if (!isExportFormat(options.format)) throw new TypeError(`Unknown export format: ${String(options.format)}. Use one of ${EXPORT_FORMATS.join(', ')}.`);
	const source = sourceOf(handle);
	const common = { signal: options.signal, onProgress: options.onProgress };
	const format: ExportFormat = options.format;
	if (format === 'html') {
		if (buildHtml === undefined) throw new Error('The HTML export is not available here.');
		return (await buildHtml(source, options)) as ExportResult<F>;
	}
	if (format === 'animated-svg') return (await exportSteps(source, { ...common, format: 'animated-svg', intervalMs: options.intervalMs })).svgs as ExportResult<F>;
	const steps = await exportSteps(source, { ...common, format: 'svg', png: format === 'png' });
	if (format === 'svg') return steps.svgs as ExportResult<F>;
	if (format === 'png') return (await Promise.all((steps.pngs ?? []).map(dataUrl))) as ExportResult<F>;
	return slideDeck(steps, source.language) as ExportResult<F>;
}
