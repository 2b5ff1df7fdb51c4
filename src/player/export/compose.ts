import type { StepSnapshot } from '../../core';
import type { ExportStrings } from '../../i18n/export';
import { drawCaption, drawPanel, type Drawn } from './panel-svg';
import { n, svgEl } from './svg-build';
import type { MeasureText } from './text-measure';
import type { ExportTheme } from './theme';

/** Margin around an exported image and the gap between the drawing and the panel. */
const PAD = 16;
const GAP = 24;

/** What every image of one export shares: the drawing's size, the panel's width, the theme, the words. */
export interface Frame {
	doc: XMLDocument;
	theme: ExportTheme;
	measure: MeasureText;
	words: ExportStrings;
	heading: { title?: string; kind?: string };
	choices: readonly string[];
	drawing: { width: number; height: number };
	panelWidth: number;
}

/** Gives the drawing its natural size at the group's origin (see `composeImage`). */
export function sizeDrawing(frame: Frame, drawing: Element): void {
	drawing.setAttribute('x', '0');
	drawing.setAttribute('y', '0');
	drawing.setAttribute('width', n(frame.drawing.width));
	drawing.setAttribute('height', n(frame.drawing.height));
}

/** The whole image's width, and the width the caption wraps to. */
export function frameWidth(frame: Frame): number {
	return PAD + frame.drawing.width + GAP + frame.panelWidth + PAD;
}

/** The caption and panel of one step, laid out in the frame. */
export interface StepParts {
	caption: Drawn;
	panel: Drawn;
}

/** Draws the caption and the panel of a step. */
export function stepParts(frame: Frame, snapshot: StepSnapshot): StepParts {
	const ctx = { doc: frame.doc, theme: frame.theme, measure: frame.measure };
	return {
		caption: drawCaption(ctx, snapshot, frame.heading, frameWidth(frame) - 2 * PAD),
		panel: drawPanel(ctx, snapshot, frame.choices, frame.words, frame.panelWidth),
	};
}

/**
 * Puts an image together: background, the caption group(s) at the top, the drawing below on the left,
 * the panel group(s) beside it. `captionHeight` and `panelHeight` are the tallest of the parts given (the
 * animated image stacks one part per step in the same place).
 */
export function composeImage(
	frame: Frame,
	parts: { captions: Element[]; panels: Element[]; captionHeight: number; panelHeight: number; drawing: Element; css: string; label: string },
): Element {
	const { doc, theme } = frame;
	const width = frameWidth(frame);
	const bodyY = PAD + parts.captionHeight + 12;
	const height = bodyY + Math.max(frame.drawing.height, parts.panelHeight) + PAD;
	const root = svgEl(doc, 'svg', {
		width: n(width), height: n(height), viewBox: `0 0 ${n(width)} ${n(height)}`,
		class: 'protocol-export', role: 'img', 'aria-label': parts.label, 'font-family': theme.fontFamily,
	});
	root.append(
		svgEl(doc, 'title', {}, [parts.label]),
		svgEl(doc, 'rect', { class: 'protocol-export-background', width: '100%', height: '100%', fill: theme.background }),
	);
	for (const caption of parts.captions) {
		caption.setAttribute('transform', `translate(${PAD} ${PAD})`);
		root.append(caption);
	}
	// The drawing sits in a group that places it, so that a drawing serialised once fits every image.
	root.append(svgEl(doc, 'g', { transform: `translate(${PAD} ${n(bodyY)})` }, [parts.drawing]));
	for (const panel of parts.panels) {
		panel.setAttribute('transform', `translate(${n(PAD + frame.drawing.width + GAP)} ${n(bodyY)})`);
		root.append(panel);
	}
	// The image's own rules come last: after Mermaid's, so that they win where they are as specific.
	if (parts.css !== '') root.append(svgEl(doc, 'style', {}, [parts.css]));
	return root;
}
