import type { Frame, Protocol, SimulateOptions } from '../model';

/** The step indices that happen, in order, for the chosen branches (SPEC §2 "Path"). */
export function pathOf(protocol: Protocol, branches: Record<number, number> = {}): number[] {
	void protocol; void branches;
	throw new Error('pathOf: being written (issue 2)');
}

/** One frame per step on the path: the state after it and whether its needs were met. */
export function simulate(protocol: Protocol, options: SimulateOptions = {}): Frame[] {
	void protocol; void options;
	throw new Error('simulate: being written (issue 2)');
}
