import type { SnapshotCard, SnapshotRow, StepSnapshot } from '../../core';
import { chosenBranch, isChoosable } from '../../core';
import { startState } from '../../core';
import type { Language } from '../../i18n/language';
import { exportStrings } from '../../i18n/export';
import type { PlayerStrings } from '../../i18n/player';
import { stepCaption } from '../caption';
import { failureText } from '../failure-text';
import type { PlayerModel } from '../player-model';
import type { ExportSource } from './export-source';

/** What the live source needs from a mounted player. */
export interface LivePlayer {
	root: HTMLElement;
	svg: SVGSVGElement;
	model: PlayerModel;
	strings: PlayerStrings;
	language: Language;
	/** Moves the player to a path position and redraws it. */
	goTo(position: number): void;
}

/** The rows a participant's card lists at path position `position` (held items, then what the step removed), as the state cards do. */
function rowsAt(model: PlayerModel, position: number, participant: string): SnapshotRow[] {
	const frame = model.frames[position];
	const held = frame?.state[participant] ?? {};
	const changes = new Map<string, 'added' | 'changed' | 'removed'>();
	for (const change of frame?.changes ?? []) if (change.participant === participant) changes.set(change.key, change.change);
	const rows: SnapshotRow[] = Object.entries(held).map(([key, value]) => {
		const change = changes.get(key);
		return change === undefined ? { key, value } : { key, value, change };
	});
	const before = model.frames[position - 1]?.state[participant] ?? {};
	for (const [key, change] of changes) {
		if (change === 'removed' && !(key in held)) rows.push({ key, value: before[key] ?? true, change });
	}
	return rows;
}

/** The Start position's cards: what each participant holds before the first step, with no marks. */
function startCards(model: PlayerModel, strings: PlayerStrings): SnapshotCard[] {
	const state = startState(model.protocol);
	return model.participantsWithState().map((participant) => {
		const rows = Object.entries(state[participant] ?? {}).map(([key, value]) => ({ key, value }));
		return rows.length > 0 ? { name: model.label(participant), rows } : { name: model.label(participant), rows, note: strings.holdsNothing };
	});
}

/**
 * The export source of a mounted player (issue 12). Export position 0 is the Start position: the drawing
 * with every step still ahead (faded as future steps are), the state the simulation starts from; position
 * k ≥ 1 is path position k − 1, exactly as the player shows it. The Start look is made by giving the first
 * step's elements the future class for as long as Start is shown.
 */
export class LiveExportSource implements ExportSource {
	readonly root: HTMLElement;
	readonly svg: SVGSVGElement;
	readonly language: Language;
	readonly title: string | undefined;
	readonly kind: string | undefined;
	private saved: number | undefined;
	private startMarked: Element[] = [];

	constructor(private readonly player: LivePlayer) {
		this.root = player.root;
		this.svg = player.svg;
		this.language = player.language;
		this.title = player.model.protocol.title;
		const kind = player.model.protocol.kind;
		this.kind = kind === undefined ? undefined : kind === 'stateful' ? player.strings.kindStateful : player.strings.kindStateless;
	}

	count(): number {
		return this.player.model.path.length + 1;
	}

	currentIndex(): number {
		return this.player.model.position + 1;
	}

	show(index: number): StepSnapshot {
		const { model, strings } = this.player;
		this.saved ??= model.position;
		this.unmarkStart();
		const words = exportStrings(this.language);
		const total = model.path.length;
		if (index <= 0) {
			this.player.goTo(0);
			this.markStart();
			return { counter: words.start, caption: words.startCaption, notes: [], cards: startCards(model, strings) };
		}
		const position = Math.min(index, total) - 1;
		this.player.goTo(position);
		const stepIndex = model.path[position];
		const step = stepIndex !== undefined ? model.protocol.steps[stepIndex] : undefined;
		const caption = step !== undefined ? stepCaption(step, (p) => model.label(p), strings) : strings.noSteps;
		const failure = failureText(model, position, strings);
		const notes = model.restarts
			.filter((restart) => restart.atStep === stepIndex)
			.map((restart) => strings.restartedAt(model.label(restart.participant), position + 1));
		const cards = model.participantsWithState().map((participant): SnapshotCard => {
			const rows = rowsAt(model, position, participant);
			if (rows.some((row) => row.change !== 'removed')) return { name: model.label(participant), rows };
			const restarted = model.restarts
				.filter((r) => r.participant === participant)
				.map((r) => model.positionOf(r.atStep))
				.filter((p): p is number => p !== undefined && p <= position)
				.sort((a, b) => a - b)
				.pop();
			return { name: model.label(participant), rows, note: restarted !== undefined ? strings.restartedHoldsNothing(restarted + 1) : strings.holdsNothing };
		});
		const snapshot: StepSnapshot = { counter: words.counter(position + 1, total), caption, notes, cards };
		if (failure !== undefined) snapshot.failure = failure;
		return snapshot;
	}

	restore(): void {
		this.unmarkStart();
		if (this.saved !== undefined) this.player.goTo(this.saved);
		this.saved = undefined;
	}

	choices(): string[] {
		const { model, strings } = this.player;
		const words = exportStrings(this.language);
		const lines: string[] = [];
		for (const block of model.protocol.blocks) {
			if (!isChoosable(block.kind) || block.branches.length < 2) continue;
			if (!model.path.some((step) => model.protocol.steps[step]?.blocks.some((b) => b.block === block.index)) && model.branches[block.index] === undefined) continue;
			const branch = block.branches[chosenBranch(block, model.branches)];
			if (branch === undefined) continue;
			const label = branch.line === 0 ? strings.skipBranch : branch.label !== '' ? branch.label : strings.unnamedBranch(block.branches.indexOf(branch) + 1);
			lines.push(words.chosenBranch(block.kind, label));
		}
		for (const restart of model.restarts) {
			const position = model.positionOf(restart.atStep);
			if (position !== undefined) lines.push(strings.restartedAt(model.label(restart.participant), position + 1));
		}
		return lines;
	}

	/** The first step's elements look as they would before it happens. */
	private markStart(): void {
		const first = this.player.model.path[0];
		if (first === undefined) return;
		for (const element of Array.from(this.svg.querySelectorAll(`[data-step-index="${first}"].is-current`))) {
			element.classList.replace('is-current', 'is-future');
			this.startMarked.push(element);
		}
	}

	private unmarkStart(): void {
		for (const element of this.startMarked.splice(0)) element.classList.replace('is-future', 'is-current');
	}
}
