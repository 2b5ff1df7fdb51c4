import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BrokenStep, Fault, FaultMap, Protocol } from '../../../src/core/model';
import { branchChoices } from '../../../src/core/simulate/branch-choices';
import { faultMap } from '../../../src/core/simulate/fault-map';
import { simulate } from '../../../src/core/simulate/simulate';
import { everyExampleProtocol, exampleProtocol } from './example-protocols';
import { randomProtocol } from './random-protocol';

/** The cells of a map that break something, as `participant after K` → broken positions. */
function breakingRestarts(map: FaultMap): Record<string, number[]> {
	const cells: Record<string, number[]> = {};
	for (const cell of map.restarts) if (cell.breaks.length > 0) cells[`${cell.participant} after ${cell.after}`] = cell.breaks.map((broken) => broken.position);
	return cells;
}

/** What `simulate` with one fault breaks, worked out from its frames: unscripted failed or consequence outcomes. */
function brokenBySimulation(protocol: Protocol, branches: Record<number, number>, fault: Fault): BrokenStep[] {
	const broken: BrokenStep[] = [];
	simulate(protocol, { branches, faults: [fault] }).frames.forEach((frame, position) => {
		if (frame.scripted || (frame.outcome !== 'failed' && frame.outcome !== 'consequence')) return;
		const step: BrokenStep = { position, step: frame.step, outcome: frame.outcome };
		if (frame.failure !== undefined) step.failure = frame.failure;
		if (frame.consequenceOf !== undefined) step.consequenceOf = frame.consequenceOf;
		broken.push(step);
	});
	return broken;
}

/** Every branch choice of a protocol taken one at a time, plus the defaults. */
function branchSettings(protocol: Protocol): Record<number, number>[] {
	const settings: Record<number, number>[] = [{}];
	for (const choice of branchChoices(protocol)) for (const option of choice.options.slice(1)) settings.push({ [choice.block]: option.branch });
	return settings;
}

function expectEveryCellToMatchSimulate(protocol: Protocol, branches: Record<number, number>): void {
	const map = faultMap(protocol, { branches });
	for (const cell of map.restarts) {
		expect(cell.breaks, `restart ${cell.participant} after ${cell.after}`).toEqual(brokenBySimulation(protocol, branches, { kind: 'restart', participant: cell.participant, after: cell.after }));
	}
	for (const cell of map.drops) {
		expect(cell.breaks, `drop step ${cell.step}`).toEqual(brokenBySimulation(protocol, branches, { kind: 'drop', step: cell.step }));
	}
}

describe('faultMap', () => {
	it('has a cell for every participant and every gap, and one for every message on the path', () => {
		const map = faultMap(exampleProtocol('TCP.md', 'protocol'));
		expect(map.positions).toBe(5);
		expect(map.restarts.map((cell) => `${cell.participant}${cell.after}`)).toEqual([
			'C-1', 'C0', 'C1', 'C2', 'C3', 'C4', 'S-1', 'S0', 'S1', 'S2', 'S3', 'S4',
		]);
		expect(map.drops.map((cell) => [cell.position, cell.step])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
	});

	it('breaks the Stateful login on a Server restart after "Store session" and after the response, and on a Client restart after the response', () => {
		const map = faultMap(exampleProtocol('Stateful login.md', 'protocol'));
		expect(breakingRestarts(map)).toEqual({ 'Client after 3': [4, 5], 'Server after 2': [4, 5], 'Server after 3': [4, 5] });
		const afterStore = map.restarts.find((cell) => cell.participant === 'Server' && cell.after === 2);
		expect(afterStore?.breaks).toEqual([
			{ position: 4, step: 4, outcome: 'failed', failure: { participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 2, scripted: false } } },
			{ position: 5, step: 5, outcome: 'consequence', consequenceOf: 4 },
		]);
	});

	it('finds no Server restart that breaks the stateless twin; only the Client losing its token does', () => {
		const map = faultMap(exampleProtocol('무상태 프로토콜 (Stateless).md', 'protocol'));
		expect(map.restarts.filter((cell) => cell.participant === 'Server').every((cell) => cell.breaks.length === 0)).toBe(true);
		expect(breakingRestarts(map)).toEqual({ 'Client after 2': [3, 4] });
	});

	it('breaks only the Redis row in the Redis branch of 세션과 수평 확장', () => {
		const map = faultMap(exampleProtocol('세션과 수평 확장.md', 'protocol'), { branches: { 0: 1 } });
		// Path: 0 C→LB, 1 LB→A, 2 A→R SET, 3 Set-Cookie, 4 C→LB GET, 5 LB→B GET, 6 B→R GET sid, 7 R→B session, 8 Profile.
		expect(breakingRestarts(map)).toEqual({ 'R after 2': [6, 7], 'R after 3': [6, 7], 'R after 4': [6, 7], 'R after 5': [6, 7] });
	});

	it('lists what losing each TCP segment breaks', () => {
		const map = faultMap(exampleProtocol('TCP.md', 'protocol'));
		expect(map.drops.map((cell) => cell.breaks.map((broken) => [broken.position, broken.outcome]))).toEqual([
			// The SYN lost: the SYN-ACK answers nothing, and the server never got the connection.
			[[1, 'consequence'], [3, 'failed'], [4, 'consequence']],
			// The SYN-ACK lost: the client's ACK answers nothing (its effect, the server's ESTABLISHED, is not needed).
			[[2, 'consequence']],
			[],
			// The data lost: its ACK answers nothing.
			[[4, 'consequence']],
			[],
		]);
		expect(map.drops[0]?.breaks[1]?.failure).toEqual({ participant: 'S', item: 'connection', cause: { kind: 'not-given', atPosition: 0 } });
	});

	it('equals simulate with that single fault in every cell of every example block and branch', () => {
		const examples = everyExampleProtocol();
		expect(examples.length).toBeGreaterThanOrEqual(8);
		for (const { protocol } of examples) {
			for (const branches of branchSettings(protocol)) expectEveryCellToMatchSimulate(protocol, branches);
		}
	});

	it('equals simulate with that single fault in every cell of generated protocols', () => {
		fc.assert(fc.property(randomProtocol({ removes: true, restarts: true, drops: true }), (protocol) => {
			expectEveryCellToMatchSimulate(protocol, {});
		}), { numRuns: 150 });
	});
});
