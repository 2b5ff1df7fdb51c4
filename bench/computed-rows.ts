import { diagramFactsInSteps } from '../src/core/compare/diagram-facts';
import { parseProtocol } from '../src/core/parse/parse-protocol';
import type { Protocol } from '../src/core/model';
import type { BenchRow } from './types';

/** Issue 24: no task over ~50 ms while a table's rows are computed from diagrams. */
const SLICE_TARGET_MS = 50;

/** Issue 24's first hostile shape: 100 messages with 160 two-branch `alt` blocks among them. */
function manyAlts(): Protocol {
	const lines = ['sequenceDiagram', '    participant C as Client', '    participant S as Server'];
	for (let i = 0; i < 160; i++) lines.push('    alt yes', `        C->>S: yes ${i}`, '        %% @state S += k = v', '    else no', `        C->>S: no ${i}`, '    end');
	for (let i = 0; i < 100; i++) lines.push(`    C->>S: request ${i}`, '    %% @needs S: k');
	return parsed(lines.join('\n'));
}

/** Issue 24's second: a chain of 1,000 messages that hold and need state. */
function longChain(): Protocol {
	const lines = ['sequenceDiagram', '    participant C as Client', '    participant S as Server'];
	for (let i = 0; i < 500; i++) lines.push(`    C->>S: request ${i}`, `    %% @state S += s${i} = ${i}`, `    S-->>C: answer ${i}`, `    %% @needs S: s${i}`);
	return parsed(lines.join('\n'));
}

function parsed(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.protocol;
}

/** CPU milliseconds this process has used (a busy machine stretches wall time, not this). */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * The longest single step of `diagramFactsInSteps` (what one slice runs at least) and the whole, in CPU ms, and
 * whether the restart rows were computed (within `DIAGRAM_FACTS_BUDGET`).
 */
function measure(protocol: Protocol): { longest: number; total: number; restarts: string } {
	const steps = diagramFactsInSteps(protocol);
	let longest = 0;
	const start = cpuMs();
	for (;;) {
		const before = cpuMs();
		const next = steps.next();
		longest = Math.max(longest, cpuMs() - before);
		if (next.done === true) return { longest, total: cpuMs() - start, restarts: next.value.restarts };
	}
}

/** Computed table rows on issue 24's shapes: the longest piece of work between two yields to Obsidian, in CPU time. */
export function run(): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const [what, protocol] of [['100 messages + 160 alt blocks', manyAlts()], ['1,000-message chain', longChain()]] as const) {
		measure(protocol);
		// The best of three runs: one step can be stretched by garbage collection or a page fault.
		const runs = [measure(protocol), measure(protocol), measure(protocol)];
		const longest = Math.min(...runs.map((r) => r.longest));
		const total = Math.min(...runs.map((r) => r.total));
		const restarts = runs[0]?.restarts === 'computed' ? 'restart rows computed' : 'restart rows over budget';
		rows.push({ what: `computed table rows, ${what}: longest slice, CPU (all ${total.toFixed(0)} ms, ${restarts})`, measured: longest, unit: 'ms', target: `< ${SLICE_TARGET_MS} ms`, met: longest < SLICE_TARGET_MS });
	}
	return Promise.resolve(rows);
}
