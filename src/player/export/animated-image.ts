import type { StepSnapshot } from '../../core';
import { lookKeyframes, onePositionKeyframes, withoutProperties } from '../../core';
import { composeImage, sizeDrawing, stepParts, type Frame } from './compose';
import { WRITTEN_PROPERTIES } from './look-reader';

/** Step state classes of the player: the animated image's elements change look over time, so none of them holds. */
const STATE_CLASS = /^is-/;

/** A look with `visibility` forced to hidden: a label's copy that holds other words than the ones shown then. */
function hidden(look: string): string {
	return /(^|;)visibility:/.test(look) ? look.replace(/(^|;)visibility:[^;]*/, '$1visibility:hidden') : `${look};visibility:hidden`;
}

/**
 * One image that plays every position: the drawing once, each styled element animated through its looks
 * (elements going through the same looks share a keyframes rule), and one caption and panel per position,
 * each visible for its interval of the loop.
 */
export function animatedImage(frame: Frame, template: { drawing: SVGSVGElement; styled: Element[] }, snapshots: readonly StepSnapshot[], looks: readonly string[][], changing: ReadonlyMap<number, string[]>, intervalMs: number, label: string): Element {
	const count = snapshots.length;
	const duration = Math.max(1, Math.round(intervalMs)) * count;
	const styled = [...template.styled];
	const sequences = template.styled.map((_, k) => looks.map((at) => at[k] ?? ''));
	// CSS cannot change text: a label whose words change gets one copy per wording, each shown only while it holds.
	for (const [k, words] of changing) {
		const element = template.styled[k];
		const own = sequences[k];
		if (element === undefined || own === undefined) continue;
		const wordings = [...new Set(words)];
		wordings.forEach((wording, w) => {
			const copy = w === 0 ? element : (element.cloneNode(true) as Element);
			copy.textContent = wording;
			const sequence = own.map((look, position) => (words[position] === wording ? look : hidden(look)));
			if (w === 0) sequences[k] = sequence;
			else {
				element.after(copy);
				styled.push(copy);
				sequences.push(sequence);
			}
		});
	}
	const keyframes = lookKeyframes(sequences, 'pn-look-');
	sizeDrawing(frame, template.drawing);
	styled.forEach((element, k) => {
		const name = keyframes.names[k];
		const first = sequences[k]?.[0] ?? '';
		const own = withoutProperties(element.getAttribute('style') ?? '', WRITTEN_PROPERTIES);
		const look = name === undefined ? first : `${first};animation:${name} ${duration}ms step-end infinite`;
		element.setAttribute('style', own === '' ? look : `${own};${look}`);
		const kept = (element.getAttribute('class') ?? '').split(/\s+/).filter((c) => c !== '' && !STATE_CLASS.test(c));
		if (kept.length > 0) element.setAttribute('class', kept.join(' '));
		else element.removeAttribute('class');
	});
	const captions: Element[] = [];
	const panels: Element[] = [];
	let captionHeight = 0;
	let panelHeight = 0;
	snapshots.forEach((snapshot, i) => {
		const parts = stepParts(frame, snapshot);
		for (const part of [parts.caption.element, parts.panel.element]) {
			part.setAttribute('class', `${part.getAttribute('class') ?? ''} pn-frame`.trim());
			part.setAttribute('data-export-position', String(i));
			part.setAttribute('style', `animation-delay:${i * Math.round(intervalMs)}ms`);
			// Without CSS animations (resvg, librsvg, Inkscape) the image is the Start frame: the other frames are hidden by an attribute the animation overrides.
			if (i > 0) part.setAttribute('visibility', 'hidden');
		}
		captions.push(parts.caption.element);
		panels.push(parts.panel.element);
		captionHeight = Math.max(captionHeight, parts.caption.height);
		panelHeight = Math.max(panelHeight, parts.panel.height);
	});
	const css = [
		`.pn-frame{animation:pn-show ${duration}ms step-end infinite}`,
		onePositionKeyframes('pn-show', count),
		keyframes.css,
	].join('\n');
	return composeImage(frame, { captions, panels, captionHeight, panelHeight, drawing: template.drawing, css, label });
}
