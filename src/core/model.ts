/**
 * The protocol model: what the parser produces and the simulator, the player and the tables read.
 * Plain data only — no DOM, no Obsidian — so every layer and every test can build and inspect it.
 */

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

/** One state item a directive names: `key` alone holds `true`, `key = value` holds the value. */
export interface StateItem {
	key: string;
	value: string | true;
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

/** Participant id → item key → value (`true` when the item has no value). */
export type ParticipantState = Record<string, Record<string, string | true>>;

/** Why a step failed, in data, so that the player can say it in the user's language (the core has no words). */
export interface Failure {
	participant: string;
	/** The item the participant did not hold. */
	item: string;
	/** The value the need names (`@needs S: state = ESTABLISHED`), when it names one. */
	value?: string;
	/**
	 * Why it was missing: lost in a restart (injected or scripted) right after the given path position
	 * (−1: before the first step), removed by a directive, never given because the step that would have given it
	 * did not happen (failed, dropped — `lost` — or a consequence), never held, or held with another value
	 * (`held`; `missed`: the latest step that would have set it and did not happen).
	 */
	cause:
		| { kind: 'restart'; atPosition: number; scripted: boolean }
		| { kind: 'removed'; atPosition: number }
		| { kind: 'not-given'; atPosition: number; lost?: true }
		| { kind: 'never' }
		| { kind: 'value'; held: string | true; missed?: { atPosition: number; lost?: true } };
}

/** A change a step made to one participant's item. */
export interface ItemChange {
	participant: string;
	key: string;
	change: 'added' | 'changed' | 'removed';
}

/**
 * What became of a step: it happened as written (`ok`), a need was unmet (`failed`), the message was lost
 * (`dropped`), or an injected fault broke the call it sits in or answers (`consequence`, ADR 0005). Only `ok`
 * applies every effect; a lost message still applies its sender's own.
 */
export type StepOutcome = 'ok' | 'failed' | 'consequence' | 'dropped';

/** A restart that happened: who, whether a `%% @restart` wrote it, and exactly what it took (values as held then). */
export interface AppliedRestart {
	participant: string;
	/** True for `%% @restart`, false for an injected fault. */
	scripted: boolean;
	/** The items the participant held at that moment and lost (durable ones stay), in the order it held them. */
	removed: StateItem[];
}

/** The state after one step of the path. */
export interface Frame {
	/** Step index (as in `Protocol.steps`). */
	step: number;
	/** State after the step (and the restarts right after it). Read-only: records are shared between frames. */
	state: ParticipantState;
	/** What this step (and the restarts right after it) added, changed or removed. */
	changes: ItemChange[];
	outcome: StepOutcome;
	/** For `failed`: the first unmet need, as data. */
	failure?: Failure;
	/** For `consequence`: the path position of the failed or lost step that broke the call (ADR 0005). */
	consequenceOf?: number;
	/** For `consequence`: the step sits inside the broken call rather than answering it. */
	inside?: true;
	/**
	 * The reply's `%% @on-failure TEXT`, when written and the reply is a consequence or answers a call in which
	 * something did not happen as written (a scripted failure or drop: the reply stands, reading this text).
	 */
	label?: string;
	/** Restarts right after this step (scripted ones first, in the order written, then injected ones). */
	restarts: AppliedRestart[];
	/**
	 * True when the step has this outcome with no injected fault at all (the no-fault run agrees), so the
	 * player may keep a scripted outcome hidden until the reader reaches it; false when an injected fault caused it.
	 */
	scripted: boolean;
}

/**
 * An injected fault: a restart of a participant right after path position `after` (−1: before the first step),
 * or the loss of a message (`step` is its step index, as in `Protocol.steps`).
 */
export type Fault = { kind: 'restart'; participant: string; after: number } | { kind: 'drop'; step: number };

/** Options for `simulate`. */
export interface SimulateOptions {
	/** Block index → chosen branch index. Unlisted blocks take their default. */
	branches?: Record<number, number>;
	/** Injected faults. Restarts outside the path's positions, and drops of steps off the path or of notes, do nothing. */
	faults?: Fault[];
}

/** The result of `simulate`: the Start (path position −1) and one frame per step on the path. */
export interface Simulation {
	/** What each participant holds before the first message: durable items plus the `%% @state` lines above it. */
	start: ParticipantState;
	/** Injected restarts before the first step (`after: -1`), applied right after Start. */
	startRestarts: AppliedRestart[];
	frames: Frame[];
}

/** A step a fault breaks: its outcome with the fault is `failed` or `consequence`, and differs from the no-fault run. */
export interface BrokenStep {
	/** Path position. */
	position: number;
	/** Step index. */
	step: number;
	outcome: 'failed' | 'consequence';
	/** For `failed`: the first unmet need. */
	failure?: Failure;
	/** For `consequence`: the path position of the failed or lost step that broke the call. */
	consequenceOf?: number;
	/** For `consequence`: the step sits inside the broken call rather than answering it. */
	inside?: true;
}

/** Options for `faultMap`. */
export interface FaultMapOptions {
	/** Block index → chosen branch index, as for `simulate`. */
	branches?: Record<number, number>;
}

/** A step that fails or is lost without any injected fault (a scripted `@restart`, `@drop` or unmet need). */
export interface BaselineFailure {
	/** Path position. */
	position: number;
	/** Step index. */
	step: number;
	outcome: 'failed' | 'dropped';
	/** For `failed`: the first unmet need. */
	failure?: Failure;
}

/** For every single fault on the path, the steps it breaks (each cell equals `simulate` with that one fault). */
export interface FaultMap {
	/** Number of steps on the path. */
	positions: number;
	/** What fails or is lost with no injected fault, in path order: every cell is measured against this run. */
	baseline: BaselineFailure[];
	/** Every participant (in declaration order) × every `after` from −1 to `positions − 1`, participant-major. */
	restarts: { participant: string; after: number; breaks: BrokenStep[] }[];
	/** Every message to another participant on the path not lost by `@drop`, in path order (notes and self-messages cannot be lost). */
	drops: { position: number; step: number; breaks: BrokenStep[] }[];
}
