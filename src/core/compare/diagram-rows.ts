
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
	/**
	 * Whether the two restart rows were computed: `over-budget` when the diagram's fault analysis is larger than
	 * `DIAGRAM_FACTS_BUDGET` allows (then `breaksOnRestart` is empty, `survivesRestart` false, and the cells say why).
	 */
	restarts: 'computed' | 'over-budget';
}

/** The words computed cells need (from `src/i18n/compare.ts`). */
export interface DiagramRowWords {
	none: string;
	steps(participant: string, steps: number): string;
}

/** The rows that rest on the fault analysis, left empty (with a reason) when it is over budget. */
export const RESTART_ROWS: readonly DiagramRow[] = ['breaks-on-restart', 'survives-restart'];

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
 * without a diagram, where these keys are absent, and for the restart rows of a diagram over budget.
 */
export function diagramRowValues(facts: DiagramFacts, words: DiagramRowWords): Record<string, unknown> {
	const list = (items: string[]): string[] | string => (items.length === 0 ? words.none : items);
	return {
		[diagramRowKey('participants')]: list(facts.participants),
		[diagramRowKey('messages')]: facts.messages,
		[diagramRowKey('holds-state')]: list(facts.holdsState),
		...(facts.restarts === 'computed'
			? {
				[diagramRowKey('breaks-on-restart')]: list(facts.breaksOnRestart.map((b) => words.steps(b.participant, b.steps))),
				[diagramRowKey('survives-restart')]: facts.survivesRestart,
			}
			: {}),
	};
}
