import type { Protocol, Step } from '../model';
import { faultMap } from '../simulate/fault-map';
import { pathSteps } from '../simulate/path';
import { simulate } from '../simulate/simulate';
import { branchCombinations } from './branch-combinations';
import type { DiagramFacts } from './diagram-rows';

/**
 * How much fault analysis the computed rows may do for one diagram, in fault-map cells (a restart of each
 * participant after each position, and a drop of each message): `perRun` for one branch combination (one
 * `faultMap`, which cannot be cut into slices, so it must stay a short task), `total` over every combination.
 * Counted, not timed, so a table reads the same on every machine. Past it the restart rows show "—" and say why.
 */
export const DIAGRAM_FACTS_BUDGET = { perRun: 1_500, total: 40_000 } as const;

/** How many positions' states one step of `diagramFactsInSteps` reads at most. */
const STATES_PER_STEP = 64;

/** A budget for `diagramFactsInSteps` (tests pass small ones). */
export interface DiagramFactsBudget {
	perRun: number;
	total: number;
}

/** The fault-map cells of one run along `path`: a restart per participant per gap, a drop per message. */
function faultCells(path: readonly Step[], participants: number): number {
	return (path.length + 1) * participants + path.filter((step) => step.kind === 'message').length;
}

/**
 * `diagramFacts` as a generator that yields after each piece of work (a simulation or a fault map of one branch
 * combination), so that a caller can spread it over several tasks, show progress and stop when the note changes.
 * The restart rows are left out (`restarts: 'over-budget'`) when the fault analysis exceeds `budget`.
 */
export function* diagramFactsInSteps(protocol: Protocol, budget: DiagramFactsBudget = DIAGRAM_FACTS_BUDGET): Generator<void, DiagramFacts, void> {
	const durable = (id: string, key: string): boolean => (protocol.durable[id] ?? []).some((item) => item.key === key);
	const holders = new Set<string>();
	const worst = new Map<string, number>();
	let keepsForNext = false;
	const runs = branchCombinations(protocol)
		.map((branches) => ({ branches, path: pathSteps(protocol, branches) }))
		.filter((run) => run.path.length > 0);
	const cells = runs.map((run) => faultCells(run.path, protocol.participants.length));
	const withinBudget = cells.every((c) => c <= budget.perRun) && cells.reduce((sum, c) => sum + c, 0) <= budget.total;
	yield;
	for (const { branches, path } of runs) {
		const { start, frames } = simulate(protocol, { branches });
		yield;
		for (const [position, step] of path.entries()) {
			// Reading a frame's state builds it (copying what the participant written holds): a long path is read
			// in pieces, a yield between them.
			if (position % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
			if (step.needs.length === 0) continue;
			const before = position === 0 ? start : frames[position - 1]?.state ?? {};
			for (const need of step.needs) {
				if (need.keys.some((key) => !durable(need.participant, key) && before[need.participant]?.[key] !== undefined)) holders.add(need.participant);
			}
		}
		const opener = path.find((step) => step.kind === 'message')?.from;
		const end = frames[frames.length - 1]?.state ?? start;
		for (const [participant, items] of Object.entries(end)) {
			if (participant !== opener && Object.keys(items).some((key) => !durable(participant, key))) keepsForNext = true;
		}
		yield;
		if (!withinBudget) continue;
		for (const cell of faultMap(protocol, { branches }).restarts) {
			if (cell.participant === opener) continue;
			if (cell.failed > (worst.get(cell.participant) ?? 0)) worst.set(cell.participant, cell.failed);
		}
		yield;
	}
	const breaksOnRestart = protocol.participants
		.filter((p) => (worst.get(p.id) ?? 0) > 0)
		.map((p) => ({ participant: p.label, steps: worst.get(p.id) ?? 0 }));
	return {
		participants: protocol.participants.map((p) => p.label),
		messages: protocol.steps.filter((step) => step.kind === 'message').length,
		holdsState: protocol.participants.filter((p) => holders.has(p.id)).map((p) => p.label),
		breaksOnRestart,
		survivesRestart: withinBudget && breaksOnRestart.length === 0 && !keepsForNext,
		restarts: withinBudget ? 'computed' : 'over-budget',
	};
}

/** The computed facts of a diagram, over every branch combination (see `branchCombinations`), in one go. */
export function diagramFacts(protocol: Protocol, budget: DiagramFactsBudget = DIAGRAM_FACTS_BUDGET): DiagramFacts {
	const steps = diagramFactsInSteps(protocol, budget);
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}
