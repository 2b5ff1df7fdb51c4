import type { Block, BlockKind, BlockPosition, Protocol, Step } from '../model';

/** Block kinds whose branch the user picks; every other kind always happens (`loop` once, each `par` branch, `rect`). */
export const CHOOSABLE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['alt', 'critical', 'opt', 'break']);

/**
 * The branch of `block` that happens: the user's choice when it names an existing branch, otherwise the first.
 * For `opt` and `break` branch 0 is "taken" and branch 1 the synthetic "skip".
 */
export function chosenBranch(block: Block, branches: Readonly<Record<number, number>> = {}): number {
	const choice = branches[block.index];
	// A stale or hand-edited choice (the block lost an `else`) falls back to the default instead of hiding everything.
	if (choice === undefined || !Number.isInteger(choice) || choice < 0 || choice >= block.branches.length) return 0;
	return choice;
}

/** Whether the given branch of a block happens for the chosen branches. */
export function branchTaken(protocol: Protocol, position: BlockPosition, branches: Readonly<Record<number, number>>): boolean {
	const block = protocol.blocks[position.block];
	// A position naming no block cannot hide a step: showing too much beats silently dropping messages.
	if (block === undefined) return true;
	if (!CHOOSABLE_KINDS.has(block.kind)) return true;
	return chosenBranch(block, branches) === position.branch;
}

/**
 * The step indices that happen, in order, for the chosen branches (SPEC §2 "Path"): the chosen branch of
 * each `alt`/`critical` (first by default), `opt` and `break` taken unless branch 1 ("skip") is chosen,
 * each `loop` once, every `par` branch in the order written, `rect` always. A step inside a block that sits
 * in an untaken branch does not happen, because its `blocks` list names that outer branch too.
 */
export function pathOf(protocol: Protocol, branches: Readonly<Record<number, number>> = {}): number[] {
	return pathSteps(protocol, branches).map((step) => step.index);
}

/** The steps that happen, in order, as `pathOf` chooses them (the simulator wants the steps themselves). */
export function pathSteps(protocol: Protocol, branches: Readonly<Record<number, number>> = {}): Step[] {
	return protocol.steps.filter((step) => step.blocks.every((position) => branchTaken(protocol, position, branches)));
}
