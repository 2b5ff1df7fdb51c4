/**
 * The protocol model: what the parser produces and the simulator, the player and the tables read.
 * Plain data only — no DOM, no Obsidian — so every layer and every test can build and inspect it.
 */

import type { StateItem } from './state-item';

export type { StateItem } from './state-item';

/** A problem found in a block, located by its 1-based line within the block. */
export interface Diagnostic {
	/** 1-based line number within the block's source. */
	line: number;
	/** What is wrong and what was expected, in plain English. */
	message: string;
	/** The offending source line, trimmed, when there is one. */
	text?: string;
}

/** How Mermaid draws a participant. */
export type ParticipantKind =
	| 'participant'
	| 'actor'
	| 'boundary'
	| 'control'
	| 'entity'
	| 'database'
	| 'collections'
	| 'queue';

/** One lifeline of the diagram. */
export interface Participant {
	/** The name messages use (`A` in `participant A as Alice`). */
	id: string;
	/** What the diagram shows (`Alice`); equals `id` without an alias. */
	label: string;
	kind: ParticipantKind;
	/** Line where it was declared or first used. */
	line: number;
	/** Index into `Protocol.boxes` when declared inside a `box`. */
	box?: number;
	/** Step index of the message that creates it (`create participant`). */
	createdAt?: number;
	/** Step index of the message that destroys it (`destroy X`). */
	destroyedAt?: number;
}

/** A `box ... end` group of participants. */
export interface Box {
	label: string;
	color?: string;
	participants: string[];
}


/** A change to participants' state that happens right after a step (or before the first, for `initial`). */
export type Effect =
	| { kind: 'add'; participant: string; items: StateItem[]; line: number; inferred?: boolean }
	| { kind: 'remove'; participant: string; keys: string[]; line: number }
	| { kind: 'restart'; participant: string; line: number };

/** A precondition of a step: `participant` must hold `keys` when the step happens. */
export interface Need {
	participant: string;
	keys: string[];
	/**
	 * Per key (same order as `keys`), the value it must hold (`@needs S: state = ESTABLISHED`), or `true` for any
	 * value. Absent when no key names a value.
	 */
	values?: (string | true)[];
	line: number;
}

/** Where a step sits inside blocks, outermost first. */
export interface BlockPosition {
	block: number;
	branch: number;
}

/** One message or note: the unit the player steps through. */
export interface Step {
	/** 0-based position among all messages and notes, as written. */
	index: number;
	kind: 'message' | 'note';
	/** Sender (message) or first participant the note stands on. */
	from: string;
	/** Receiver (message) or last participant the note stands on (`Note right of A` → A). */
	to: string;
	/** The text as Mermaid shows it after entity decoding (`<br>` kept as written). */
	text: string;
	/** 1-based line in the block. */
	line: number;
	/** The arrow as written (`->>`, `-->>`, `-x`, `<<->>`, ...); notes have none. */
	arrow?: string;
	/** For notes: `over`, `left of` or `right of`. */
	placement?: 'over' | 'left of' | 'right of';
	/** Participant activated by `+` on this message, or by an `activate` line right after it. */
	activates?: string[];
	/** Participant deactivated by `-` on this message, or by a `deactivate` line right after it. */
	deactivates?: string[];
	/** The number autonumber draws beside this message, when autonumber is on. */
	sequenceNumber?: number;
	/**
	 * The innermost block around this step, and its branch; absent at top level. The blocks further out
	 * follow from `Block.parent`/`Block.parentBranch` (stored once, so deep nesting stays linear in size).
	 */
	block?: BlockPosition;
	/** State changes that apply right after this step. */
	effects: Effect[];
	/** What must hold for this step to succeed. */
	needs: Need[];
	/** `%% @drop` under a message: the message is lost on the way (a scripted drop). */
	drop?: boolean;
	/** `%% @on-failure TEXT` under a reply: its label while the request it answers failed or was lost. */
	onFailure?: string;
	/** The name `%% @phase NAME` under this step gives the moment right after it. */
	phase?: string;
}

/** The kinds of Mermaid block statements. */
export type BlockKind = 'alt' | 'opt' | 'loop' | 'par' | 'critical' | 'break' | 'rect';

/** One branch of a block: `alt`'s first part, each `else`, ... */
export interface Branch {
	label: string;
	/** 1-based line of the keyword that opens the branch (or 0 for the synthetic "skip" branch). */
	line: number;
	/**
	 * The steps directly or indirectly inside this branch: indices `firstStep` ≤ i < `endStep` (steps are
	 * numbered as written, so a branch's steps are contiguous). Empty when `firstStep === endStep`.
	 */
	firstStep: number;
	endStep: number;
}

/** A `loop/alt/opt/par/critical/break/rect ... end` block. */
export interface Block {
	/** 0-based, in order of the opening lines. */
	index: number;
	kind: BlockKind;
	label: string;
	/** 1-based line of the opening keyword. */
	line: number;
	/** 1-based line of `end`. */
	endLine: number;
	/** Index of the enclosing block, if any. */
	parent?: number;
	/** The branch of the enclosing block that holds this one (present with `parent`). */
	parentBranch?: number;
	/** For `opt` and `break`, branch 1 is the synthetic "skip" branch with no steps. */
	branches: Branch[];
}

/** Autonumber settings in force (Mermaid: `autonumber [start [increment]]`). */
export interface Autonumber {
	start: number;
	increment: number;
}

/** A parsed `protocol` (or Mermaid sequence) block. */
export interface Protocol {
	title?: string;
	kind?: 'stateful' | 'stateless';
	participants: Participant[];
	steps: Step[];
	blocks: Block[];
	boxes: Box[];
	/** Effects written before the first step: the starting state. */
	initial: Effect[];
	/** Items each participant holds from the start and keeps through a restart. */
	durable: Record<string, StateItem[]>;
	/** Present when `autonumber` is on. */
	autonumber?: Autonumber;
}

/** Options for `parseProtocol`. */
export interface ParseOptions {
	/** Infer state from "store"-like self-messages followed by a note (SPEC §1). Default true. */
	inferState?: boolean;
}

/** The result of parsing: never thrown, always returned. */
export type ParseResult =
	| { ok: true; protocol: Protocol; warnings: Diagnostic[] }
	| { ok: false; errors: Diagnostic[] };

// What the simulator makes of a protocol (frames, faults, the fault map) lives beside it, one job per file.
export * from './simulation-model';
