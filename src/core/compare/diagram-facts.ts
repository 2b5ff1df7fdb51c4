import type { Protocol, Step } from '../model';
import { faultMapInSlices } from '../simulate/fault-map';
import { pathSteps } from '../simulate/path';
import { simulate } from '../simulate/simulate';
import { branchCombinations } from './branch-combinations';
import type { DiagramFacts } from './diagram-rows';

/**
 * How much fault analysis the computed rows may do for one diagram, in fault-map cells (a restart of each
 * participant after each position, and a drop of each message): `perRun` for one branch combination, `total`
 * over every combination. Counted, not timed, so a table reads the same on every machine. Past it the restart
 * rows show "—" and say why.
 *
 * Sized from measurement (ADR 0017): with `faultMap` near-linear, one run does 8,600–29,000 cells in 30 ms of
 * CPU on the development machine, the slowest being a session every later request needs (12,008 cells in
 * 42 ms); `perRun` is that run's 30 ms, rounded down. The map is computed in slices (`faultMapInSlices`, a
 * yield after each gap), so a run spans many tasks; `perRun` still bounds the longest gap, since one gap's
 * walks (one per participant, each at most the path) never exceed the run's cells. `total` is 25 such runs,
 * under a second of slices at the slowest rate measured, as the old 40,000 was about 27 of the old `perRun`
 * (1,500 cells, sized when every cell walked to the end of the path).
 */
export const DIAGRAM_FACTS_BUDGET = { perRun: 8_000, total: 200_000 } as const;

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
 * `diagramFacts` as a generator that yields after each piece of work (a simulation, 64 positions' states, a gap
 * of a fault map of one branch combination), so that a caller can spread it over several tasks, show progress
 * and stop when the note changes.
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
		// The map in slices: a yield after each gap of the path.
		const mapping = faultMapInSlices(protocol, { branches });
		let computed = mapping.next();
		while (computed.done !== true) {
			yield;
			computed = mapping.next();
		}
		for (const cell of computed.value.restarts) {
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
