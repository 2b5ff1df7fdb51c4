/**
 * What one exported step shows, as plain data: the words of the caption and counter, the state panel's
 * cards, and the failure, if the step fails. The player reads it off its model; the slide note and the
 * state table are made from it here, without a DOM.
 */

/** One item row of a card, as the state panel shows it at that step. */
export interface SnapshotRow {
	key: string;
	/** The value, or `true` for an item held without one. */
	value: string | true;
	/** What this step did to the item. */
	change?: 'added' | 'changed' | 'removed';
}

/** One participant's card at a step. */
export interface SnapshotCard {
	/** The label the diagram shows. */
	name: string;
	rows: SnapshotRow[];
	/** "Holds nothing at this step" and the like, when the card lists nothing held. */
	note?: string;
}

/** One exported step: the Start position or a step of the path. */
export interface StepSnapshot {
	/** "Start" or "3 / 8": where this slide sits. */
	counter: string;
	/** "Server → Client: Login Response", or the Start position's words. */
	caption: string;
	/** Why the step fails, in the reader's language, when it does. */
	failure?: string;
	/** Other facts worth a line: injected restarts at this step, the step's outcome. */
	notes: string[];
	cards: SnapshotCard[];
}
