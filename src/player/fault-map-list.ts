import type { FaultMap } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { stepCaption } from './present/caption';
import { el } from './dom';
import { ACTION, DATA, ROLE } from './dom-contract';
import { gapHeaderWords } from './fault-map-headers';
import type { PlayerModel } from './player-model';

/**
 * How many entries a group shows at first, and how many more each "Show more" adds. A long note's map has
 * thousands of moments (2,000 messages × 5 participants); the list builds a few dozen nodes, never thousands.
 */
export const LIST_PAGE = 10;

type Restart = FaultMap['restarts'][number];
type Drop = FaultMap['drops'][number];

/** How many steps a fault breaks: the map's tally, so the list never asks for the steps themselves. */
function broken(entry: Restart | Drop): number {
	return entry.count;
}

/** A fault's colour step, for the grid's cells and the list's entries: 0 breaks nothing, 1, 2, 3 = three or more. */
export function heat(breaks: number): number {
	return Math.min(breaks, 3);
}

/** The grid's hint under the map until a cell is described; hidden while narrow, where the list has its own. */
export function gridHint(doc: Document, strings: PlayerStrings): HTMLElement {
	return el(doc, 'span', { class: 'protocol-fault-map-hint' }, [strings.mapHint]);
}

/** One group of the list: a participant's restarts (or, without one, the lost messages) that break something. */
interface Group {
	participant: string | undefined;
	entries: Array<Restart | Drop>;
	shown: number;
	items: HTMLElement;
	more: HTMLElement;
}

/**
 * The fault map as a list, for a narrow player (issue 18): a grid of 44 px cells would scroll sideways
 * on a phone, each cell far from the words of its column. Per participant, the moments whose restart breaks
 * something, in words ("After step 3 (Server → Server: Store session): breaks 2 steps"), then the messages
 * whose loss does; what breaks nothing is one line per group, not an entry per moment, and the participants
 * no restart of which breaks anything share one line instead of a group each.
 *
 * Entries are buttons carrying the grid cells' attributes (`[data-fault-cell][data-participant][data-after]`,
 * or `[data-drop-step][data-position]`, with `[data-breaks]`), so the player's one click, focus and key
 * handling serves them as it serves the grid and the marks on the drawing: a tap injects that fault and shows
 * the first step it breaks; focus lists what it breaks. The list exists only while the player is narrow.
 */
export class FaultMapList {
	/** The `[data-role="fault-map-list"]` element, empty while the player is wide. */
	readonly element: HTMLElement;
	private model: PlayerModel | undefined;
	private map: FaultMap | undefined;
	private narrow = false;
	private groups: Group[] = [];

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.element = el(doc, 'div', { class: 'protocol-fault-map-list', [DATA.role]: ROLE.faultMapList, role: 'group', 'aria-label': strings.listLabel });
	}

	/** Takes the map as computed (undefined while it is computed again), drawing it when the player is narrow. */
	show(model: PlayerModel, map: FaultMap | undefined): void {
		this.model = model;
		this.map = map;
		this.draw();
	}

	/** Draws the list when the player turns narrow; empties it when it turns wide (the grid is shown then). */
	setNarrow(narrow: boolean): void {
		if (narrow === this.narrow) return;
		this.narrow = narrow;
		this.draw();
	}

	/** Shows the next entries of the group a "Show more" button belongs to, and moves focus to the first of them. */
	more(button: Element): void {
		const participant = button.getAttribute(DATA.participant) ?? undefined;
		const group = this.groups.find((g) => g.participant === participant);
		if (group === undefined) return;
		const first = this.append(group, LIST_PAGE);
		first?.focus();
	}

	/** Whether an element is one of this list's entries. */
	owns(element: Element): boolean {
		return this.element.contains(element);
	}

	/** Moves focus between entries for ArrowUp, ArrowDown, Home and End; returns whether it handled the key. */
	navigate(from: Element, key: string): boolean {
		const entries = Array.from(this.element.querySelectorAll<HTMLElement>(`[${DATA.faultCell}]`));
		const at = entries.indexOf(from as HTMLElement);
		if (at < 0) return false;
		const moves: Partial<Record<string, number>> = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: entries.length - 1 };
		const to = moves[key];
		if (to === undefined) return false;
		entries[to]?.focus();
		return true;
	}

	private draw(): void {
		this.groups = [];
		const { model, map } = this;
		if (!this.narrow || model === undefined || map === undefined) {
			this.element.replaceChildren();
			return;
		}
		const parts: HTMLElement[] = [el(this.doc, 'p', { class: 'protocol-fault-map-list-hint' }, [this.strings.listHint])];
		// One pass over the map (participants × gaps), not one per participant.
		const byParticipant = new Map<string, Restart[]>();
		for (const entry of map.restarts) {
			const own = byParticipant.get(entry.participant);
			if (own === undefined) byParticipant.set(entry.participant, [entry]);
			else own.push(entry);
		}
		const quiet: string[] = [];
		for (const { id } of model.protocol.participants) {
			const own = byParticipant.get(id) ?? [];
			const breaking = worstFirst(own.filter((entry) => broken(entry) > 0), (entry) => entry.after);
			// A participant whose restarts break nothing gets no group: one line names them all.
			if (breaking.length === 0) quiet.push(model.label(id));
			else parts.push(this.group(id, model.label(id), breaking, breaking.length < own.length ? this.strings.listRestartsRest : undefined));
		}
		if (quiet.length > 0) parts.push(el(this.doc, 'p', { class: 'protocol-fault-map-rest is-quiet' }, [this.strings.listQuiet(quiet)]));
		if (map.drops.length > 0) {
			const breaking = worstFirst(map.drops.filter((entry) => broken(entry) > 0), (entry) => entry.position);
			const restLine = breaking.length === map.drops.length ? undefined : this.strings.listDropsRest(breaking.length === 0);
			parts.push(this.group(undefined, this.strings.dropRow, breaking, restLine));
		}
		this.element.replaceChildren(...parts);
	}

	/** One group: its name, its first entries, a "Show more" button when it has more, and its line for the rest. */
	private group(participant: string | undefined, name: string, entries: Array<Restart | Drop>, restLine: string | undefined): HTMLElement {
		const doc = this.doc;
		const items = el(doc, 'ul', { class: 'protocol-fault-map-entries', 'aria-label': name });
		const more = el(doc, 'button', { type: 'button', class: 'protocol-fault-map-more', [DATA.action]: ACTION.faultMapMore, [DATA.participant]: participant, hidden: true });
		const group: Group = { participant, entries, shown: 0, items, more };
		this.groups.push(group);
		this.append(group, LIST_PAGE);
		const parts: HTMLElement[] = [el(doc, 'div', { class: 'protocol-fault-map-group-name' }, [name])];
		if (entries.length > 0) parts.push(items, more);
		if (restLine !== undefined) parts.push(el(doc, 'p', { class: 'protocol-fault-map-rest' }, [restLine]));
		return el(doc, 'div', { class: 'protocol-fault-map-group', [DATA.participant]: participant }, parts);
	}

	/** Adds up to `count` more entries to a group; returns the first one added. */
	private append(group: Group, count: number): HTMLElement | undefined {
		const added = group.entries.slice(group.shown, group.shown + count).map((entry) => this.entry(entry));
		group.shown += added.length;
		group.items.append(...added.map((button) => el(this.doc, 'li', {}, [button])));
		const left = group.entries.length - group.shown;
		group.more.hidden = left === 0;
		group.more.textContent = left === 0 ? '' : this.strings.listMore(Math.min(LIST_PAGE, left), left);
		return added[0];
	}

	/** One entry: a button that reads the moment (or the lost step) and what it breaks, coloured as its grid cell. */
	private entry(entry: Restart | Drop): HTMLElement {
		const model = this.model as PlayerModel;
		const breaks = broken(entry);
		let text: string;
		let label: string;
		let where: Record<string, string | number>;
		if ('participant' in entry) {
			text = this.strings.listRestart(gapHeaderWords(model, entry.after, this.strings), breaks);
			label = this.strings.listRestartLabel(model.label(entry.participant), text);
			where = { [DATA.participant]: entry.participant, [DATA.after]: entry.after };
		} else {
			const step = model.protocol.steps[entry.step];
			const caption = step === undefined ? '' : stepCaption(step, (participant) => model.label(participant), this.strings);
			text = this.strings.listDrop(entry.position + 1, caption, breaks);
			label = text;
			where = { [DATA.dropStep]: entry.step, [DATA.position]: entry.position };
		}
		return el(this.doc, 'button', { type: 'button', class: 'protocol-fault-map-entry', [DATA.faultCell]: true, ...where, [DATA.breaks]: breaks, 'aria-label': label }, [
			el(this.doc, 'span', { class: `protocol-fault-map-swatch is-heat-${heat(breaks)}`, 'aria-hidden': 'true' }),
			el(this.doc, 'span', { class: 'protocol-fault-map-entry-text' }, [text]),
		]);
	}
}

/**
 * Worst first, equals in path order. On a phone the first few entries are all a student sees without
 * scrolling, and the question they bring to the map is the verdict's: where does a restart (or a loss) hurt
 * most? Path order would open with the early moments, which mostly break little. Equals keep the order
 * of the story, so a run of moments that break the same steps reads as the stretch it is.
 */
function worstFirst<T extends Restart | Drop>(entries: T[], moment: (entry: T) => number): T[] {
	return entries.sort((a, b) => broken(b) - broken(a) || moment(a) - moment(b));
}
