import type { StepSnapshot } from '../../core';
import { captionLine, xmlSafeText } from '../../core';
import { animatedImage } from './animated-image';
import { exportStrings } from '../../i18n/export';
import { composeImage, sizeDrawing, stepParts, type Frame } from './compose';
import { DrawingText } from './drawing-text';
import { svgEl } from './svg-build';
import { cloneDrawing, drawingSize } from './drawing-clone';
import type { ExportSource } from './export-source';
import { LookReader } from './look-reader';
import { panelWidthFor } from './panel-svg';
import { svgToPng } from './png';
import { textMeasurer } from './text-measure';
import { readTheme } from './theme';

/** What to export and how. */
export interface ExportStepsOptions {
	/** One SVG per step (Start included), or one SVG that plays them all. */
	format: 'svg' | 'animated-svg';
	/** How long the animated SVG shows each step, in milliseconds. Default 1500. */
	intervalMs?: number;
	/** Export only this export position (0 = Start), for "Copy step as image". */
	only?: number;
	/** Cancels the export: it then rejects with an `AbortError` and leaves the player as it was. */
	signal?: AbortSignal;
	/** Told how far the export is, now and then (long exports). */
	onProgress?: (done: number, total: number) => void;
	/** Also draw each step image as a PNG at twice its size (`svg` format only). */
	png?: boolean;
}

/** What an export made: the SVG texts and what each step showed (for the slide note). */
export interface ExportedSteps {
	svgs: string[];
	/** Each image's size in pixels (its `width` and `height`). */
	sizes: Array<{ width: number; height: number }>;
	/** Each image as a PNG, when asked for (`png: true`). */
	pngs?: Blob[];
	snapshots: StepSnapshot[];
	choices: string[];
	title: string | undefined;
}

/**
 * Give the page a turn this often while going through steps, for the progress notice and Cancel: after
 * 40 ms of work, and at least every 50 positions, so a long export always reports progress.
 */
const YIELD_EVERY_MS = 40;
const YIELD_EVERY_POSITIONS = 50;

/** The animation's time per step: 1.5 s unless a number of milliseconds is given, held to 0.1–60 s (NaN, 0 or a negative time would strobe or break it). */
export function clampInterval(intervalMs: number | undefined): number {
	if (intervalMs === undefined || !Number.isFinite(intervalMs) || intervalMs <= 0) return 1500;
	return Math.round(Math.min(60_000, Math.max(100, intervalMs)));
}

/** An image's size, from the attributes `composeImage` gives it. */
function sizeOf(image: Element): { width: number; height: number } {
	return { width: Number(image.getAttribute('width')), height: Number(image.getAttribute('height')) };
}

/** Read through a call: the signal may change while the export awaits. */
function isAborted(signal: AbortSignal | undefined, source?: ExportSource): boolean {
	return signal?.aborted === true || (source !== undefined && isDestroyed(source));
}

/** Whether the player was destroyed (read through a call: it may be while the export awaits). */
function isDestroyed(source: ExportSource): boolean {
	return source.destroyed?.aborted === true;
}

/** What an export on a destroyed player rejects with. */
function destroyedPlayer(): Error {
	const error = new Error('This player has been destroyed; there is nothing to export.');
	error.name = 'InvalidStateError';
	return error;
}

function aborted(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * Exports a mounted player's walk-through (issue 12): goes through the Start position and every step of
 * the chosen path on the live player, reading how each element of the drawing looks there and what the
 * state panel shows, and draws standalone SVG images from that: styles baked in, fonts with fallbacks, no
 * script. `svg` gives one image per position; `animated-svg` one image that shows position K from time
 * K × interval, looping, with CSS animations only. The player is put back where it was.
 */
export async function exportSteps(source: ExportSource, options: ExportStepsOptions): Promise<ExportedSteps> {
	if (isDestroyed(source)) throw destroyedPlayer();
	const win = source.root.ownerDocument.defaultView ?? window;
	const words = exportStrings(source.language);
	const total = source.count();
	const indices = options.only !== undefined ? [Math.max(0, Math.min(options.only, total - 1))] : Array.from({ length: total }, (_, i) => i);
	const reader = new LookReader(source.svg);
	const doc = source.root.ownerDocument.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
	const theme = readTheme(source.root);
	const template = cloneDrawing(source.svg, doc);
	const choices = source.choices();
	const snapshots: StepSnapshot[] = [];
	const looks: string[][] = [];
	const classes: string[][] = [];
	const labels = reader.labels();
	const texts: string[][] = [];
	let last = win.performance.now();
	try {
		for (const [done, index] of indices.entries()) {
			if (isAborted(options.signal, source)) throw aborted();
			snapshots.push(source.show(index));
			const now = reader.classes();
			looks.push(reader.read(now));
			if (options.format === 'svg') classes.push(now);
			texts.push(reader.texts(labels));
			if (win.performance.now() - last > YIELD_EVERY_MS || (done + 1) % YIELD_EVERY_POSITIONS === 0) {
				options.onProgress?.(done + 1, options.png === true ? indices.length * 2 : indices.length);
				await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
				last = win.performance.now();
			}
		}
	} finally {
		// A destroyed player is not drawn any more: nothing to put back.
		if (!isDestroyed(source)) source.restore();
	}
	if (isAborted(options.signal, source)) throw aborted();
	const measure = textMeasurer(source.root.ownerDocument, theme.fontFamily);
	const frame: Frame = {
		doc, theme, measure, words, choices,
		heading: { title: source.title, kind: source.kind },
		drawing: drawingSize(source.svg),
		panelWidth: panelWidthFor(snapshots, choices, measure),
	};
	const serializer = new XMLSerializer();
	const label = (snapshot: StepSnapshot): string => [source.title, captionLine(snapshot, ' ')].filter((t) => t !== undefined).join(' — ');
	const changing = changingLabels(template.styled, labels, texts);
	if (options.format === 'animated-svg') {
		const svg = animatedImage(frame, template, snapshots, looks, changing, clampInterval(options.intervalMs), source.title ?? words.exportAnimated);
		options.onProgress?.(indices.length, indices.length);
		return { svgs: [xmlSafeText(serializer.serializeToString(svg))], sizes: [sizeOf(svg)], snapshots, choices, title: source.title };
	}
	sizeDrawing(frame, template.drawing);
	const drawingText = new DrawingText(template.drawing, template.styled, new Set(changing.keys()));
	const placeholder = '<g data-pn-drawing=""/>';
	// An id per export, so that images of several exports inlined in one page keep their rules apart.
	const exportId = `pn-export-${Math.random().toString(36).slice(2, 8)}`;
	const svgs: string[] = [];
	const sizes: Array<{ width: number; height: number }> = [];
	for (const [i, snapshot] of snapshots.entries()) {
		if (isAborted(options.signal, source)) throw aborted();
		const parts = stepParts(frame, snapshot);
		const scope = `${exportId}-${indices[i] ?? i}`;
		const drawn = drawingText.text(classes[i] ?? [], looks[i] ?? [], scope, new Map(Array.from(changing, ([k, words]) => [k, words[i] ?? ''])));
		const image = composeImage(frame, {
			captions: [parts.caption.element], panels: [parts.panel.element],
			captionHeight: parts.caption.height, panelHeight: parts.panel.height,
			drawing: svgEl(doc, 'g', { 'data-pn-drawing': '' }), css: drawn.css, label: label(snapshot),
		});
		image.setAttribute('id', scope);
		image.setAttribute('data-export-position', String(indices[i]));
		sizes.push(sizeOf(image));
		const text = xmlSafeText(serializer.serializeToString(image));
		const at = text.indexOf(placeholder);
		svgs.push(`${text.slice(0, at)}${drawn.drawing}${text.slice(at + placeholder.length)}`);
	}
	const pngs = options.png === true ? await drawPngs(svgs, source, options) : undefined;
	if (pngs === undefined) options.onProgress?.(indices.length, indices.length);
	return { svgs, sizes, snapshots, choices, title: source.title, ...(pngs === undefined ? {} : { pngs }) };
}

/**
 * The most pixels a step's PNG gets: twice the size of an ordinary diagram's image, but a very long
 * diagram's is drawn smaller (encoding a canvas takes time in proportion to its pixels, 201 times over).
 */
const STEP_PNG_AREA = 8_388_608;

/** Draws each image as a PNG (twice its size, within `STEP_PNG_AREA`), one at a time, reporting progress and stopping when the export is cancelled. */
async function drawPngs(svgs: readonly string[], source: ExportSource, options: ExportStepsOptions): Promise<Blob[]> {
	const pngs: Blob[] = [];
	for (const svg of svgs) {
		if (isAborted(options.signal, source)) throw aborted();
		pngs.push(await svgToPng(svg, source.root.ownerDocument, STEP_PNG_AREA));
		options.onProgress?.(svgs.length + pngs.length, svgs.length * 2);
	}
	return pngs;
}

/**
 * The labels whose text is not the same at every exported position as in the copy of the drawing (a
 * reply's `@on-failure` text shown while it is a consequence): styled index → its text at each position.
 * Only labels holding plain text qualify (the player writes plain text into them).
 */
function changingLabels(styled: readonly Element[], labels: readonly number[], texts: readonly string[][]): Map<number, string[]> {
	const changing = new Map<number, string[]>();
	labels.forEach((k, j) => {
		const element = styled[k];
		if (element === undefined || element.childElementCount > 0) return;
		const sequence = texts.map((at) => at[j] ?? '');
		if (sequence.some((text) => text !== element.textContent)) changing.set(k, sequence);
	});
	return changing;
}
