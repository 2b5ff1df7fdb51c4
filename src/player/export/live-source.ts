import type { SnapshotCard, SnapshotRow, StepSnapshot } from '../../core';
import { blockOnPath, chosenBranch, isChoosable } from '../../core';
import type { Language } from '../../i18n/language';
import { exportStrings } from '../../i18n/export';
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel } from '../player-model';
import { readReaderState, type ReaderState } from '../reader-state';
import type { PositionCard } from '../present/cards';
import { faultLines } from '../present/fault-lines';
import { presentPosition } from '../present/position';
import type { ExportSource } from './export-source';

/** What the live source needs from a mounted player. */
export interface LivePlayer {
	root: HTMLElement;
	svg: SVGSVGElement;
	model: PlayerModel;
	strings: PlayerStrings;
	language: Language;
	/** Moves the player to a path position (−1: Start), as the reader's stepping does; the player redraws from its model. */
	goTo(position: number): void;
	/** Aborted when the player is destroyed. */
	destroyed?: AbortSignal;
	/** The block's source, whether it is drawn dark, and Mermaid drawing it again (for the HTML export). */
	source?: string;
	dark?: boolean;
	redraw?: () => Promise<string>;
}

/**
 * The export source of a mounted player (issue 12). Export position K is path position K − 1: position 0
 * is the player's own Start (−1), shown as the reader sees it after pressing Home (every step ahead), and
 * each later one is a step of the path. Everything an image says is the player's presenter's
 * (src/player/present, issue 18): the counter, caption, failure line, restarts, fault lines and cards the
 * player shows there. The player is put back as it was, not started again if the reader had not started it.
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
		const position = model.clamp(index - 1);
		this.player.goTo(position);
		const said = presentPosition(model, position, strings);
		const snapshot: StepSnapshot = { counter: said.counter, caption: said.caption, notes: said.restartLines, cards: said.cards.map((card) => this.card(card)) };
		if (said.failure !== undefined) snapshot.outcome = said.failure;
		return snapshot;
	}

	restore(): void {
		const saved = this.saved;
		this.saved = undefined;
		if (saved === undefined) return;
		this.player.goTo(saved.position);
		// Stepping starts the player; one the reader had not started yet goes back to Mermaid's own look.
		this.player.model.setStarted(saved.started);
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
		return [...lines, ...this.faultLines()];
	}

	/** The injected faults, one line each, as the player's fault list shows them. */
	faultLines(): string[] {
		return faultLines(this.player.model, this.player.strings).map((line) => line.text);
	}

	/** A participant's card as the state cards show it; a compact one, which the player shows without rows, says so. */
	private card(card: PositionCard): SnapshotCard {
		// Every empty card says so (issue 19), the compact one of a participant that never holds anything too.
		if (card.compact) return { name: card.name, rows: [], note: exportStrings(this.language).slides.nothing };
		const rows = card.rows.map((row): SnapshotRow => {
			const shown: SnapshotRow = { key: row.key, value: row.value ?? true };
			if (row.change !== undefined) shown.change = row.change;
			if (row.durable) shown.durable = this.player.strings.durableMark;
			return shown;
		});
		const snapshot: SnapshotCard = { name: card.name, rows };
		if (card.note !== undefined) snapshot.note = card.note;
		if (card.restartNote !== undefined) snapshot.restartNote = card.restartNote;
		return snapshot;
	}
}
