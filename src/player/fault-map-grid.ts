import type { FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import { DATA } from './dom-contract';
import { type ColumnCaption, gapHeader, headerRow, nameColumnWidth } from './fault-map-headers';
import { heat } from './fault-map-list';
import { type ColumnRange, FIRST_COLUMNS, gapsToBuild, nearestGap, stepAlong, visibleColumns, WINDOWED_GAPS } from './fault-map-window';
import type { PlayerModel } from './player-model';

/** A row of the grid: its element, the gaps (0 = before step 1) it has cells in, ascending, how to build one, and those built. */
interface GridRow {
	element: HTMLElement;
	gaps: readonly number[];
	build: (gap: number) => HTMLElement;
	built: Map<number, HTMLElement>;
}

/** A cell by the map's coordinates: its row (0 = the first participant's; the header row is not counted) and gap. */
interface Place {
	row: number;
	gap: number;
}

/** The keys that move within a row. */
const ALONG = ['ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;

/**
 * The fault map's grid (issue 8): participants × gaps, and a last row for losing each message, an ARIA grid
 * (`aria-rowcount`, `aria-colcount`; `aria-rowindex`, `aria-colindex` on every cell) with one tab stop and
 * arrow-key, Home and End navigation. Each row is a CSS grid of its own (issue 24).
 *
 * Above `WINDOWED_GAPS` columns the grid is windowed (ADR 0022): each row, the header row included, holds only
 * the cells of the columns in view and `OVERSCAN_COLUMNS` around them, each put in its column by CSS, so that
 * the rows keep their whole width and every cell sits under its header; scrolling builds the new window in the
 * next animation frame. The tab stop is kept by coordinates and always built, as is the focused cell; the
 * keyboard moves by the map's coordinates, building the cell it goes to. A smaller grid is built whole.
 */
export class FaultMapGrid {
	/** The `[role="grid"]` element. */
	readonly element: HTMLElement;
	/** The grid's horizontal scroll container, `.protocol-fault-grid-scroll`. */
	readonly scroller: HTMLElement;
	private header: GridRow | undefined;
	private rows: GridRow[] = [];
	private windowed = false;
	private range: ColumnRange = { first: 0, last: -1 };
	private count = 0;
	private tabStop: Place | undefined;
	private frame: number | undefined;
	private readonly onScroll = (): void => this.schedule();
	private listening = false;
	private disposed = false;

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings, private readonly caption: ColumnCaption) {
		this.element = el(doc, 'div', { class: 'protocol-fault-grid', role: 'grid', 'aria-label': strings.faultMapLabel });
		this.scroller = el(doc, 'div', { class: 'protocol-fault-grid-scroll' }, [this.element]);
	}

	/** Draws the grid for `map`, a row at a time (a row of a long path is thousands of gaps), yielding between rows. */
	*draw(model: PlayerModel, map: FaultMap): Generator<unknown, void, void> {
		const doc = this.doc;
		const positions = map.positions;
		const participants = model.protocol.participants;
		this.count = positions + 1;
		this.windowed = this.count > WINDOWED_GAPS;
		this.range = { first: 0, last: this.windowed ? Math.min(this.count, FIRST_COLUMNS) - 1 : this.count - 1 };
		const placed = this.windowed;
		this.element.style.setProperty('--protocol-gaps', String(this.count));
		this.element.setAttribute('aria-colcount', String(positions + 2));
		this.element.setAttribute('aria-rowcount', String(1 + participants.length + (map.drops.length > 0 ? 1 : 0)));
		this.element.style.setProperty('--protocol-fault-names', nameColumnWidth([...participants.map(({ id }) => model.label(id)), this.strings.dropRow]));
		const header = headerRow(doc);
		const allGaps = Array.from({ length: this.count }, (_, gap) => gap);
		this.header = { element: header, gaps: allGaps, build: (gap) => gapHeader(doc, model, gap - 1, positions, this.strings, placed), built: new Map() };
		this.rows = [];
		this.tabStop = undefined;
		this.element.replaceChildren(this.caption.attach(header, model));
		this.fill(this.header);
		this.caption.mark();
		const byParticipant = new Map<string, FaultMap['restarts']>();
		for (const entry of map.restarts) {
			const list = byParticipant.get(entry.participant);
			if (list === undefined) byParticipant.set(entry.participant, [entry]);
			else list.push(entry);
		}
		for (const { id } of participants) {
			yield;
			const name = model.label(id);
			const index = this.rows.length;
			const entries = new Map((byParticipant.get(id) ?? []).map((entry) => [entry.after + 1, entry]));
			this.addRow(name, { [DATA.participant]: id }, [...entries.keys()].sort((a, b) => a - b), (gap) => {
				const entry = entries.get(gap);
				const breaks = entry?.count ?? 0;
				return this.cell(index, gap, placed, {
					[DATA.participant]: id, [DATA.after]: gap - 1, [DATA.breaks]: breaks, 'aria-label': this.strings.restartCell(name, gap - 1, positions, breaks),
				}, breaks);
			});
		}
		if (map.drops.length > 0) {
			yield;
			const index = this.rows.length;
			const entries = new Map(map.drops.map((entry) => [entry.position + 1, entry]));
			this.addRow(this.strings.dropRow, { 'data-row': 'drops' }, [...entries.keys()].sort((a, b) => a - b), (gap) => {
				const entry = entries.get(gap);
				const breaks = entry?.count ?? 0;
				// A lost message's cell is placed in its column even in a whole grid: notes leave holes in its row.
				return this.cell(index, gap, true, {
					[DATA.dropStep]: entry?.step, [DATA.position]: gap - 1, [DATA.breaks]: breaks, 'aria-label': this.strings.dropCell(gap, breaks),
				}, breaks);
			});
		}
		if (this.windowed) {
			this.listen();
			this.schedule();
		}
	}

	/** Adds a row of cells under the last, its tab stop the first cell of the first row that has one. */
	private addRow(name: string, attributes: Record<string, string>, gaps: readonly number[], build: (gap: number) => HTMLElement): void {
		const index = this.rows.length;
		const first = gaps[0];
		if (this.tabStop === undefined && first !== undefined) this.tabStop = { row: index, gap: first };
		const element = el(this.doc, 'div', { role: 'row', class: `protocol-fault-grid-row${attributes['data-row'] === 'drops' ? ' is-drops' : ''}`, 'aria-rowindex': index + 2, ...attributes }, [
			el(this.doc, 'span', { role: 'rowheader', class: 'protocol-fault-grid-name', 'aria-colindex': 1 }, [name]),
		]);
		const row: GridRow = { element, gaps, build, built: new Map() };
		this.rows.push(row);
		this.fill(row);
		this.element.append(element);
	}

	/** One cell of data row `row`, in gap `gap`'s column. */
	private cell(row: number, gap: number, placed: boolean, attributes: Record<string, string | number | undefined>, breaks: number): HTMLElement {
		const stop = this.tabStop?.row === row && this.tabStop.gap === gap;
		return el(this.doc, 'span', {
			role: 'gridcell', class: `protocol-fault-cell is-heat-${heat(breaks)}`, tabindex: stop ? 0 : -1, 'aria-colindex': gap + 2, 'aria-rowindex': row + 2,
			style: placed ? `grid-column: ${gap + 2}` : undefined, ...attributes,
		});
	}

	/**
	 * Makes a row hold the cells of the window, the tab stop and the focused cell, and no others: cells that left
	 * are removed, new ones put in order among those that stay (which are not touched).
	 */
	private fill(row: GridRow): void {
		const extra: number[] = [];
		const stop = this.tabStop;
		if (stop !== undefined && this.rows[stop.row] === row) extra.push(stop.gap);
		const active = this.doc.activeElement;
		if (active !== null && row.element.contains(active) && active.getAttribute('role') === 'gridcell') extra.push(Number(active.getAttribute('aria-colindex')) - 2);
		const wanted = gapsToBuild(row.gaps, this.range, extra);
		const keep = new Set(wanted);
		for (const [gap, cell] of row.built) {
			if (keep.has(gap)) continue;
			cell.remove();
			row.built.delete(gap);
		}
		// The built cells follow the row's header in column order, each of them wanted: walking the wanted gaps
		// in order, `next` is the first built cell after the gaps walked.
		let next = row.element.firstElementChild?.nextElementSibling ?? null;
		for (const gap of wanted) {
			const built = row.built.get(gap);
			if (built !== undefined) {
				next = built.nextElementSibling;
				continue;
			}
			const cell = row.build(gap);
			row.built.set(gap, cell);
			row.element.insertBefore(cell, next);
		}
	}

	/** Builds the window in view in the next animation frame (after a scroll or a change of the player's width). */
	schedule(): void {
		const win = this.doc.defaultView;
		if (!this.windowed || this.disposed || this.frame !== undefined || win === null) return;
		this.frame = win.requestAnimationFrame(() => {
			this.frame = undefined;
			this.sync();
		});
	}

	/** Measures which columns are in view and, when they changed (or `always`), rebuilds every row's window. */
	private sync(always = false): void {
		const range = this.measure() ?? this.range;
		if (!always && range.first === this.range.first && range.last === this.range.last) return;
		this.range = range;
		if (this.header !== undefined) this.fill(this.header);
		for (const row of this.rows) this.fill(row);
		this.caption.mark();
	}

	/** The columns in view, from where two built headers are; undefined while the grid is not laid out. */
	private measure(): ColumnRange | undefined {
		const built = this.header?.built;
		if (built === undefined || built.size < 2) return undefined;
		const gaps = [...built.keys()];
		const a = Math.min(...gaps);
		const b = Math.max(...gaps);
		const left = (gap: number): number => built.get(gap)?.getBoundingClientRect().left ?? NaN;
		const origin = this.element.getBoundingClientRect().left;
		const pitch = (left(b) - left(a)) / (b - a);
		const view = this.scroller.getBoundingClientRect();
		return visibleColumns({ leading: left(a) - origin - a * pitch, pitch, count: this.count }, view.left - origin, this.scroller.clientWidth);
	}

	/** Moves keyboard focus for an arrow, Home or End key from a cell of this grid; returns whether it handled the key. */
	navigate(from: Element, key: string): boolean {
		if (!this.element.contains(from) || from.getAttribute('role') !== 'gridcell') return false;
		const at: Place = { row: Number(from.getAttribute('aria-rowindex')) - 2, gap: Number(from.getAttribute('aria-colindex')) - 2 };
		const row = this.rows[at.row];
		if (row === undefined) return false;
		let to: Place | undefined;
		if ((ALONG as readonly string[]).includes(key)) {
			const gap = stepAlong(row.gaps, at.gap, key as (typeof ALONG)[number]);
			to = gap === undefined ? undefined : { row: at.row, gap };
		} else if (key === 'ArrowUp' || key === 'ArrowDown') {
			const other = at.row + (key === 'ArrowUp' ? -1 : 1);
			// The nearest cell of the row above or below (the lost-message row has none where a note stands).
			const gap = nearestGap(this.rows[other]?.gaps ?? [], at.gap);
			to = gap === undefined ? undefined : { row: other, gap };
		} else return false;
		if (to !== undefined) this.focus(to);
		return true;
	}

	/** Makes the cell at `place` the tab stop, building it if needed, and focuses it (which scrolls it into view). */
	private focus(place: Place): void {
		const old = this.tabStop;
		if (old !== undefined) this.rows[old.row]?.built.get(old.gap)?.setAttribute('tabindex', '-1');
		this.tabStop = place;
		const row = this.rows[place.row];
		if (row === undefined) return;
		this.fill(row);
		const cell = row.built.get(place.gap);
		cell?.setAttribute('tabindex', '0');
		cell?.focus();
		// Focus scrolled the grid to the cell: its neighbours are built now, not a frame later, and the cell left
		// (the old tab stop, focused until now) is no longer kept out of view.
		if (this.windowed) this.sync(true);
	}

	private listen(): void {
		if (this.listening || this.disposed) return;
		this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
		this.listening = true;
	}

	/** Stops watching the scroll and drops a pending frame (the player is going away). */
	dispose(): void {
		this.disposed = true;
		if (this.listening) this.scroller.removeEventListener('scroll', this.onScroll);
		this.listening = false;
		if (this.frame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.frame);
		this.frame = undefined;
	}
}
