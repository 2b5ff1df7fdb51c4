import type { Protocol, Step } from '../src/core/model';
import { parseProtocol } from '../src/core/parse/parse-protocol';
import { faultMap } from '../src/core/simulate/fault-map';
import { simulate } from '../src/core/simulate/simulate';
import type { BenchRow } from './types';

const STEPS = 200;

/**
 * 200 steps between six participants, as a login-heavy note: three clients each log in to one of two servers
 * (which store a session and a user, and answer with a cookie), later requests need them, a database keeps
 * durable rows, and now and then a request and its reply form a pair. Every participant holds something
 * most of the time, so most fault-map cells are really walked.
 */
export function loginProtocol(): Protocol {
	const clients = ['C0', 'C1', 'C2'];
	const servers = ['S0', 'S1'];
	const steps: Step[] = [];
	const step = (from: string, to: string, fill: (s: Step) => void): void => {
		const s: Step = { index: steps.length, kind: 'message', from, to, text: `m${steps.length}`, line: steps.length + 2, effects: [], needs: [] };
		fill(s);
		steps.push(s);
	};
	// Each round, one client logs in to its server, asks for data (the server asks the database), fetches its
	// profile and shows it: nine steps, every need met without faults.
	for (let round = 0; steps.length < STEPS; round++) {
		const client = clients[round % clients.length] ?? 'C0';
		const server = servers[(round % clients.length) % servers.length] ?? 'S0';
		const line = steps.length;
		step(client, server, (s) => s.effects.push({ kind: 'add', participant: server, items: [{ key: `session ${client}`, value: `s${round}` }, { key: `user ${client}`, value: 'alice' }], line }));
		step(server, client, (s) => s.effects.push({ kind: 'add', participant: client, items: [{ key: 'cookie', value: `s${round}` }], line }));
		step(client, server, (s) => s.needs.push({ participant: client, keys: ['cookie'], line }, { participant: server, keys: [`session ${client}`], line }));
		step(server, 'DB', (s) => s.needs.push({ participant: 'DB', keys: ['rows'], line }));
		step('DB', server, (s) => s.effects.push({ kind: 'add', participant: server, items: [{ key: 'cache', value: String(round) }], line }));
		step(server, client, () => undefined);
		step(client, server, (s) => s.needs.push({ participant: server, keys: [`user ${client}`, 'cache'], line }));
		step(server, client, (s) => s.effects.push({ kind: 'add', participant: client, items: [{ key: 'profile', value: String(round) }], line }));
		step(client, client, (s) => s.needs.push({ participant: client, keys: ['profile'], line }));
	}
	steps.length = STEPS;
	return {
		participants: [...clients, ...servers, 'DB'].map((id, line) => ({ id, label: id, kind: 'participant', line })),
		steps, blocks: [], boxes: [],
		initial: [{ kind: 'add', participant: 'DB', items: [{ key: 'rows', value: 'users' }], line: 1 }],
		durable: { DB: [{ key: 'rows', value: 'users' }] },
	};
}

/**
 * A chain of `steps` requests and answers among `participants` (issue 24's "2,000 × 5"): each request hands the
 * next participant a token its own request then needs, and the answer needs the asker's token.
 */
export function tokenChain(participants: number, steps: number): Protocol {
	const ids = Array.from({ length: participants }, (_, i) => `P${i}`);
	const list: Step[] = [];
	for (let i = 0; list.length < steps; i++) {
		const from = ids[i % participants] ?? 'P0';
		const to = ids[(i + 1) % participants] ?? 'P0';
		const line = list.length + 2;
		list.push({ index: list.length, kind: 'message', from, to, text: `pass ${i}`, arrow: '->>', line, effects: [{ kind: 'add', participant: to, items: [{ key: 'token', value: true }], line }], needs: [{ participant: from, keys: ['token'], line }] });
		if (list.length < steps) list.push({ index: list.length, kind: 'message', from: to, to: from, text: `ok ${i}`, arrow: '-->>', line: line + 1, effects: [], needs: [{ participant: to, keys: ['token'], line: line + 1 }] });
	}
	return {
		participants: ids.map((id, line) => ({ id, label: id, kind: 'participant', line })),
		steps: list, blocks: [], boxes: [],
		initial: [{ kind: 'add', participant: 'P0', items: [{ key: 'token', value: true }], line: 1 }],
		durable: {},
	};
}

/**
 * A session the login gives the server, needed by every later request (`requests` of them, each answered):
 * a restart of the server after any position breaks every request after it and each answer, n²/2 steps over
 * the map (issue 24's third shape), which the map keeps as a tally per cell.
 */
export function sessionThroughout(requests: number): Protocol {
	const steps: Step[] = [];
	const message = (from: string, to: string, arrow: string, fill: (s: Step) => void = () => undefined): void => {
		const s: Step = { index: steps.length, kind: 'message', from, to, text: `m${steps.length}`, arrow, line: steps.length + 2, effects: [], needs: [] };
		fill(s);
		steps.push(s);
	};
	message('C', 'S', '->>', (s) => s.effects.push({ kind: 'add', participant: 'S', items: [{ key: 'session', value: true }], line: s.line }));
	message('S', 'C', '-->>');
	for (let i = 0; i < requests; i++) {
		message('C', 'S', '->>', (s) => s.needs.push({ participant: 'S', keys: ['session'], line: s.line }));
		message('S', 'C', '-->>');
	}
	return {
		participants: ['C', 'S'].map((id, line) => ({ id, label: id, kind: 'participant', line })),
		steps, blocks: [], boxes: [], initial: [], durable: {},
	};
}

/** `n` nested `alt … else` blocks, each first branch holding one message: the depth a careless generator gives. */
function nestedBlocks(n: number): string {
	const lines = ['sequenceDiagram'];
	for (let i = 0; i < n; i++) lines.push(`alt a${i}`, `A->>B: m${i}`, `else b${i}`);
	lines.push('A->>B: last');
	for (let i = 0; i < n; i++) lines.push('end');
	return lines.join('\n');
}

/** `n` `alt` blocks one after another, each first branch giving B one more item. */
function sequentialAlts(n: number): string {
	const lines = ['sequenceDiagram'];
	for (let i = 0; i < n; i++) lines.push(`alt a${i}`, `A->>B: m${i}`, `%% @state B += k${i} = v${i}`, `else b${i}`, `A->>B: n${i}`, 'end');
	return lines.join('\n');
}

/**
 * `work` timed over `runs` runs after a warm-up: the median wall-clock milliseconds, and the process's CPU
 * milliseconds per run. The shared machine stretches wall time several-fold; CPU time is what the work itself
 * costs, so targets are checked on it and both are printed.
 */
function timed(work: () => unknown, runs: number): { wall: number; cpu: number } {
	for (let i = 0; i < Math.min(runs, 5); i++) work();
	const times: number[] = [];
	const usage = process.cpuUsage();
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		work();
		times.push(performance.now() - started);
	}
	const used = process.cpuUsage(usage);
	times.sort((a, b) => a - b);
	return { wall: times[Math.floor(times.length / 2)] ?? Number.NaN, cpu: (used.user + used.system) / 1000 / runs };
}

/**
 * How much longer `faultMap` takes on `make(4n)` than on `make(n)`: the best CPU time of 7 interleaved runs each
 * (a pause for garbage collection or another process then spoils no figure), about 4 when linear, 16 when quadratic.
 */
function growthOf(make: (n: number) => Protocol, n: number): number {
	const small = make(n);
	const large = make(4 * n);
	const best = { small: Infinity, large: Infinity };
	for (let i = 0; i < 7; i++) {
		best.small = Math.min(best.small, timed(() => faultMap(small), 1).cpu);
		best.large = Math.min(best.large, timed(() => faultMap(large), 1).cpu);
	}
	return best.large / best.small;
}

/** A collector for the heap, when Node can give one (V8's flag set at run time), else none. */
async function collector(): Promise<(() => void) | undefined> {
	const v8 = await import('node:v8');
	const vm = await import('node:vm');
	v8.setFlagsFromString('--expose-gc');
	const gc: unknown = vm.runInNewContext('gc');
	return typeof gc === 'function' ? () => { (gc as () => void)(); } : undefined;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * faultMap on 200 steps × 6 participants, on a 2,000 × 5 chain and on a session every later request needs (time,
 * and its growth from 1,000 to 4,000 requests), simulate on 4,000 sequential alts, and the heap a parse of 8,000
 * nested blocks keeps.
 */
export async function run(): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const login = loginProtocol();
	let walked = 0;
	const map = timed(() => { walked += faultMap(login).restarts.length; }, 30);
	if (walked === 0) throw new Error('faultMap produced no cells');
	rows.push({ what: `faultMap ${STEPS} steps × 6 participants, CPU time (wall median ${map.wall.toFixed(1)} ms)`, measured: round(map.cpu), unit: 'ms', target: '< 20 ms', met: map.cpu < 20 });

	const chain = tokenChain(5, 2000);
	const long = timed(() => faultMap(chain), 5);
	rows.push({ what: `faultMap 2,000 steps × 5 participants (a request/answer chain), CPU time (wall median ${long.wall.toFixed(0)} ms)`, measured: round(long.cpu), unit: 'ms', target: '< 300 ms', met: long.cpu < 300 });

	const session = sessionThroughout(1000);
	const whole = timed(() => faultMap(session), 5);
	rows.push({ what: `faultMap, a session all 1,000 later requests need (2,002 steps × 2; n²/2 steps broken), CPU time (wall median ${whole.wall.toFixed(0)} ms)`, measured: round(whole.cpu), unit: 'ms', target: '< 300 ms', met: whole.cpu < 300 });
	const growth = growthOf(sessionThroughout, 1000);
	rows.push({ what: 'faultMap on that session, 1,000 → 4,000 requests: CPU time grows (best of 7 each)', measured: round(growth), unit: '×', target: '≤ 6× (near-linear; quadratic is 16×)', met: growth <= 6 });

	const alts = parseProtocol(sequentialAlts(4000));
	if (!alts.ok) throw new Error('the 4,000 sequential alts do not parse');
	const sim = timed(() => simulate(alts.protocol), 9);
	rows.push({ what: `simulate 4,000 sequential alts, each adding a key, CPU time (wall median ${sim.wall.toFixed(0)} ms)`, measured: round(sim.cpu), unit: 'ms', target: '< 500 ms', met: sim.cpu < 500 });

	const gc = await collector();
	if (gc === undefined) throw new Error('no heap collector to measure memory with');
	const text = nestedBlocks(8000);
	gc();
	const before = process.memoryUsage().heapUsed;
	const nested = parseProtocol(text);
	gc();
	const kept = (process.memoryUsage().heapUsed - before) / 1e6;
	if (!nested.ok) throw new Error('the 8,000 nested blocks do not parse');
	rows.push({ what: 'parse 8,000 nested alt/else: heap kept', measured: round(kept * 1000), unit: 'KB', target: '< 200 MB', met: kept < 200 });
	return rows;
}
