import type { PlayerStrings } from '../i18n/player';
import { SVG_NS } from './dom';
import { failureText } from './failure-text';
import type { PlayerModel } from './player-model';
import type { StepGraphics, SvgMapping } from './svg-mapping';

/** The state classes of the DOM contract; stepping changes only these (and failure tooltips). */
export const STATE_CLASSES = ['is-past', 'is-current', 'is-future', 'is-off-path', 'is-failed'] as const;

/** Where a step stands against the current position (`is-failed` comes on top of these). */
type PathState = 'is-past' | 'is-current' | 'is-future' | 'is-off-path';

const PATH_STATES: readonly PathState[] = ['is-past', 'is-current', 'is-future', 'is-off-path'];

const TOOLTIP_CLASS = 'protocol-failure-title';

/** Puts (or removes) the failure reason as the `<title>` tooltip of a step's arrow or note box. */
function setTooltip(target: Element, reason: string | undefined): void {
	// Ours is always the first child (see below): no walk over the element's children.
	const first = target.firstElementChild;
	let title = first !== null && first.classList.contains(TOOLTIP_CLASS) ? first : undefined;
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

/** Gives elements one path state, touching the class list only where it differs. */
function setPathState(elements: readonly Element[], state: PathState): void {
	for (const element of elements) {
		const classes = element.classList;
		// Only real changes: every class-list write re-serialises the attribute and invalidates style.
		for (const other of PATH_STATES) if (other !== state && classes.contains(other)) classes.remove(other);
		if (!classes.contains(state)) classes.add(state);
	}
}

function stateAt(position: number, current: number): PathState {
	return position < current ? 'is-past' : position === current ? 'is-current' : 'is-future';
}

/**
 * Keeps the drawing's state classes in step with the model. When branches or restarts change (the
 * model's `revision`), every mapped element gets its class and `is-failed` mark again, and the elements
 * of each path position are remembered. A plain step then only touches the positions between the old and
 * the new one: on "next", two steps' elements, whatever the diagram's size. Failure marks do not depend
 * on the position (all failing steps stay marked, so a reader sees at once what a restart breaks).
 */
export class DiagramPainter {
	private revision = -1;
	private position = -1;
	/** The graphics of the step at each path position (undefined where Mermaid's drawing lacks it). */
	private atPosition: Array<StepGraphics | undefined> = [];

	constructor(private readonly mapping: SvgMapping, private readonly strings: PlayerStrings) {}

	/** Brings the classes up to date with the model. Layout never moves: only classes and tooltips change. */
	paint(model: PlayerModel): void {
		if (model.revision !== this.revision) {
			this.repaintAll(model);
			return;
		}
		if (model.position === this.position) return;
		const from = Math.max(0, Math.min(this.position, model.position));
		const to = Math.min(this.atPosition.length - 1, Math.max(this.position, model.position));
		for (let position = from; position <= to; position++) {
			const graphics = this.atPosition[position];
			if (graphics !== undefined) setPathState(graphics.elements, stateAt(position, model.position));
		}
		this.position = model.position;
	}

	private repaintAll(model: PlayerModel): void {
		for (const [step, graphics] of this.mapping.steps) {
			const position = model.positionOf(step);
			const reason = position !== undefined ? failureText(model, position, this.strings) : undefined;
			setPathState(graphics.elements, position === undefined ? 'is-off-path' : stateAt(position, model.position));
			for (const element of graphics.elements) {
				if (element.classList.contains('is-failed') !== (reason !== undefined)) element.classList.toggle('is-failed', reason !== undefined);
			}
			if (graphics.line !== undefined) setTooltip(graphics.line, reason);
		}
		this.atPosition = model.path.map((step) => this.mapping.steps.get(step));
		this.revision = model.revision;
		this.position = model.position;
	}
}
