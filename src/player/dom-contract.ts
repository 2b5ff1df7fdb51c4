/**
 * The player's DOM contract (docs/dom-contract.md): every action, role, class and data attribute that CSS
 * snippets, tests, the standalone script and the plugin may rely on, in one place. Builders create elements
 * with these names, handlers dispatch on them and the export strips by them, so a rename is one edit here
 * (and in the document, which a test holds equal to these constants in both directions).
 */

/** `data-action` values: buttons whose click the player (or a compare block, or the export menu) handles. */
export const ACTION = {
	first: 'first',
	prev: 'prev',
	play: 'play',
	next: 'next',
	last: 'last',
	restart: 'restart',
	drop: 'drop',
	clearFaults: 'clear-faults',
	faultMap: 'fault-map',
	/** On a narrow player, shows more entries of one group of the fault map's list. */
	faultMapMore: 'fault-map-more',
	compareApply: 'compare-apply',
	compareClear: 'compare-clear',
	export: 'export',
	copyStep: 'copy-step',
} as const;

/** A `data-action` value. */
export type Action = (typeof ACTION)[keyof typeof ACTION];

/** The actions a player's own root handles (the rest belong to a compare block or the export menu). */
export type PlayerAction = Exclude<Action, 'compare-apply' | 'compare-clear' | 'export' | 'copy-step'>;

/** The actions that only move the position, bound to keys as well as buttons. */
export type StepAction = 'first' | 'prev' | 'next' | 'last';

/** `data-role` values: parts of the player, compare block and error message that tests and hosts find. */
export const ROLE = {
	counter: 'counter',
	caption: 'caption',
	announcer: 'announcer',
	speed: 'speed',
	title: 'title',
	kind: 'kind',
	warnings: 'warnings',
	state: 'state',
	faults: 'faults',
	failure: 'failure',
	faultMap: 'fault-map',
	faultMapVerdict: 'fault-map-verdict',
	faultMapDetail: 'fault-map-detail',
	/** The fault map as a list per participant, shown instead of the grid while the player is narrow. */
	faultMapList: 'fault-map-list',
	/** The visible caption under the grid: the column the reader is on, in words. */
	faultMapColumn: 'fault-map-column',
	branches: 'branches',
	branch: 'branch',
	exportMenu: 'export-menu',
	errorLine: 'error-line',
	errorText: 'error-text',
	errorMessage: 'error-message',
	compareKind: 'compare-kind',
	compareParticipant: 'compare-participant',
	compareMoment: 'compare-moment',
	compareNothing: 'compare-nothing',
	compareProblems: 'compare-problems',
	compareMissing: 'compare-missing',
	verdict: 'verdict',
	/** On a card at the step its participant restarts: what the restart took and what it kept. */
	restartNote: 'restart-note',
	/** The fault map painted on the drawing while the map is open. */
	faultOverlay: 'fault-overlay',
} as const;

/** A `data-role` value. */
export type Role = (typeof ROLE)[keyof typeof ROLE];

/** Classes of the contract: roots, a step's state and outcome, fault rows, and what the export strips. */
export const CLASS = {
	player: 'protocol-player',
	error: 'protocol-error',
	compare: 'protocol-compare',
	compareSide: 'protocol-compare-side',
	preview: 'protocol-preview',
	previewMessage: 'protocol-preview-message',
	previewPlayer: 'protocol-preview-player',
	previewProblem: 'protocol-preview-problem',
	stale: 'is-stale',
	past: 'is-past',
	current: 'is-current',
	future: 'is-future',
	offPath: 'is-off-path',
	failed: 'is-failed',
	consequence: 'is-consequence',
	dropped: 'is-dropped',
	willFail: 'is-will-fail',
	empty: 'is-empty',
	faultRestart: 'protocol-fault-restart',
	faultDrop: 'protocol-fault-drop',
	faultOutcome: 'protocol-fault-outcome',
	restartMarker: 'protocol-restart-marker',
	/** The `<foreignObject>` holding a branch choice on the drawing; an exported image has none. */
	branchOverlay: 'protocol-branch-overlay',
	/** A condition label hidden under its branch choice; an exported image shows it again. */
	covered: 'protocol-covered',
	/** A step's failure tooltip (`<title>`); an exported image says the reason in its caption instead. */
	failureTitle: 'protocol-failure-title',
	/** The visible word that marks a durable item. */
	durable: 'protocol-state-durable',
	restartNote: 'protocol-state-restart-note',
	faultOverlay: 'protocol-fault-overlay',
	/** A lifeline stretch of the fault map on the drawing (a restart cell). */
	faultLifeline: 'protocol-fault-lifeline',
	/** A losable message's mark of the fault map on the drawing (a drop cell). */
	faultDropMark: 'protocol-fault-drop-mark',
	/** The fault map grid's column header whose words the caption under the grid shows. */
	captioned: 'is-captioned',
} as const;

/** A class of the contract. */
export type ContractClass = (typeof CLASS)[keyof typeof CLASS];

/** Data attributes of the contract, by full attribute name. */
export const DATA = {
	action: 'data-action',
	role: 'data-role',
	step: 'data-step',
	steps: 'data-steps',
	started: 'data-started',
	stepIndex: 'data-step-index',
	participant: 'data-participant',
	item: 'data-item',
	change: 'data-change',
	after: 'data-after',
	position: 'data-position',
	breaks: 'data-breaks',
	dropStep: 'data-drop-step',
	baselineFails: 'data-baseline-fails',
	line: 'data-line',
	computing: 'data-computing',
	block: 'data-block',
	branch: 'data-branch',
	restartParticipant: 'data-restart-participant',
	restartPosition: 'data-restart-position',
	count: 'data-count',
	source: 'data-source',
	fails: 'data-fails',
	missing: 'data-missing',
	format: 'data-format',
	kind: 'data-kind',
	/** On an item that survives restarts (`@durable`). */
	durable: 'data-durable',
	/** On a fault-map cell painted on the drawing, and on an entry of the map's list. */
	faultCell: 'data-fault-cell',
	/** On the player's root while it is narrower than 480 px: the fault map is a list, not a grid. */
	narrow: 'data-narrow',
} as const;

/** A data attribute of the contract. */
export type DataAttribute = (typeof DATA)[keyof typeof DATA];

/** The selector of an action's buttons: `[data-action="…"]`. */
export function byAction(action: Action): string {
	return `[${DATA.action}="${action}"]`;
}

/** The selector of a role's elements: `[data-role="…"]`. */
export function byRole(role: Role): string {
	return `[${DATA.role}="${role}"]`;
}

/** The selector of a class of the contract: `.…`. */
export function byClass(name: ContractClass): string {
	return `.${name}`;
}

/** Whether a `data-action` value read from the page is one of the player's own actions. */
export function isPlayerAction(value: string | null): value is PlayerAction {
	return value !== null && PLAYER_ACTIONS.has(value);
}

const PLAYER_ACTIONS: ReadonlySet<string> = new Set<PlayerAction>([
	ACTION.first, ACTION.prev, ACTION.play, ACTION.next, ACTION.last,
	ACTION.restart, ACTION.drop, ACTION.clearFaults, ACTION.faultMap, ACTION.faultMapMore,
]);
