import { breaksOf, faultMapInSlices } from '../core';
import type { BrokenStep, FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import type { FaultMapOverlay } from './fault-map-overlay';
import { ColumnCaption, headerRow, nameColumnWidth } from './fault-map-headers';
import { FaultMapList, gridHint as hint, heat } from './fault-map-list';
import { verdictLines } from './fault-map-verdict';
import type { PlayerModel } from './player-model';
import { DATA, ROLE } from './dom-contract';

/** What a click on a cell asks for: inject this fault, then show the first step it breaks. */
export type FaultMapPick = { kind: 'restart'; participant: string; after: number; firstBroken?: number } | { kind: 'drop'; step: number; position: number; firstBroken?: number };

/** How long one slice of computing the map may run before it yields to the browser. */
const SLICE_MS = 16;

/**
 * The fault map (issue 8): for every participant (rows) and every gap between steps (columns: after
 * step n, 0 = before step 1), what a restart there would break; a last row for losing each message. Cells
 * are `[data-participant][data-after][data-breaks]` (drops: `[data-drop-step][data-position]`), coloured by
 * how much they break; hovering or focusing one lists the broken steps with their reasons, and a click
 * asks the player to inject that fault (`onPick`). Computed only when opened, again only when the branch
 * choices change while it is open — stepping never touches it. The grid is an ARIA grid with one tab stop
 * and arrow-key navigation.
 */
export class FaultMapView {
	/** The `[data-role="fault-map"]` section, hidden until opened. */
	readonly section: HTMLElement;
	private readonly verdict: HTMLElement;
	private readonly grid: HTMLElement;
	private readonly detail: HTMLElement;
	private readonly caption: ColumnCaption;
	/** The map as a list per participant, shown instead of the grid while the player is narrow (issue 18). */
	readonly list: FaultMapList;
	private map: FaultMap | undefined;
	private branchesKey = '';
	private open = false;
	/** The map painted on the diagram while open (issue 18), when the player has a drawing. */
	overlay: FaultMapOverlay | undefined;
	/** The map being computed in slices (issue 24): for which branches, and the timer of its next slice. */
	private computing: { key: string; steps: Generator<unknown, void, void>; timer: number | undefined } | undefined;

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.verdict = el(doc, 'div', { class: 'protocol-fault-map-verdict', [DATA.role]: ROLE.faultMapVerdict });
		this.grid = el(doc, 'div', { class: 'protocol-fault-grid', role: 'grid', 'aria-label': strings.faultMapLabel });
		this.detail = el(doc, 'div', { class: 'protocol-fault-map-detail', [DATA.role]: ROLE.faultMapDetail, 'aria-live': 'polite' }, [hint(doc, strings)]);
		this.caption = new ColumnCaption(doc, strings);
		this.list = new FaultMapList(doc, strings);
		this.section = el(doc, 'div', { class: 'protocol-fault-map', [DATA.role]: ROLE.faultMap, hidden: true }, [
			this.verdict,
			el(doc, 'div', { class: 'protocol-fault-grid-scroll' }, [this.grid]),
			this.caption.element,
			this.list.element,
			this.detail,
		]);
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
			if (this.map !== undefined) this.overlay?.draw(model, this.map);
			this.update(model);
		} else this.overlay?.clear();
	}

	/**
	 * Recomputes the map when open and the branch choices changed since it was drawn (faults do not change it).
	 * A small map is computed at once; a large one in slices of about `SLICE_MS` that yield to the browser
	 * between them, saying "computing…" meanwhile (`[data-computing="true"]`); a change of branches or
	 * `dispose` cancels it.
	 */
	update(model: PlayerModel): void {
		if (!this.open) return;
		this.caption.follow(model);
		const key = JSON.stringify(model.branches);
		if (this.map !== undefined && key === this.branchesKey) return;
		if (this.computing?.key === key) return;
		this.cancel();
		this.branchesKey = key;
		this.map = undefined;
		this.overlay?.clear();
		this.list.show(model, undefined);
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

	/** Stops computing (the player is going away). */
	dispose(): void {
		this.cancel();
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
			this.section.setAttribute(DATA.computing, 'true');
			this.detail.replaceChildren(hint(this.doc, this.strings));
			this.verdict.removeAttribute(DATA.baselineFails);
			this.verdict.replaceChildren(el(this.doc, 'p', { [DATA.line]: 'computing' }, [this.strings.computing]));
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
		// The one cell pointed at lists its steps (the map keeps only counts).
		const entry = pick.kind === 'restart' ? map.restarts.find((r) => r.participant === pick.participant && r.after === pick.after) : map.drops.find((d) => d.step === pick.step);
		const breaks = entry === undefined ? [] : breaksOf(map, entry);
		const lost = pick.kind === 'drop' ? pick.position : undefined;
		this.caption.show(model, pick.kind === 'restart' ? pick.after : pick.position);
		const heading = cell.getAttribute('aria-label') ?? '';
		const items = breaks.map((broken) => el(this.doc, 'li', { [DATA.position]: broken.position }, [this.strings.brokenStep(broken.position + 1, this.reason(broken, model, lost))]));
		const parts: Array<Node | string> = [el(this.doc, 'div', { class: 'protocol-fault-map-detail-heading' }, [heading])];
		if (items.length > 0) parts.push(el(this.doc, 'ul', {}, items));
		this.detail.replaceChildren(...parts);
	}

	/** Moves keyboard focus within the grid for an arrow, Home or End key; returns whether it handled the key. */
	navigate(from: Element, key: string): boolean {
		if (this.list.owns(from)) return this.list.navigate(from, key);
		const rows = Array.from(this.grid.querySelectorAll('[role="row"]')).map((row) => Array.from(row.querySelectorAll<HTMLElement>('[role="gridcell"][tabindex]')));
		const r = rows.findIndex((cells) => cells.includes(from as HTMLElement));
		if (r < 0) return false;
		const row = rows[r] ?? [];
		const c = row.indexOf(from as HTMLElement);
		const column = (cell: HTMLElement | undefined): number => Number(cell?.getAttribute('aria-colindex') ?? 0);
		let target: HTMLElement | undefined;
		if (key === 'ArrowLeft') target = row[c - 1];
		else if (key === 'ArrowRight') target = row[c + 1];
		else if (key === 'Home') target = row[0];
		else if (key === 'End') target = row[row.length - 1];
		else if (key === 'ArrowUp' || key === 'ArrowDown') {
			const other = rows[r + (key === 'ArrowUp' ? -1 : 1)];
			const wanted = column(from as HTMLElement);
			// The nearest cell of the row above or below (the lost-message row has none where a note stands).
			target = other?.reduce<HTMLElement | undefined>((best, cell) => (best === undefined || Math.abs(column(cell) - wanted) < Math.abs(column(best) - wanted) ? cell : best), undefined);
		} else return false;
		if (target !== undefined) this.focusCell(target);
		return true;
	}

	private focusCell(cell: HTMLElement): void {
		for (const other of Array.from(this.grid.querySelectorAll('[role="gridcell"][tabindex="0"]'))) other.setAttribute('tabindex', '-1');
		cell.setAttribute('tabindex', '0');
		cell.focus();
	}

	private reason(broken: BrokenStep, model: PlayerModel, lost: number | undefined): string {
		if (broken.outcome === 'failed' && broken.failure !== undefined) return this.strings.failure(broken.failure, model.label(broken.failure.participant));
		const answered = broken.consequenceOf ?? -1;
		return this.strings.consequence(answered + 1, answered === lost, broken.inside === true);
	}

	/** Draws the grid a row at a time (a row of a long path is thousands of cells), then the verdict. */
	private *draw(model: PlayerModel, map: FaultMap): Generator<unknown, void, void> {
		const doc = this.doc;
		const positions = map.positions;
		this.grid.style.setProperty('--protocol-gaps', String(positions + 1));
		this.grid.setAttribute('aria-colcount', String(positions + 2));
		this.grid.style.setProperty('--protocol-fault-names', nameColumnWidth([...model.protocol.participants.map(({ id }) => model.label(id)), this.strings.dropRow]));
		this.grid.replaceChildren(this.caption.attach(headerRow(doc, model, positions, this.strings), model));
		const byParticipant = new Map<string, FaultMap['restarts']>();
		for (const entry of map.restarts) {
			const list = byParticipant.get(entry.participant);
			if (list === undefined) byParticipant.set(entry.participant, [entry]);
			else list.push(entry);
		}
		let first = true;
		for (const { id } of model.protocol.participants) {
			yield;
			const name = model.label(id);
			const row = el(doc, 'div', { role: 'row', class: 'protocol-fault-grid-row', [DATA.participant]: id }, [el(doc, 'span', { role: 'rowheader', class: 'protocol-fault-grid-name', 'aria-colindex': 1 }, [name])]);
			for (const entry of byParticipant.get(id) ?? []) {
				const breaks = entry.count;
				row.append(el(doc, 'span', {
					role: 'gridcell', class: `protocol-fault-cell is-heat-${heat(breaks)}`, tabindex: first ? 0 : -1, 'aria-colindex': entry.after + 3,
					[DATA.participant]: id, [DATA.after]: entry.after, [DATA.breaks]: breaks,
					'aria-label': this.strings.restartCell(name, entry.after, positions, breaks),
				}));
				first = false;
			}
			this.grid.append(row);
		}
		if (map.drops.length > 0) {
			yield;
			const row = el(doc, 'div', { role: 'row', class: 'protocol-fault-grid-row is-drops', 'data-row': 'drops' }, [el(doc, 'span', { role: 'rowheader', class: 'protocol-fault-grid-name', 'aria-colindex': 1 }, [this.strings.dropRow])]);
			for (const entry of map.drops) {
				const breaks = entry.count;
				row.append(el(doc, 'span', {
					role: 'gridcell', class: `protocol-fault-cell is-heat-${heat(breaks)}`, tabindex: -1, 'aria-colindex': entry.position + 3,
					style: `grid-column: ${entry.position + 3}`, [DATA.dropStep]: entry.step, [DATA.position]: entry.position, [DATA.breaks]: breaks,
					'aria-label': this.strings.dropCell(entry.position + 1, breaks),
				}));
			}
			this.grid.append(row);
		}
		this.verdict.replaceChildren(...verdictLines(this.doc, model, map, this.strings));
		this.verdict.setAttribute(DATA.baselineFails, map.baseline[0] === undefined ? 'none' : String(map.baseline[0].position + 1));
		this.list.show(model, map);
		this.overlay?.draw(model, map);
	}
}
