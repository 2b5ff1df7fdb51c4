import type { Protocol } from '../model';
import { faultMap } from '../simulate/fault-map';
import { pathSteps } from '../simulate/path';
import { simulate } from '../simulate/simulate';
import { branchCombinations } from './branch-combinations';

/** The rows a comparison table can compute from a note's diagram (the "From the diagram" group). */
export const DIAGRAM_ROWS = ['participants', 'messages', 'holds-state', 'breaks-on-restart', 'survives-restart'] as const;

/** One computed row. */
export type DiagramRow = (typeof DIAGRAM_ROWS)[number];

/** How a table's property list names a computed row: a prefix no frontmatter key of ours uses. */
export const DIAGRAM_ROW_PREFIX = 'diagram:';

/** What the computed rows say about one diagram, as data (the i18n layer words it). */
export interface DiagramFacts {
	/** Every participant's label, in the diagram's order. */
	participants: string[];
	/** Messages written (notes not counted), on every branch. */
	messages: number;
	/** Labels of participants holding a non-durable item that a later step on some path needs. */
	holdsState: string[];
	/**
	 * Participants (by label) a single restart of which makes steps fail that succeed without it, with the most
	 * steps one such restart fails (over every moment and branch). The participant that opens the exchange is left
	 * out (ADR 0009): a client that restarts forgets its own credentials in any protocol.
	 */
	breaksOnRestart: { participant: string; steps: number }[];
	/**
	 * No single restart of a participant other than the opener breaks a step, and none of them ends the exchange
	 * holding non-durable state (a restart then loses what the next request needs).
	 */
	survivesRestart: boolean;
}

/** The computed facts of a diagram, over every branch combination (see `branchCombinations`). */
export function diagramFacts(protocol: Protocol): DiagramFacts {
	const label = (id: string): string => protocol.participants.find((p) => p.id === id)?.label ?? id;
	const durable = (id: string, key: string): boolean => (protocol.durable[id] ?? []).some((item) => item.key === key);
	const holders = new Set<string>();
	const worst = new Map<string, number>();
	let keepsForNext = false;
	for (const branches of branchCombinations(protocol)) {
		const path = pathSteps(protocol, branches);
		if (path.length === 0) continue;
		const { start, frames } = simulate(protocol, { branches });
		path.forEach((step, position) => {
			const before = position === 0 ? start : frames[position - 1]?.state ?? {};
			for (const need of step.needs) {
				if (need.keys.some((key) => !durable(need.participant, key) && before[need.participant]?.[key] !== undefined)) holders.add(need.participant);
			}
		});
		const opener = path.find((step) => step.kind === 'message')?.from;
		const end = frames[frames.length - 1]?.state ?? start;
		for (const [participant, items] of Object.entries(end)) {
			if (participant !== opener && Object.keys(items).some((key) => !durable(participant, key))) keepsForNext = true;
		}
		for (const cell of faultMap(protocol, { branches }).restarts) {
			if (cell.participant === opener) continue;
			const failed = cell.breaks.filter((broken) => broken.outcome === 'failed').length;
			if (failed > (worst.get(cell.participant) ?? 0)) worst.set(cell.participant, failed);
		}
	}
	const breaksOnRestart = protocol.participants
		.filter((p) => (worst.get(p.id) ?? 0) > 0)
		.map((p) => ({ participant: p.label, steps: worst.get(p.id) ?? 0 }));
	return {
		participants: protocol.participants.map((p) => p.label),
		messages: protocol.steps.filter((step) => step.kind === 'message').length,
		holdsState: protocol.participants.filter((p) => holders.has(p.id)).map((p) => label(p.id)),
		breaksOnRestart,
		survivesRestart: breaksOnRestart.length === 0 && !keepsForNext,
	};
}

/** The words computed cells need (from `src/i18n/compare.ts`). */
export interface DiagramRowWords {
	none: string;
	steps(participant: string, steps: number): string;
}

/** The property key a computed row goes by in a table's property list (`diagram:holds-state`). */
export function diagramRowKey(row: DiagramRow): string {
	return `${DIAGRAM_ROW_PREFIX}${row}`;
}

/** Whether a table property is a computed row. */
export function isDiagramRowKey(key: string): boolean {
	return key.startsWith(DIAGRAM_ROW_PREFIX) && (DIAGRAM_ROWS as readonly string[]).includes(key.slice(DIAGRAM_ROW_PREFIX.length));
}

/**
 * The computed rows as property values the table builder writes like frontmatter: lists joined, numbers as
 * written, the survival as a boolean (the table's ✅/❌). An empty list reads "none": "—" is kept for a note
 * without a diagram, where these keys are absent.
 */
export function diagramRowValues(facts: DiagramFacts, words: DiagramRowWords): Record<string, unknown> {
	const list = (items: string[]): string[] | string => (items.length === 0 ? words.none : items);
	return {
		[diagramRowKey('participants')]: list(facts.participants),
		[diagramRowKey('messages')]: facts.messages,
		[diagramRowKey('holds-state')]: list(facts.holdsState),
		[diagramRowKey('breaks-on-restart')]: list(facts.breaksOnRestart.map((b) => words.steps(b.participant, b.steps))),
		[diagramRowKey('survives-restart')]: facts.survivesRestart,
	};
}
