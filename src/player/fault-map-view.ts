import { breaksOf, faultMapInSlices } from '../core';
import type { BrokenStep, FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import type { FaultMapOverlay } from './fault-map-overlay';
import { FaultMapGrid } from './fault-map-grid';
import { ColumnCaption } from './fault-map-headers';
import { FaultMapList, gridHint as hint } from './fault-map-list';
import { verdictLines } from './fault-map-verdict';
import type { PlayerModel } from './player-model';
import { DATA, ROLE } from './dom-contract';

/** What a click on a cell asks for: inject this fault, then show the first step it breaks. */
export type FaultMapPick = { kind: 'restart'; participant: string; after: number; firstBroken?: number } | { kind: 'drop'; step: number; position: number; firstBroken?: number };

/** The map's parts inside its section. */
interface Parts {
	verdict: HTMLElement;
	grid: FaultMapGrid;
	detail: HTMLElement;
	caption: ColumnCaption;
	list: FaultMapList;
}

/** How long one slice of computing the map may run before it yields to the browser. */
const SLICE_MS = 16;

/**
 * The fault map (issue 8): for every participant (rows) and every gap between steps (columns: after
 * step n, 0 = before step 1), what a restart there would break; a last row for losing each message. Cells
 * are `[data-participant][data-after][data-breaks]` (drops: `[data-drop-step][data-position]`), coloured by
 * how much they break; hovering or focusing one lists the broken steps with their reasons, and a click
 * asks the player to inject that fault (`onPick`). Computed only when opened, again only when the branch
 * choices change while it is open — stepping never touches it. The grid (fault-map-grid.ts) is an ARIA grid
 * with one tab stop and arrow-key navigation; a large one builds only the cells in view (ADR 0022).
 */
export class FaultMapView {
	/** The `[data-role="fault-map"]` section, hidden until opened; its parts are built when first needed. */
	readonly section: HTMLElement;
	private parts: Parts | undefined;
	/** Whether the player is narrow, kept for parts not built yet. */
	private narrow = false;
	private map: FaultMap | undefined;
	private branchesKey = '';
	private open = false;
	/** The map painted on the diagram while open (issue 18), when the player has a drawing. */
	overlay: FaultMapOverlay | undefined;
	/** The map being computed in slices (issue 24): for which branches, and the timer of its next slice. */
	private computing: { key: string; steps: Generator<unknown, void, void>; timer: number | undefined } | undefined;

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.section = el(doc, 'div', { class: 'protocol-fault-map', [DATA.role]: ROLE.faultMap, hidden: true });
	}

	/**
	 * The verdict, grid, caption, list and detail, built the first time the map opens (or a narrow player needs
	 * its list): most readers never open it, and a player's first draw should not pay for it.
	 */
	private built(): Parts {
		if (this.parts !== undefined) return this.parts;
		const { doc, strings } = this;
		const caption = new ColumnCaption(doc, strings);
		const parts: Parts = {
			verdict: el(doc, 'div', { class: 'protocol-fault-map-verdict', [DATA.role]: ROLE.faultMapVerdict }),
			detail: el(doc, 'div', { class: 'protocol-fault-map-detail', [DATA.role]: ROLE.faultMapDetail, 'aria-live': 'polite' }, [hint(doc, strings)]),
			caption,
			grid: new FaultMapGrid(doc, strings, caption),
			list: new FaultMapList(doc, strings),
		};
		parts.list.setNarrow(this.narrow);
		this.section.append(parts.verdict, parts.grid.scroller, caption.element, parts.list.element, parts.detail);
		this.parts = parts;
		return parts;
	}

	/** The map as a list per participant, shown instead of the grid while the player is narrow (issue 18). */
	get list(): FaultMapList {
		return this.built().list;
	}

	/** The player turned narrow (or wide): the list replaces the grid, or the grid the list. */
	setNarrow(narrow: boolean): void {
		this.narrow = narrow;
		this.parts?.list.setNarrow(narrow);
	}

	/** Whether the map is shown. */
	isOpen(): boolean {
		return this.open;
	}

	/** Opens or closes the map; opening computes it for the current branches if not done yet. */
	toggle(model: PlayerModel): void {
		this.open = !this.open;
		this.section.hidden = !this.open;
		if (this.open) {
			const { grid } = this.built();
			if (this.map !== undefined) this.overlay?.draw(model, this.map);
			this.update(model);
			grid.schedule();
		} else this.overlay?.clear();
	}

	/** The player's width changed: a windowed grid builds the columns now in view (in the next frame). */
	resized(): void {
		if (this.open) this.parts?.grid.schedule();
	}

	/**
	 * Recomputes the map when open and the branch choices changed since it was drawn (faults do not change it).
	 * A small map is computed at once; a large one in slices of about `SLICE_MS` that yield to the browser
	 * between them, saying "computing…" meanwhile (`[data-computing="true"]`); a change of branches or
	 * `dispose` cancels it.
	 */
	update(model: PlayerModel): void {
		if (!this.open) return;
		const { caption, list } = this.built();
		caption.follow(model);
		const key = JSON.stringify(model.branches);
		if (this.map !== undefined && key === this.branchesKey) return;
		if (this.computing?.key === key) return;
		this.cancel();
		this.branchesKey = key;
		this.map = undefined;
		this.overlay?.clear();
		list.show(model, undefined);
		this.computing = { key, steps: this.work(model), timer: undefined };
		this.slice();
	}

	/** Computes the map, then draws it a row at a time, pausing (yielding) wherever a slice may end. */
	private *work(model: PlayerModel): Generator<unknown, void, void> {
		const steps = faultMapInSlices(model.protocol, { branches: model.branches });
		let next = steps.next();
		while (next.done !== true) {
			yield;
			next = steps.next();
		}
		this.map = next.value;
		yield* this.draw(model, next.value);
	}

	/** Stops computing and watching the grid's scroll (the player is going away). */
	dispose(): void {
		this.cancel();
		this.parts?.grid.dispose();
	}

	private cancel(): void {
		const computing = this.computing;
		if (computing === undefined) return;
		if (computing.timer !== undefined) this.doc.defaultView?.clearTimeout(computing.timer);
		this.computing = undefined;
		this.section.removeAttribute(DATA.computing);
	}

	/** Runs the work for one slice; when it is not done, shows "computing…" and goes on after a yield. */
	private slice(): void {
		const computing = this.computing;
		if (computing === undefined) return;
		computing.timer = undefined;
		const win = this.doc.defaultView;
		const started = Date.now();
		for (;;) {
			if (computing.steps.next().done === true) {
				this.computing = undefined;
				this.section.removeAttribute(DATA.computing);
				return;
			}
			// Without a window (no timers) the map is computed at once.
			if (win !== null && Date.now() - started >= SLICE_MS) break;
		}
		if (this.section.getAttribute(DATA.computing) !== 'true') {
			const { detail, verdict } = this.built();
			this.section.setAttribute(DATA.computing, 'true');
			detail.replaceChildren(hint(this.doc, this.strings));
			verdict.removeAttribute(DATA.baselineFails);
			verdict.replaceChildren(el(this.doc, 'p', { [DATA.line]: 'computing' }, [this.strings.computing]));
		}
		computing.timer = win?.setTimeout(() => this.slice(), 0);
	}

	/** The fault a cell stands for, or undefined when the element is no cell of this map. */
	pick(cell: Element): FaultMapPick | undefined {
		const map = this.map;
		if (map === undefined) return undefined;
		const participant = cell.getAttribute(DATA.participant);
		if (participant !== null) {
			const after = Number(cell.getAttribute(DATA.after));
			const entry = map.restarts.find((r) => r.participant === participant && r.after === after);
			return entry !== undefined ? { kind: 'restart', participant, after, firstBroken: entry.first } : undefined;
		}
		const step = cell.getAttribute(DATA.dropStep);
		if (step === null) return undefined;
		const entry = map.drops.find((d) => d.step === Number(step));
		return entry !== undefined ? { kind: 'drop', step: entry.step, position: entry.position, firstBroken: entry.first } : undefined;
	}

	/** Lists what a cell breaks under the grid (hover or focus). */
	describe(cell: Element, model: PlayerModel): void {
		const map = this.map;
		const pick = this.pick(cell);
		if (map === undefined || pick === undefined) return;
		const { caption, detail } = this.built();
		// The one cell pointed at lists its steps (the map keeps only counts).
		const entry = pick.kind === 'restart' ? map.restarts.find((r) => r.participant === pick.participant && r.after === pick.after) : map.drops.find((d) => d.step === pick.step);
		const breaks = entry === undefined ? [] : breaksOf(map, entry);
		const lost = pick.kind === 'drop' ? pick.position : undefined;
		caption.show(model, pick.kind === 'restart' ? pick.after : pick.position);
		const heading = cell.getAttribute('aria-label') ?? '';
		const items = breaks.map((broken) => el(this.doc, 'li', { [DATA.position]: broken.position }, [this.strings.brokenStep(broken.position + 1, this.reason(broken, model, lost))]));
		const parts: Array<Node | string> = [el(this.doc, 'div', { class: 'protocol-fault-map-detail-heading' }, [heading])];
		if (items.length > 0) parts.push(el(this.doc, 'ul', {}, items));
		detail.replaceChildren(...parts);
	}

	/** Moves keyboard focus within the grid or the list for an arrow, Home or End key; returns whether it handled the key. */
	navigate(from: Element, key: string): boolean {
		const parts = this.parts;
		if (parts === undefined) return false;
		if (parts.list.owns(from)) return parts.list.navigate(from, key);
		return parts.grid.navigate(from, key);
	}

	private reason(broken: BrokenStep, model: PlayerModel, lost: number | undefined): string {
		if (broken.outcome === 'failed' && broken.failure !== undefined) return this.strings.failure(broken.failure, model.label(broken.failure.participant));
		const answered = broken.consequenceOf ?? -1;
		return this.strings.consequence(answered + 1, answered === lost, broken.inside === true);
	}

	/** Draws the grid a row at a time (a row of a long path is thousands of cells), then the verdict. */
	private *draw(model: PlayerModel, map: FaultMap): Generator<unknown, void, void> {
		const { grid, verdict, list } = this.built();
		yield* grid.draw(model, map);
		verdict.replaceChildren(...verdictLines(this.doc, model, map, this.strings));
		verdict.setAttribute(DATA.baselineFails, map.baseline[0] === undefined ? 'none' : String(map.baseline[0].position + 1));
		list.show(model, map);
		this.overlay?.draw(model, map);
	}
}
