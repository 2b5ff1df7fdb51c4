import { portableColor, portableCss } from '../../core';
import { SVG_NS } from '../dom';

/** Presentation attributes holding a colour, and the opacity attribute that carries its alpha. */
const COLOR_ATTRIBUTES: Record<string, string> = { fill: 'fill-opacity', stroke: 'stroke-opacity', 'stop-color': 'stop-opacity', 'flood-color': 'flood-opacity' };

/** Reads a `url(#id)` reference (with or without quotes) from an attribute or style value. */
function referencedId(value: string): string | undefined {
	const open = value.indexOf('url(');
	if (open < 0) return undefined;
	const close = value.indexOf(')', open);
	if (close < 0) return undefined;
	const inner = value.slice(open + 4, close).trim().replace(/^["']|["']$/g, '');
	return inner.startsWith('#') ? inner.slice(1) : undefined;
}

/**
 * Markers drawn with `orient="auto-start-reverse"` (Mermaid's arrowheads) get `orient="auto"`, which every
 * renderer knows: as a marker-end the two are the same. A marker also used as a marker-start gets a copy
 * whose drawing is turned half round its reference point, which is what `auto-start-reverse` does there.
 */
function portableMarkers(drawing: Element): void {
	const markers = Array.from(drawing.getElementsByTagNameNS(SVG_NS, 'marker')).filter((marker) => marker.getAttribute('orient') === 'auto-start-reverse');
	if (markers.length === 0) return;
	const starts = Array.from(drawing.querySelectorAll('[marker-start]'));
	for (const marker of markers) {
		marker.setAttribute('orient', 'auto');
		const id = marker.getAttribute('id');
		if (id === null) continue;
		const users = starts.filter((element) => referencedId(element.getAttribute('marker-start') ?? '') === id);
		if (users.length === 0) continue;
		const reversed = marker.cloneNode(true) as Element;
		const reversedId = `${id}-pn-start`;
		reversed.setAttribute('id', reversedId);
		const turn = drawing.ownerDocument.createElementNS(SVG_NS, 'g');
		turn.setAttribute('transform', `rotate(180 ${marker.getAttribute('refX') ?? '0'} ${marker.getAttribute('refY') ?? '0'})`);
		turn.append(...Array.from(reversed.childNodes));
		reversed.append(turn);
		marker.after(reversed);
		for (const user of users) user.setAttribute('marker-start', `url(#${reversedId})`);
	}
}

/**
 * Makes a copy of Mermaid's drawing draw the same in every SVG renderer (issue 19): no filters (Mermaid
 * 12's `feDropShadow` hides the participant boxes in librsvg and Inkscape; the shadow is dropped), colours
 * as `rgb()` with their alpha in opacity properties (in style sheets, `style` attributes and presentation
 * attributes), and arrowheads that do not rely on `orient="auto-start-reverse"`.
 */
export function makePortable(drawing: Element): void {
	for (const filter of Array.from(drawing.getElementsByTagNameNS(SVG_NS, 'filter'))) filter.remove();
	for (const style of Array.from(drawing.getElementsByTagNameNS(SVG_NS, 'style'))) style.textContent = portableCss(style.textContent ?? '');
	for (const element of [drawing, ...Array.from(drawing.querySelectorAll('*'))]) {
		element.removeAttribute('filter');
		const style = element.getAttribute('style');
		if (style !== null && style !== '') element.setAttribute('style', portableCss(style));
		for (const [name, opacity] of Object.entries(COLOR_ATTRIBUTES)) {
			const value = element.getAttribute(name);
			const color = value === null ? undefined : portableColor(value);
			if (color === undefined) continue;
			element.setAttribute(name, color.rgb);
			if (color.alpha < 1) element.setAttribute(opacity, String(color.alpha * Number.parseFloat(element.getAttribute(opacity) ?? '1')));
		}
	}
	portableMarkers(drawing);
}
