import type { PlayerStrings } from '../i18n/player';
import { stepCaption } from './present/caption';
import { el } from './dom';
import type { PlayerModel } from './player-model';

/**
 * The whole words of the fault map's column for the gap after path position `after` (−1: before the first
 * step): which step it follows and what that step is, so that "3" reads as "After step 3 (Server → Server:
 * Store session)" on hover and to a screen reader.
 */
export function gapHeaderWords(model: PlayerModel, after: number, strings: PlayerStrings): string {
	const step = model.protocol.steps[model.path[Math.max(after, 0)] ?? -1];
	const caption = step === undefined ? '' : stepCaption(step, (participant) => model.label(participant), strings);
	return strings.gapHeader(after, caption);
}

/** Column headers: every gap's number on short paths, every fifth on long ones (the cells keep full labels). */
function headerText(after: number, positions: number): string {
	const n = after + 1;
	return positions <= 30 || n % 5 === 0 ? String(n) : '';
}

/** Above this many steps the headers carry no words (thousands of captions would slow opening the map). */
const WORDED_POSITIONS = 200;

/**
 * The grid's header row: a corner, then one header per gap with its number for the eye and, on hover and for
 * screen readers, the step it follows in words (issue 18).
 */
export function headerRow(doc: Document, model: PlayerModel, positions: number, strings: PlayerStrings): HTMLElement {
	const header = el(doc, 'div', { role: 'row', class: 'protocol-fault-grid-row is-header' }, [el(doc, 'span', { role: 'columnheader', class: 'protocol-fault-grid-corner', 'aria-colindex': 1 })]);
	for (let after = -1; after < positions; after++) {
		const words = positions <= WORDED_POSITIONS ? gapHeaderWords(model, after, strings) : undefined;
		header.append(el(doc, 'span', { role: 'columnheader', class: 'protocol-fault-grid-gap', 'aria-colindex': after + 3, title: words, 'aria-label': words }, [headerText(after, positions)]));
	}
	return header;
}
