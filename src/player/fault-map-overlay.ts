import type { FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { CLASS, DATA, ROLE } from './dom-contract';
import { SVG_NS } from './dom';
import type { PlayerModel } from './player-model';
import { stepTop } from './restart-markers';
import { lifeline, stepBottom, type SvgMapping } from './svg-mapping';

/** A target's colour step, as the grid's: 0 breaks nothing, 1, 2, 3 = three or more. */
const heat = (breaks: number): number => Math.min(breaks, 3);
/** Space left at each end of a painted stretch of lifeline, in SVG units, so that stretches read as separate. */
const INSET = 3;
/**
 * The most marks painted: a longer map (thousands of steps) stays in the grid only, where it is drawn in
 * slices; on the drawing it would be one long task and too dense to point at.
 */
export const MAX_OVERLAY_MARKS = 1500;

/**
 * The fault map drawn on the diagram (issue 18): while the map is open, each participant's lifeline is painted
 * between consecutive steps in the colour (and width) of what a restart there breaks, and each message that
 * can be lost carries its loss colour. The marks carry the grid's attributes (`[data-fault-cell]` with
 * `[data-participant][data-after][data-breaks]`, or `[data-drop-step][data-position][data-breaks]`) and its
 * words (`aria-label`, a `<title>` on hover), so the player's one click, hover and focus handling serves both.
 * They are focusable but no tab stop: the grid stays the keyboard's way through the map.
 */
export class FaultMapOverlay {
	private group: Element | undefined;

	constructor(private readonly svg: SVGSVGElement, private readonly mapping: SvgMapping, private readonly strings: PlayerStrings) {}

	/** Paints the map on the drawing (replacing an earlier one). */
	draw(model: PlayerModel, map: FaultMap): void {
		this.clear();
		if (map.restarts.length + map.drops.length > MAX_OVERLAY_MARKS) return;
		const doc = this.svg.ownerDocument;
		// One lookup per participant, not per mark.
		const lifelines = new Map(model.protocol.participants.map(({ id }) => [id, lifeline(this.svg, model.protocol, id)]));
		const group = doc.createElementNS(SVG_NS, 'g');
		group.setAttribute('class', CLASS.faultOverlay);
		group.setAttribute(DATA.role, ROLE.faultOverlay);
		const positions = map.positions;
		const graphics = (position: number) => this.mapping.steps.get(model.path[position] ?? -1);
		for (const entry of map.restarts) {
			const line = lifelines.get(entry.participant);
			if (line === undefined) continue;
			const x = Number.parseFloat(line.getAttribute('x1') ?? '');
			const before = entry.after < 0 ? undefined : graphics(entry.after);
			const after = entry.after + 1 < positions ? graphics(entry.after + 1) : undefined;
			const top = before === undefined ? Number.parseFloat(line.getAttribute('y1') ?? '') : stepBottom(before);
			const bottom = after === undefined ? Number.parseFloat(line.getAttribute('y2') ?? '') : stepTop(after);
			if (!Number.isFinite(x) || top === undefined || bottom === undefined || !Number.isFinite(top) || !Number.isFinite(bottom) || bottom - top <= 2 * INSET) continue;
			const words = this.strings.restartCell(model.label(entry.participant), entry.after, positions, entry.count);
			const mark = target(doc, 'line', { x1: x, x2: x, y1: top + INSET, y2: bottom - INSET }, words, entry.count);
			mark.setAttribute('class', `protocol-fault-lifeline is-heat-${heat(entry.count)}`);
			mark.setAttribute(DATA.participant, entry.participant);
			mark.setAttribute(DATA.after, String(entry.after));
			group.append(mark);
		}
		for (const entry of map.drops) {
			const arrow = this.mapping.steps.get(entry.step)?.line;
			if (arrow === undefined) continue;
			// The arrow's own shape, drawn again over it: a line, or a path for a curved message.
			const shape: Record<string, string | number> = {};
			for (const name of ['x1', 'x2', 'y1', 'y2', 'd']) {
				const value = arrow.getAttribute(name);
				if (value !== null) shape[name] = value;
			}
			const mark = target(doc, arrow.localName === 'path' ? 'path' : 'line', shape, this.strings.dropCell(entry.position + 1, entry.count), entry.count);
			mark.setAttribute('class', `protocol-fault-drop-mark is-heat-${heat(entry.count)}`);
			mark.setAttribute(DATA.dropStep, String(entry.step));
			mark.setAttribute(DATA.position, String(entry.position));
			group.append(mark);
		}
		this.svg.append(group);
		this.group = group;
	}

	/** Takes the painting off the drawing (the map closed, or is being computed again). */
	clear(): void {
		this.group?.remove();
		this.group = undefined;
	}
}

/** One mark the reader can point at: its shape, its words (label and hover title) and how much it breaks. */
function target(doc: Document, tag: string, shape: Record<string, string | number>, words: string, breaks: number): Element {
	const mark = doc.createElementNS(SVG_NS, tag);
	for (const [name, value] of Object.entries(shape)) mark.setAttribute(name, String(value));
	mark.setAttribute(DATA.faultCell, '');
	mark.setAttribute(DATA.breaks, String(breaks));
	mark.setAttribute('role', 'button');
	mark.setAttribute('tabindex', '-1');
	mark.setAttribute('aria-label', words);
	const title = doc.createElementNS(SVG_NS, 'title');
	title.textContent = words;
	mark.append(title);
	return mark;
}
