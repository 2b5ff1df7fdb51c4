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

/** Whether the given branch of a block happens for the chosen branches (ignoring the blocks around it). */
export function branchTaken(protocol: Protocol, position: BlockPosition, branches: Readonly<Record<number, number>>): boolean {
	const block = protocol.blocks[position.block];
	// A position naming no block cannot hide a step: showing too much beats silently dropping messages.
	if (block === undefined) return true;
	if (!CHOOSABLE_KINDS.has(block.kind)) return true;
	return chosenBranch(block, branches) === position.branch;
}

/**
 * The branch of `parent` holding `child`: `child.parentBranch` when the parser recorded it, else the branch whose
 * opening line is the last one at or before the child's (a nested block may hold no step).
 */
export function parentBranchOf(parent: Block, child: Block): number {
	if (child.parentBranch !== undefined) return child.parentBranch;
	let holding = 0;
	parent.branches.forEach((branch, index) => {
		// The synthetic "skip" branch has line 0 and holds nothing.
		if (branch.line > 0 && branch.line <= child.line) holding = index;
	});
	return holding;
}

/**
 * Whether each block happens, by block index: every block around it has the branch holding it taken.
 * One pass in index order (a parent opens before its children), so 8,000 nested blocks cost 8,000 checks.
 */
export function blocksOnPath(protocol: Protocol, branches: Readonly<Record<number, number>>): boolean[] {
	const onPath: boolean[] = [];
	for (const block of protocol.blocks) {
		const parent = block.parent === undefined ? undefined : protocol.blocks[block.parent];
		// A parent that is missing or not earlier (a malformed model) cannot hide the block.
		if (parent === undefined || parent.index >= block.index) {
			onPath.push(true);
			continue;
		}
		onPath.push(onPath[parent.index] === true && branchTaken(protocol, { block: parent.index, branch: parentBranchOf(parent, block) }, branches));
	}
	return onPath;
}

/**
 * The step indices that happen, in order, for the chosen branches (SPEC §2 "Path"): the chosen branch of
 * each `alt`/`critical` (first by default), `opt` and `break` taken unless branch 1 ("skip") is chosen,
 * each `loop` once, every `par` branch in the order written, `rect` always. A step inside a block that sits
 * in an untaken branch does not happen.
 */
export function pathOf(protocol: Protocol, branches: Readonly<Record<number, number>> = {}): number[] {
	return pathSteps(protocol, branches).map((step) => step.index);
}

/** The steps that happen, in order, as `pathOf` chooses them (the simulator wants the steps themselves). */
export function pathSteps(protocol: Protocol, branches: Readonly<Record<number, number>> = {}): Step[] {
	const onPath = blocksOnPath(protocol, branches);
	return protocol.steps.filter((step) => {
		if (step.block === undefined) return true;
		return onPath[step.block.block] !== false && branchTaken(protocol, step.block, branches);
	});
}
