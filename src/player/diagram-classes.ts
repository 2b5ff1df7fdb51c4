import type { PlayerStrings } from '../i18n/player';
import { SVG_NS } from './dom';
import type { PlayerModel } from './player-model';
import { failureText } from './state-panel';
import type { SvgMapping } from './svg-mapping';

/** The state classes of the DOM contract; stepping changes only these (and failure tooltips). */
export const STATE_CLASSES = ['is-past', 'is-current', 'is-future', 'is-off-path', 'is-failed'] as const;

const TOOLTIP_CLASS = 'protocol-failure-title';

/** Puts (or removes) the failure reason as the `<title>` tooltip of a step's arrow or note box. */
function setTooltip(target: Element, reason: string | undefined): void {
	let title = Array.from(target.children).find((child) => child.classList.contains(TOOLTIP_CLASS));
	if (reason === undefined) {
		title?.remove();
		return;
	}
	if (title === undefined) {
		title = target.ownerDocument.createElementNS(SVG_NS, 'title');
		title.setAttribute('class', TOOLTIP_CLASS);
		// A tooltip title must be the first child of the element it describes.
		target.prepend(title);
	}
	if (title.textContent !== reason) title.textContent = reason;
}

/**
 * Gives every mapped SVG element its state class for the current position: past, current or future on
 * the path, off-path otherwise, plus `is-failed` for steps on the path whose needs are not met (all of
 * them, so that after a restart the reader sees at once which later requests fail). Layout never moves.
 */
export function applyStepClasses(mapping: SvgMapping, model: PlayerModel, strings: PlayerStrings): void {
	for (const [step, graphics] of mapping.steps) {
		const position = model.positionOf(step);
		const state =
			position === undefined ? 'is-off-path'
				: position < model.position ? 'is-past'
					: position === model.position ? 'is-current' : 'is-future';
		const reason = position !== undefined ? failureText(model, position, strings) : undefined;
		for (const element of graphics.elements) {
			for (const name of STATE_CLASSES) {
				const on = name === state || (name === 'is-failed' && reason !== undefined);
				if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
			}
		}
		if (graphics.line !== undefined) setTooltip(graphics.line, reason);
	}
}
