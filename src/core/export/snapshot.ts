/**
 * What one exported step shows, as plain data: the words of the caption and counter, the state panel's
 * cards, and the step's outcome when it does not happen as written. The player reads it off its model;
 * the slide note and the state table are made from it here, without a DOM.
 */

/** One item row of a card, as the state panel shows it at that step. */
export interface SnapshotRow {
	key: string;
	/** The value, or `true` for an item held without one. */
	value: string | true;
	/** What this step did to the item. */
	change?: 'added' | 'changed' | 'removed';
	/** For an item kept through restarts (`%% @durable`): the word that marks it, as the player shows it. */
	durable?: string;
}

/** One participant's card at a step. */
export interface SnapshotCard {
	/** The label the diagram shows. */
	name: string;
	rows: SnapshotRow[];
	/** "Holds nothing at this step" and the like, when the card lists nothing held. */
	note?: string;
	/** At the step the participant restarts: what the restart took and what it kept (issue 18). */
	restartNote?: string;
}

/** What became of a step that did not happen as written, in the player's words (its fault list row). */
export interface SnapshotOutcome {
	/** `failed` and `dropped` are drawn in the failure colour, `consequence` in the warning colour. */
	kind: 'failed' | 'consequence' | 'dropped';
	/** "Step 5 fails:", "Step 6:", "Step 3 lost:". */
	heading: string;
	/** "Server no longer holds session: restarted after step 4", "no answer as written: step 5 failed". */
	reason: string;
}

/** One exported step: the Start position or a step of the path. */
export interface StepSnapshot {
	/** "0 / 8" at Start, "3 / 8": the player's counter (empty when there is nothing to step). */
	counter: string;
	/** "Server → Client: Login Response", or "Start": the player's caption. */
	caption: string;
	/** The step's outcome, when it did not happen as written. */
	outcome?: SnapshotOutcome;
	/** Other facts worth a line: the restarts right after this position. */
	notes: string[];
	cards: SnapshotCard[];
}
