import type { PlayerStrings } from '../i18n/player';
import { SVG_NS } from './dom';
import { CLASS } from './dom-contract';
import type { ModelChange, PlayerModel, ShownOutcome } from './player-model';
import { outcomeReason } from './present/outcomes';
import type { StepGraphics, SvgMapping } from './svg-mapping';

/** Where a step stands against the current position: state classes of the DOM contract. */
type PathState = typeof CLASS.past | typeof CLASS.current | typeof CLASS.future | typeof CLASS.offPath;

/** The outcome classes of the DOM contract, on top of the path state. */
const OUTCOME_CLASS: Record<Exclude<ShownOutcome, 'ok'>, string> = {
	failed: CLASS.failed,
	consequence: CLASS.consequence,
	dropped: CLASS.dropped,
	'will-fail': CLASS.willFail,
};

const TOOLTIP_CLASS = CLASS.failureTitle;
/** A message line hidden while an `@on-failure` label stands in for the reply's text. */
const SWAPPED_CLASS = 'protocol-swapped-away';

/** Puts (or removes) the reason as the `<title>` tooltip of a step's arrow or note box. */
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

/** What the painter last set on one step's elements. */
interface Shown {
	state: PathState | undefined;
	outcome: ShownOutcome;
	/** The `@on-failure` text shown in place of the reply's label, when one is. */
	label: string | undefined;
}

function swapClass(elements: readonly Element[], from: string | undefined, to: string | undefined): void {
	if (from === to) return;
	for (const element of elements) {
		if (from !== undefined && to !== undefined) element.classList.replace(from, to);
		else if (from !== undefined) element.classList.remove(from);
		else if (to !== undefined) element.classList.add(to);
	}
}

function stateAt(position: number, current: number): PathState {
	return position < current ? CLASS.past : position === current ? CLASS.current : CLASS.future;
}

/**
 * Keeps the drawing's classes in step with the model, one change at a time. When branches or faults change, or
 * the reader starts stepping, every mapped element gets its classes again and the elements of each path position
 * are remembered. A plain step then only touches the positions between the old and the new one: on "next", two
 * steps' elements, whatever the diagram's size. Outcomes depend on the position too (a scripted failure shows
 * once reached), so they are painted in the same pass. The painter remembers what it set on each element
 * (Mermaid's own classes never include ours): nothing is read back.
 */
export class DiagramPainter {
	/** The graphics of the step at each path position (undefined where Mermaid's drawing lacks it). */
	private atPosition: Array<StepGraphics | undefined> = [];
	private readonly shown = new Map<number, Shown>();
	/** The text each swapped message line had as Mermaid drew it. */
	private readonly originalText = new Map<Element, string>();

	constructor(private readonly mapping: SvgMapping, private readonly strings: PlayerStrings) {}

	/** Brings the classes up to date after one change of the model. Layout never moves: only classes, tooltips and label text change. */
	paint(model: PlayerModel, change: ModelChange): void {
		if (change.kind !== 'position') {
			this.repaintAll(model, change.kind === 'path');
			return;
		}
		const from = Math.max(0, Math.min(change.from, model.position));
		const to = Math.min(this.atPosition.length - 1, Math.max(change.from, model.position));
		for (let position = from; position <= to; position++) {
			const step = model.path[position];
			const graphics = this.atPosition[position];
			if (step !== undefined && graphics !== undefined) this.show(model, step, graphics, position);
		}
	}

	/** Gives one step's elements their path state, outcome, tooltip and label for the current position. */
	private show(model: PlayerModel, step: number, graphics: StepGraphics, position: number | undefined): void {
		const state = !model.started ? undefined : position === undefined ? CLASS.offPath : stateAt(position, model.position);
		const outcome = position === undefined ? 'ok' : model.shownOutcome(position);
		const label = position === undefined ? undefined : model.shownLabel(position);
		let shown = this.shown.get(step);
		if (shown === undefined) {
			shown = { state: undefined, outcome: 'ok', label: undefined };
			this.shown.set(step, shown);
		}
		swapClass(graphics.elements, shown.state, state);
		shown.state = state;
		if (shown.outcome !== outcome) {
			swapClass(graphics.elements, shown.outcome === 'ok' ? undefined : OUTCOME_CLASS[shown.outcome], outcome === 'ok' ? undefined : OUTCOME_CLASS[outcome]);
			if (graphics.line !== undefined) setTooltip(graphics.line, outcome === 'ok' || position === undefined ? undefined : outcomeReason(model, position, this.strings));
			shown.outcome = outcome;
		}
		if (shown.label !== label) {
			this.swapLabel(graphics, label);
			shown.label = label;
		}
	}

	/**
	 * Shows `label` in place of a reply's text while its request failed (`%% @on-failure`), or the text as
	 * written again. The first text line takes the label; further lines are hidden, not removed, so the
	 * drawing keeps its layout and a print shows the note as written.
	 */
	private swapLabel(graphics: StepGraphics, label: string | undefined): void {
		const lines = graphics.elements.filter((element) => element.classList.contains('messageText'));
		lines.forEach((line, i) => {
			if (!this.originalText.has(line)) this.originalText.set(line, line.textContent ?? '');
			const original = this.originalText.get(line) ?? '';
			if (label === undefined) {
				if (line.textContent !== original) line.textContent = original;
				line.classList.remove(SWAPPED_CLASS);
			} else if (i === 0) line.textContent = label;
			else line.classList.add(SWAPPED_CLASS);
		});
	}

	/** Every mapped element again; after a change of the path (`pathChanged`) the outcomes' tooltips are redone too. */
	private repaintAll(model: PlayerModel, pathChanged: boolean): void {
		for (const [step, graphics] of this.mapping.steps) {
			const position = model.positionOf(step);
			// Outcomes and reasons may have changed with the same class.
			if (pathChanged) {
				const shown = this.shown.get(step);
				if (shown !== undefined && shown.outcome !== 'ok') {
					swapClass(graphics.elements, OUTCOME_CLASS[shown.outcome], undefined);
					shown.outcome = 'ok';
					if (graphics.line !== undefined) setTooltip(graphics.line, undefined);
				}
			}
			this.show(model, step, graphics, position);
		}
		this.atPosition = model.path.map((step) => this.mapping.steps.get(step));
	}
}
