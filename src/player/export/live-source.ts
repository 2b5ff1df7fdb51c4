import type { SnapshotCard, SnapshotOutcome, SnapshotRow, StepSnapshot } from '../../core';
import { blockOnPath, chosenBranch, isChoosable } from '../../core';
import type { Language } from '../../i18n/language';
import { exportStrings } from '../../i18n/export';
import type { PlayerStrings } from '../../i18n/player';
import { shownStepCaption, stepCaption } from '../caption';
import { outcomeReason } from '../outcome-text';
import type { PlayerModel } from '../player-model';
import { readReaderState, type ReaderState } from '../reader-state';
import { presentCard } from '../present/cards';
import { cardRowsAt, restartPositions } from '../state-rows';
import type { ExportSource } from './export-source';

/** What the live source needs from a mounted player. */
export interface LivePlayer {
	root: HTMLElement;
	svg: SVGSVGElement;
	model: PlayerModel;
	strings: PlayerStrings;
	language: Language;
	/** Moves the player to a path position (−1: Start) and redraws it, as the reader's stepping does. */
	goTo(position: number): void;
	/** Redraws the player as its model stands (after `model.started` is put back). */
	render(): void;
	/** Aborted when the player is destroyed. */
	destroyed?: AbortSignal;
	/** The block's source, whether it is drawn dark, and Mermaid drawing it again (for the HTML export). */
	source?: string;
	dark?: boolean;
	redraw?: () => Promise<string>;
}

/** What the cards need that holds for the whole path: computed once per branches-and-faults revision. */
interface PathFacts {
	revision: number;
	/** Per participant, the path positions after which it restarts. */
	restarts: Map<string, number[]>;
	/** Participants that hold nothing anywhere on the path and never restart: the player's compact cards. */
	compact: Set<string>;
}

/**
 * The export source of a mounted player (issue 12). Export position K is path position K − 1: position 0
 * is the player's own Start (−1), shown as the reader sees it after pressing Home (every step ahead), and
 * each later one is a step of the path. Everything an image says is read off the player's model with the
 * player's own helpers: the counter and caption as the controls word them, the outcome as the fault list
 * words it, each participant's card as `cardRowsAt` lists it. The player is put back as it was, not
 * started again if the reader had not started it.
 */
export class LiveExportSource implements ExportSource {
	readonly root: HTMLElement;
	readonly svg: SVGSVGElement;
	readonly language: Language;
	readonly title: string | undefined;
	readonly kind: string | undefined;
	readonly destroyed: AbortSignal | undefined;
	readonly blockSource: string | undefined;
	readonly dark: boolean | undefined;
	private saved: { position: number; started: boolean } | undefined;
	private facts: PathFacts | undefined;

	constructor(private readonly player: LivePlayer) {
		this.root = player.root;
		this.svg = player.svg;
		this.language = player.language;
		this.destroyed = player.destroyed;
		this.blockSource = player.source;
		this.dark = player.dark;
		this.title = player.model.protocol.title;
		const kind = player.model.protocol.kind;
		this.kind = kind === undefined ? undefined : kind === 'stateful' ? player.strings.kindStateful : player.strings.kindStateless;
	}

	drawing(): Promise<string> {
		const redraw = this.player.redraw;
		return redraw === undefined ? Promise.reject(new Error('This player cannot draw its block again.')) : redraw();
	}

	openingState(): ReaderState {
		// The file opens at Start with the reader's branches and faults, as a reader would open the block anew.
		return { ...readReaderState(this.player.model), position: -1, started: false };
	}

	count(): number {
		return this.player.model.path.length + 1;
	}

	currentIndex(): number {
		return this.player.model.position + 1;
	}

	show(index: number): StepSnapshot {
		const { model, strings } = this.player;
		this.saved ??= { position: model.position, started: model.started };
		const total = model.path.length;
		const position = Math.max(-1, Math.min(index - 1, total - 1));
		this.player.goTo(position);
		// As the player's controls: no counter when there is nothing to step, "0 / N" and "Start" at Start.
		const counter = total === 0 ? '' : `${position + 1} / ${total}`;
		const caption = total === 0 ? strings.nothingToStep : shownStepCaption(model, position, strings) ?? strings.start;
		const notes = model.restartsAt(position).map((restart) => strings.restartedAt(model.label(restart.participant), position));
		const snapshot: StepSnapshot = { counter, caption, notes, cards: this.cards(position) };
		const outcome = this.outcome(position);
		if (outcome !== undefined) snapshot.outcome = outcome;
		return snapshot;
	}

	restore(): void {
		const saved = this.saved;
		this.saved = undefined;
		if (saved === undefined) return;
		const { model } = this.player;
		this.player.goTo(saved.position);
		// Stepping starts the player; one the reader had not started yet goes back to Mermaid's own look.
		if (model.started !== saved.started) {
			model.started = saved.started;
			this.player.render();
		}
	}

	choices(): string[] {
		const { model, strings } = this.player;
		const words = exportStrings(this.language);
		const lines: string[] = [];
		for (const block of model.protocol.blocks) {
			if (!isChoosable(block.kind) || block.branches.length < 2 || !blockOnPath(model.protocol, block, model.branches)) continue;
			const k = chosenBranch(block, model.branches);
			const branch = block.branches[k];
			if (branch === undefined) continue;
			const label = branch.line === 0 ? strings.skipBranch : branch.label.trim() !== '' ? branch.label.trim() : strings.unnamedBranch(k + 1);
			lines.push(words.chosenBranch(block.kind, label));
		}
		// The injected faults as the player's fault list words them: restarts, then lost messages.
		for (const restart of model.restarts) {
			const after = restart.afterStep < 0 ? -1 : model.positionOf(restart.afterStep);
			if (after !== undefined) lines.push(strings.restartedAt(model.label(restart.participant), after));
		}
		for (const dropped of model.drops) {
			const position = model.positionOf(dropped);
			const step = model.protocol.steps[dropped];
			if (position !== undefined && step !== undefined) lines.push(strings.droppedAt(position + 1, stepCaption(step, (p) => model.label(p), strings)));
		}
		return lines;
	}

	/** The current step's outcome when it did not happen as written, as its fault list row says it. */
	private outcome(position: number): SnapshotOutcome | undefined {
		const { model, strings } = this.player;
		if (position < 0) return undefined;
		const shown = model.shownOutcome(position);
		// At the current position a shown outcome is the step's own (never "will fail").
		if (shown === 'ok' || shown === 'will-fail') return undefined;
		const reason = outcomeReason(model, position, strings);
		return reason === undefined ? undefined : { kind: shown, heading: strings.outcomeRow(position + 1, shown), reason };
	}

	/** Every participant's card at `position`, as the state cards show it. */
	private cards(position: number): SnapshotCard[] {
		const { model, strings } = this.player;
		const facts = this.pathFacts();
		// Every empty card says so (issue 19), the compact one of a participant that never holds anything too.
		const words = exportStrings(this.language);
		return model.protocol.participants.map(({ id }): SnapshotCard => {
			const name = model.label(id);
			if (facts.compact.has(id)) return { name, rows: [], note: words.slides.nothing };
			// The card as the player's cards say it (src/player/present): same rows, marks and notes.
			const card = presentCard(model, position, id, facts.restarts.get(id) ?? [], strings);
			const rows = card.rows.map((row): SnapshotRow => {
				const shown: SnapshotRow = { key: row.key, value: row.value ?? true };
				if (row.change !== undefined) shown.change = row.change;
				if (row.durable) shown.durable = strings.durableMark;
				return shown;
			});
			const snapshot: SnapshotCard = { name, rows };
			if (card.note !== undefined) snapshot.note = card.note;
			if (card.restartNote !== undefined) snapshot.restartNote = card.restartNote;
			return snapshot;
		});
	}

	private pathFacts(): PathFacts {
		const { model } = this.player;
		if (this.facts?.revision === model.revision) return this.facts;
		const restarts = restartPositions(model);
		const compact = new Set(model.protocol.participants.map(({ id }) => id).filter((id) => !restarts.has(id)));
		for (let position = -1; position < model.frames.length && compact.size > 0; position++) {
			for (const id of compact) if (cardRowsAt(model, position, id).length > 0) compact.delete(id);
		}
		this.facts = { revision: model.revision, restarts, compact };
		return this.facts;
	}
}
