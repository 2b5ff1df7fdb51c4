import type { PlayerStrings } from '../i18n/player';
import { stepCaption } from './present/caption';
import { el } from './dom';
import { CLASS, DATA, ROLE } from './dom-contract';
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

/** Characters that take two columns of a monospace line: Hangul, CJK, full-width forms, and most emoji. */
function wide(code: number): boolean {
	return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
		|| (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
		|| (code >= 0xffe0 && code <= 0xffe6) || code >= 0x1f300;
}

/** The longest name the first column makes room for, in `ch`; a longer one is cut with an ellipsis (its row keeps the whole name). */
const NAME_COLUMN_MAX_CH = 24;

/**
 * The width of the grid's first column for these row names, as CSS. Each row is a grid of its own (so the browser
 * can skip laying out the rows off screen: issue 24, 25,000 cells on 500 × 50), so the rows cannot share a
 * `max-content` column: its width is worked out here, in `ch` with wide characters counted twice.
 */
export function nameColumnWidth(names: readonly string[]): string {
	let longest = 1;
	for (const name of names) {
		let width = 0;
		for (const char of name) {
			width += wide(char.codePointAt(0) ?? 0) ? 2 : 1;
			if (width >= NAME_COLUMN_MAX_CH) break;
		}
		longest = Math.max(longest, width);
	}
	// A proportional font's capitals run wider than `0`: a little room to spare, and the name's own padding.
	return `calc(${Math.min(longest, NAME_COLUMN_MAX_CH)}ch + 1.2em)`;
}

/** Column headers: every gap's number on short paths, every fifth on long ones (the cells keep full labels). */
function headerText(after: number, positions: number): string {
	const n = after + 1;
	return positions <= 30 || n % 5 === 0 ? String(n) : '';
}

/** Above this many steps the headers carry no words (thousands of captions would slow opening the map). */
const WORDED_POSITIONS = 200;

/**
 * The grid's header row (issue 18): a corner, then one header per gap (`gapHeader`), which the grid adds, all of
 * them or only those in view (issue 24).
 */
export function headerRow(doc: Document): HTMLElement {
	return el(doc, 'div', { role: 'row', class: 'protocol-fault-grid-row is-header', 'aria-rowindex': 1 }, [el(doc, 'span', { role: 'columnheader', class: 'protocol-fault-grid-corner', 'aria-colindex': 1 })]);
}

/**
 * The header of the gap after path position `after`: its number for the eye and, on hover and for screen
 * readers, the step it follows in words. `placed`: put in its column by CSS, as a windowed grid leaves out the
 * headers before it.
 */
export function gapHeader(doc: Document, model: PlayerModel, after: number, positions: number, strings: PlayerStrings, placed: boolean): HTMLElement {
	const words = positions <= WORDED_POSITIONS ? gapHeaderWords(model, after, strings) : undefined;
	return el(doc, 'span', {
		role: 'columnheader', class: 'protocol-fault-grid-gap', 'aria-colindex': after + 3, style: placed ? `grid-column: ${after + 3}` : undefined,
		title: words, 'aria-label': words,
	}, [headerText(after, positions)]);
}

/**
 * The short caption under the grid (issue 18): the words of the column the reader is on, always visible, as a
 * finger has no hover to show a header's `title`. It names the focused or hovered cell's column; otherwise,
 * and again once the reader steps, the current step's (the gap after it). The column's header is marked
 * (`.is-captioned`) so the eye finds which number the words belong to.
 *
 * Not a live region: the headers' `aria-label`s already give screen readers the column's words as they move
 * through the grid, and the player's announcer says each step; a live caption would say both twice.
 */
export class ColumnCaption {
	/** The `[data-role="fault-map-column"]` line. */
	readonly element: HTMLElement;
	private header: Element | undefined;
	private marked: Element | null = null;
	/** The column shown (its `after`). */
	private column: number | undefined;
	private followed: number | undefined;

	constructor(doc: Document, private readonly strings: PlayerStrings) {
		this.element = el(doc, 'p', { class: 'protocol-fault-map-column', [DATA.role]: ROLE.faultMapColumn });
	}

	/** Shows the words of the column after path position `after` (−1: before step 1) and marks its header. */
	show(model: PlayerModel, after: number): void {
		const step = model.protocol.steps[model.path[Math.max(after, 0)] ?? -1];
		const text = step === undefined ? '' : this.strings.gapCaption(after, stepCaption(step, (participant) => model.label(participant), this.strings));
		if (this.element.textContent !== text) this.element.textContent = text;
		this.column = after;
		this.mark();
	}

	/** Marks the header of the column shown, as built now: a windowed grid builds its headers as they come into view. */
	mark(): void {
		const header = this.column === undefined ? null : this.header?.querySelector(`:scope > [aria-colindex="${this.column + 3}"]`) ?? null;
		if (header === this.marked) return;
		this.marked?.classList.remove(CLASS.captioned);
		header?.classList.add(CLASS.captioned);
		this.marked = header;
	}

	/** Shows the current step's column when the reader has stepped since the caption last followed it. */
	follow(model: PlayerModel): void {
		if (model.position === this.followed) return;
		this.followed = model.position;
		this.show(model, model.position);
	}

	/** Takes a newly drawn header row, marking the current step's column on it; returns the row. */
	attach<T extends Element>(header: T, model: PlayerModel): T {
		this.header = header;
		this.marked = null;
		this.followed = model.position;
		this.show(model, model.position);
		return header;
	}
}
