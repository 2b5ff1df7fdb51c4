import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BrokenStep, DropCell, Fault, FaultMap, Protocol, RestartCell } from '../../../src/core/model';
import { branchChoices } from '../../../src/core/simulate/branch-choices';
import { breaksOf } from '../../../src/core/simulate/breaks-of';
import { faultMap } from '../../../src/core/simulate/fault-map';
import { pathOf, simulate } from '../../../src/core/simulate/simulate';
import { everyExampleProtocol, exampleProtocol } from './example-protocols';
import { randomProtocol, sessionLikeProtocol } from './random-protocol';

/** The cells of a map that break something, as `participant after K` → broken positions. */
function breakingRestarts(map: FaultMap): Record<string, number[]> {
	const cells: Record<string, number[]> = {};
	for (const cell of map.restarts) if (cell.count > 0) cells[`${cell.participant} after ${cell.after}`] = breaksOf(map, cell).map((broken) => broken.position);
	return cells;
}

/** A cell's tally as the broken steps give it: how many, how many failed, the first one's position. */
function tallyOf(broken: readonly BrokenStep[]): Pick<RestartCell, 'count' | 'failed' | 'first'> {
	return { count: broken.length, failed: broken.filter((step) => step.outcome === 'failed').length, first: broken[0]?.position };
}

/** A cell's own tally, nothing else. */
function tally(cell: RestartCell | DropCell): Pick<RestartCell, 'count' | 'failed' | 'first'> {
	return { count: cell.count, failed: cell.failed, first: cell.first };
}

/** What `simulate` with one fault breaks, worked out from its frames: unscripted failed or consequence outcomes. */
function brokenBySimulation(protocol: Protocol, branches: Record<number, number>, fault: Fault): BrokenStep[] {
	const broken: BrokenStep[] = [];
	simulate(protocol, { branches, faults: [fault] }).frames.forEach((frame, position) => {
		if (frame.scripted || (frame.outcome !== 'failed' && frame.outcome !== 'consequence')) return;
		const step: BrokenStep = { position, step: frame.step, outcome: frame.outcome };
		if (frame.failure !== undefined) step.failure = frame.failure;
		if (frame.consequenceOf !== undefined) step.consequenceOf = frame.consequenceOf;
		if (frame.inside === true) step.inside = true;
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
	// The baseline is the run without injected faults: what fails or is lost there.
	const plain = simulate(protocol, { branches }).frames;
	expect(map.baseline.map((failure) => [failure.position, failure.outcome, failure.failure])).toEqual(plain.flatMap((frame, position) => (frame.outcome === 'failed' || frame.outcome === 'dropped' ? [[position, frame.outcome, frame.failure]] : [])));
	const path = pathOf(protocol, branches);
	expect(map.drops.map((cell) => cell.step)).toEqual(path.filter((index) => protocol.steps[index]?.kind === 'message' && protocol.steps[index]?.from !== protocol.steps[index]?.to && protocol.steps[index]?.drop !== true));
	// The tallies come from walks that stop early and share tails; `breaksOf` walks the one fault again.
	for (const cell of map.restarts) {
		const simulated = brokenBySimulation(protocol, branches, { kind: 'restart', participant: cell.participant, after: cell.after });
		expect(tally(cell), `restart ${cell.participant} after ${cell.after}`).toEqual(tallyOf(simulated));
		expect(breaksOf(map, cell), `restart ${cell.participant} after ${cell.after}`).toEqual(simulated);
	}
	for (const cell of map.drops) {
		const simulated = brokenBySimulation(protocol, branches, { kind: 'drop', step: cell.step });
		expect(tally(cell), `drop step ${cell.step}`).toEqual(tallyOf(simulated));
		expect(breaksOf(map, cell), `drop step ${cell.step}`).toEqual(simulated);
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
		expect(afterStore === undefined ? undefined : tally(afterStore)).toEqual({ count: 2, failed: 1, first: 4 });
		expect(afterStore === undefined ? [] : breaksOf(map, afterStore)).toEqual([
			{ position: 4, step: 4, outcome: 'failed', failure: { participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 2, scripted: false } } },
			{ position: 5, step: 5, outcome: 'consequence', consequenceOf: 4 },
		]);
	});

	it('finds no Server restart that breaks the stateless twin; only the Client losing its token does', () => {
		const map = faultMap(exampleProtocol('무상태 프로토콜 (Stateless).md', 'protocol'));
		expect(map.restarts.filter((cell) => cell.participant === 'Server').every((cell) => cell.count === 0)).toBe(true);
		expect(breakingRestarts(map)).toEqual({ 'Client after 2': [3, 4] });
	});

	it('breaks only the Redis row in the Redis branch of 세션과 수평 확장, up to the client\'s answer', () => {
		const map = faultMap(exampleProtocol('세션과 수평 확장.md', 'protocol'), { branches: { 0: 1 } });
		// Path: 0 C→LB, 1 LB→A, 2 A→R SET, 3 Set-Cookie, 4 C→LB GET, 5 LB→B GET, 6 B→R GET sid, 7 R→B session, 8 Profile.
		// Issue 17: the failure now climbs through Server B's call to the Profile answer (8), which it did not before.
		expect(breakingRestarts(map)).toEqual({ 'R after 2': [6, 7, 8], 'R after 3': [6, 7, 8], 'R after 4': [6, 7, 8], 'R after 5': [6, 7, 8] });
		expect(map.baseline).toEqual([]);
	});

	it('lists what fails without any fault, and measures every cell against it (issue 17, finding 6)', () => {
		const map = faultMap(exampleProtocol('세션과 수평 확장.md', 'protocol'));
		// Memory branch: 0 C→LB, 1 LB→A, 2 Store session, 3 Set-Cookie, 4 C→LB GET, 5 LB→B GET (needs B: session), 6 401.
		expect(map.baseline).toEqual([{ position: 5, step: 5, outcome: 'failed', failure: { participant: 'B', item: 'session', cause: { kind: 'never' } } }]);
		expect(breakingRestarts(map)).toEqual({});
	});

	it('lists what losing each TCP segment breaks', () => {
		const map = faultMap(exampleProtocol('TCP.md', 'protocol'));
		// 0 SYN, 1 SYN-ACK, 2 ACK (needs C: state = ESTABLISHED), 3 data (needs S: state = ESTABLISHED, connection), 4 ACK.
		// Issue 17 (hand-checked again): the lost SYN-ACK now stops the ACK and the data, values in needs count,
		// and the ACK (a request never answered) no longer has a "reply".
		expect(map.drops.map((cell) => breaksOf(map, cell).map((broken) => [broken.position, broken.outcome]))).toEqual([
			// The SYN lost: the SYN-ACK answers a request that never arrived, the client never gets ESTABLISHED.
			[[1, 'consequence'], [2, 'failed'], [3, 'failed'], [4, 'consequence']],
			// The SYN-ACK lost: the client stays in SYN_SENT, so no ACK, and the server takes no data.
			[[2, 'failed'], [3, 'failed'], [4, 'consequence']],
			// The ACK lost: the server stays in SYN_RCVD.
			[[3, 'failed'], [4, 'consequence']],
			// The data lost: its ACK answers nothing.
			[[4, 'consequence']],
			[],
		]);
		expect(map.drops.map(tally)).toEqual([{ count: 4, failed: 2, first: 1 }, { count: 3, failed: 2, first: 2 }, { count: 2, failed: 1, first: 3 }, { count: 1, failed: 0, first: 4 }, { count: 0, failed: 0, first: undefined }]);
		const ack = map.drops[2];
		expect(ack === undefined ? undefined : breaksOf(map, ack)[0]?.failure).toEqual({ participant: 'S', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_RCVD', missed: { atPosition: 2, lost: true } } });
		expect(map.baseline).toEqual([]);
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

	it('equals simulate with that single fault in every cell of longer generated protocols, where walks join walks that joined others', () => {
		// Items given seldom and needed often, in calls: neighbouring faults' walks often come to hold the same, so
		// many tallies are shared tails (a walk joins the previous fault's walk, which joined an earlier one).
		fc.assert(fc.property(sessionLikeProtocol(40), (protocol) => {
			expectEveryCellToMatchSimulate(protocol, {});
		}), { numRuns: 80 });
	});
});
