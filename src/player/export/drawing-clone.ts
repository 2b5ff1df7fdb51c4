import { resolveCssVars } from '../../core';
import { SVG_NS } from '../dom';
import { byClass, CLASS } from '../dom-contract';
import { STYLED_SELECTOR } from './look-reader';
import { makePortable } from './portable-drawing';

/** The drawing's natural size: Mermaid's viewBox (the player may show it scaled down). */
export function drawingSize(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
	const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
	const [x = 0, y = 0, width = 0, height = 0] = box;
	if (box.length === 4 && width > 0 && height > 0) return { x, y, width, height };
	const rect = svg.getBoundingClientRect();
	return { x: 0, y: 0, width: rect.width || 600, height: rect.height || 400 };
}

/**
 * A copy of the live drawing for an exported image, in `doc` (an XML document): the player's branch
 * controls removed and the labels they covered shown again, anything that could run or load removed
 * (scripts, `on…` attributes, `javascript:` links), the failure tooltips dropped, and Mermaid's own style sheet with every CSS variable
 * resolved against the drawing, so it needs nothing from the page. Returns the copy and its styled
 * elements, in the same order as `LookReader.elements`.
 */
export function cloneDrawing(svg: SVGSVGElement, doc: XMLDocument): { drawing: SVGSVGElement; styled: Element[] } {
	const drawing = doc.importNode(svg, true);
	// The failure tooltips belong to the position the player showed when the export began; each image says its own reason in its caption.
	for (const overlay of Array.from(drawing.querySelectorAll(`${byClass(CLASS.branchOverlay)}, ${byClass(CLASS.failureTitle)}, script`))) overlay.remove();
	for (const covered of Array.from(drawing.querySelectorAll(byClass(CLASS.covered)))) covered.classList.remove(CLASS.covered);
	for (const element of [drawing, ...Array.from(drawing.querySelectorAll('*'))]) {
		for (const attribute of Array.from(element.attributes)) {
			const name = attribute.name.toLowerCase();
			if (name.startsWith('on') || (name.endsWith('href') && attribute.value.trim().toLowerCase().startsWith('javascript:'))) element.removeAttribute(attribute.name);
		}
	}
	const win = svg.ownerDocument.defaultView ?? window;
	const computed = win.getComputedStyle(svg);
	for (const style of Array.from(drawing.getElementsByTagNameNS(SVG_NS, 'style'))) {
		const css = style.textContent ?? '';
		if (css.includes('var(')) style.textContent = resolveCssVars(css, (name) => computed.getPropertyValue(name));
	}
	drawing.removeAttribute('style');
	makePortable(drawing);
	drawing.removeAttribute('width');
	drawing.removeAttribute('height');
	return { drawing, styled: Array.from(drawing.querySelectorAll(STYLED_SELECTOR)) };
}
