import type { Block, Fault, Protocol, Step } from '../src/core/model';
import { simulate } from '../src/core/simulate/simulate';
import type { BenchRow } from './types';

const STEPS = 200;
const RUNS = 2000;

/**
 * A 200-step login-heavy protocol built directly (no parser in the measurement): five clients and three servers,
 * each server storing a session and a few items, later requests needing them, a scripted restart every 50 steps,
 * and every 20 steps an `alt` of two branches, so the path walk and the copy-on-write state both do real work.
 */
function generatedProtocol(): Protocol {
	const clients = ['C0', 'C1', 'C2', 'C3', 'C4'];
	const servers = ['S0', 'S1', 'S2'];
	const steps: Step[] = [];
	const blocks: Block[] = [];
	for (let index = 0; index < STEPS; index++) {
		const client = clients[index % clients.length] ?? 'C0';
		const server = servers[index % servers.length] ?? 'S0';
		const step: Step = {
			index, kind: 'message', from: client, to: server, text: `request ${index}`, line: index + 2,
			effects: [], needs: [],
		};
		if (index % 4 === 0) {
			step.effects.push({
				kind: 'add', participant: server, line: index + 2,
				items: [{ key: `session ${client}`, value: `s${index}` }, { key: 'last login', value: String(index) }],
			});
			step.effects.push({ kind: 'add', participant: client, items: [{ key: 'cookie', value: `s${index}` }], line: index + 2 });
		} else if (index % 4 === 2) {
			step.needs.push({ participant: server, keys: [`session ${client}`], line: index + 2 });
		} else if (index % 50 === 49) {
			step.effects.push({ kind: 'restart', participant: server, line: index + 2 });
		} else if (index % 8 === 7) {
			step.effects.push({ kind: 'remove', participant: server, keys: ['last login'], line: index + 2 });
		}
		// Every 20 steps, steps 10-11 of the stretch form an alt's two branches.
		if (index % 20 === 10) {
			blocks.push({
				index: blocks.length, kind: 'alt', label: 'ok', line: index + 2, endLine: index + 4,
				branches: [{ label: 'ok', line: index + 2, firstStep: index, endStep: index + 1 }, { label: 'error', line: index + 3, firstStep: index + 1, endStep: index + 2 }],
			});
		}
		if (index % 20 === 10 || index % 20 === 11) step.block = { block: blocks.length - 1, branch: index % 20 === 10 ? 0 : 1 };
		steps.push(step);
	}
	return {
		participants: [...clients, ...servers].map((id, line) => ({ id, label: id, kind: 'participant', line })),
		steps, blocks, boxes: [],
		initial: servers.map((id) => ({ kind: 'add', participant: id, items: [{ key: 'state', value: 'up' }], line: 1 })),
		durable: { S0: [{ key: 'config', value: 'prod' }] },
	};
}

/** Measures `simulate` on a generated 200-step protocol with injected restarts, averaged over many runs. */
export async function run(): Promise<BenchRow[]> {
	const protocol = generatedProtocol();
	// Path positions: the alt at step 50 takes its second branch, so positions from there on are one less than indices.
	const faults: Fault[] = [{ kind: 'restart', participant: 'S0', after: 30 }, { kind: 'restart', participant: 'S1', after: 89 }, { kind: 'restart', participant: 'S2', after: 149 }];
	const options = { faults, branches: { 2: 1 } };
	// Warm up so the figure is the steady cost the player pays on each branch choice or fault, not JIT compilation.
	for (let i = 0; i < 200; i++) simulate(protocol, options);
	const started = performance.now();
	let frames = 0;
	for (let i = 0; i < RUNS; i++) frames += simulate(protocol, options).frames.length;
	const average = (performance.now() - started) / RUNS;
	// Using the result keeps the engine from discarding the work.
	if (frames === 0) throw new Error('simulate produced no frames');
	return [{
		what: `simulate ${STEPS}-step protocol with restarts (avg of ${RUNS})`,
		measured: Math.round(average * 1000) / 1000,
		unit: 'ms',
		target: '< 1 ms',
		met: average < 1,
	}];
}
