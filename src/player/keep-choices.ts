import { isChoosable } from '../core';
import type { PlayerChoices } from './api';
import type { PlayerModel } from './player-model';

/** The reader's choices as a player holds them now: branches, injected restarts (by the step they follow) and drops. */
export function choicesOf(model: PlayerModel): PlayerChoices {
	return { branches: { ...model.branches }, restarts: model.restarts.map((r) => ({ ...r })), drops: [...model.drops] };
}

/**
 * Gives a freshly parsed model the choices of its previous drawing, as far as they still apply to the edited block:
 * a branch of a block that still has it, a restart of a participant that still exists after a step that still exists,
 * the loss of a step that is still a message. A choice kept counts as the reader's move, as it did before.
 */
export function keepChoices(model: PlayerModel, choices: PlayerChoices): void {
	const { protocol } = model;
	let kept = false;
	for (const [key, branch] of Object.entries(choices.branches)) {
		const block = protocol.blocks[Number(key)];
		if (!block || !isChoosable(block.kind) || !Number.isInteger(branch) || branch < 0 || branch >= block.branches.length) continue;
		model.branches[block.index] = branch;
		kept = true;
	}
	const ids = new Set(protocol.participants.map((p) => p.id));
	model.restarts = choices.restarts.filter((r) => ids.has(r.participant) && (r.afterStep === -1 || protocol.steps[r.afterStep] !== undefined));
	model.drops = choices.drops.filter((step) => protocol.steps[step]?.kind === 'message');
	if (!kept && !model.hasFaults()) return;
	model.started = true;
	model.recompute();
}
