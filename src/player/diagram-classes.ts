import type { PlayerStrings } from '../i18n/player';
import { SVG_NS } from './dom';
import { failureText } from './failure-text';
import type { PlayerModel } from './player-model';
import type { StepGraphics, SvgMapping } from './svg-mapping';

/** Where a step stands against the current position: state classes of the DOM contract (`is-failed` comes on top of these). */
type PathState = 'is-past' | 'is-current' | 'is-future' | 'is-off-path';

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

/**
 * Moves elements from one path state to another. The painter remembers what it last set on each step
 * (Mermaid's own classes never include ours), so nothing is read back from the class lists, and a first
 * paint is one `add` per element: every class-list write re-serialises the attribute and invalidates style.
 */
function setPathState(elements: readonly Element[], from: PathState | undefined, to: PathState): void {
	if (from === to) return;
	for (const element of elements) {
		if (from !== undefined) element.classList.replace(from, to);
		else element.classList.add(to);
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
	/** What this painter last set on each step's elements, by step index. */
	private readonly shown = new Map<number, { state: PathState; failed: boolean }>();

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
			const step = model.path[position];
			const graphics = this.atPosition[position];
			if (step !== undefined && graphics !== undefined) this.show(step, graphics, stateAt(position, model.position));
		}
		this.position = model.position;
	}

	/** Gives one step's elements a path state, from the one they had. */
	private show(step: number, graphics: StepGraphics, state: PathState): void {
		const shown = this.shown.get(step);
		setPathState(graphics.elements, shown?.state, state);
		if (shown !== undefined) shown.state = state;
		else this.shown.set(step, { state, failed: false });
	}

	private repaintAll(model: PlayerModel): void {
		for (const [step, graphics] of this.mapping.steps) {
			const position = model.positionOf(step);
			const reason = position !== undefined ? failureText(model, position, this.strings) : undefined;
			this.show(step, graphics, position === undefined ? 'is-off-path' : stateAt(position, model.position));
			const shown = this.shown.get(step);
			const failed = reason !== undefined;
			if (shown !== undefined && shown.failed !== failed) {
				for (const element of graphics.elements) element.classList.toggle('is-failed', failed);
				shown.failed = failed;
			}
			if (graphics.line !== undefined) setTooltip(graphics.line, reason);
		}
		this.atPosition = model.path.map((step) => this.mapping.steps.get(step));
		this.revision = model.revision;
		this.position = model.position;
	}
}
