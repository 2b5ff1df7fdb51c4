import type { PlayerStrings } from '../i18n/player';
import { SVG_NS } from './dom';
import type { PlayerModel } from './player-model';
import { faultLines } from './present/fault-lines';
import { lifelineX, stepBottom, type StepGraphics, type SvgMapping } from './svg-mapping';
import { CLASS, DATA } from './dom-contract';

const MARKER_CLASS = CLASS.restartMarker;
/** Gap below the step's arrow or note, and the badge's radius, in SVG user units. */
const GAP = 11;
const RADIUS = 9;

/** The highest y a step reaches: the top of its text (Mermaid sets a text's `y` at its top), arrow or note box. */
export function stepTop(graphics: StepGraphics): number | undefined {
	let top = Infinity;
	for (const element of graphics.elements) {
		for (const name of ['y', 'y1', 'y2']) {
			const value = Number.parseFloat(element.getAttribute(name) ?? '');
			if (Number.isFinite(value)) top = Math.min(top, value);
		}
	}
	return Number.isFinite(top) ? top : undefined;
}

/** One ⟲ badge: a circle and the symbol, with the restart in words as its tooltip. */
function badge(doc: Document, x: number, y: number, participant: string, position: number, words: string): Element {
	const group = doc.createElementNS(SVG_NS, 'g');
	group.setAttribute('class', MARKER_CLASS);
	group.setAttribute(DATA.restartParticipant, participant);
	group.setAttribute(DATA.restartPosition, String(position));
	group.setAttribute('role', 'img');
	group.setAttribute('aria-label', words);
	const title = doc.createElementNS(SVG_NS, 'title');
	title.textContent = words;
	const circle = doc.createElementNS(SVG_NS, 'circle');
	circle.setAttribute('cx', String(x));
	circle.setAttribute('cy', String(y));
	circle.setAttribute('r', String(RADIUS));
	const symbol = doc.createElementNS(SVG_NS, 'text');
	symbol.setAttribute('x', String(x));
	symbol.setAttribute('y', String(y));
	symbol.setAttribute('text-anchor', 'middle');
	symbol.setAttribute('dominant-baseline', 'central');
	symbol.textContent = '⟲';
	group.append(title, circle, symbol);
	return group;
}

/**
 * Marks on the drawing where each injected restart happens: a ⟲ badge on the participant's lifeline just
 * below the step it follows, with the fault list's line as its words. Redrawn when the faults or branches
 * change; a restart whose step is off the chosen path has no badge. Nothing in the drawing moves.
 */
export class RestartMarkers {
	private drawn: Element[] = [];

	constructor(private readonly svg: SVGSVGElement, private readonly mapping: SvgMapping, private readonly strings: PlayerStrings) {}

	/** Draws the badges again for the model's path and faults. */
	update(model: PlayerModel): void {
		for (const marker of this.drawn.splice(0)) marker.remove();
		const doc = this.svg.ownerDocument;
		for (const line of faultLines(model, this.strings)) {
			if (line.kind !== 'restart') continue;
			const { participant, position } = line;
			// Before the first step the badge sits just above that step; otherwise just below the step it follows.
			const anchor = this.mapping.steps.get(model.path[Math.max(position, 0)] ?? -1);
			if (anchor === undefined) continue;
			const x = lifelineX(this.svg, model.protocol, participant);
			const y = position < 0 ? stepTop(anchor) : stepBottom(anchor);
			if (x === undefined || y === undefined) continue;
			// Before step 1 the badge sits in the gap between the participants' boxes and the first message's text.
			const marker = badge(doc, x, position < 0 ? y - GAP : y + GAP, participant, position, line.text);
			this.svg.append(marker);
			this.drawn.push(marker);
		}
	}
}
