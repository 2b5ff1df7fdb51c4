import { parseProtocol } from '../src/core/parse/parse-protocol';
import type { BenchRow } from './types';

/** The part of Mermaid's API the bench calls. */
interface MermaidApi {
	initialize(config: { startOnLoad: boolean }): void;
	mermaidAPI: { getDiagramFromText(text: string): Promise<unknown> };
}

/** A diagram of `messages` messages in blocks and notes, like the notes users write. */
function generatedDiagram(messages: number): string {
	const lines = ['sequenceDiagram', '    participant C as Client', '    participant S as Server', '    participant D as Database'];
	for (let i = 0; i < messages; i += 4) {
		lines.push(`    alt case ${i}`, `        C->>+S: request ${i}`, '    else other');
		lines.push(`        S->>D: query ${i}`, `        Note right of D: row ${i}<br>row ${i + 1}`, '    end');
		lines.push(`    D-->>S: rows ${i}`, `    S-->>-C: response ${i}`, '    %% @state S += seen');
	}
	return lines.join('\n');
}

/** `messages` messages, each followed by a directive attaching state to it (issue 9: this was quadratic). */
function directiveDiagram(messages: number): string {
	const lines = ['sequenceDiagram'];
	for (let i = 0; i < messages; i++) lines.push('    A->>B: m', `    %% @state B += k${i} = v`);
	return lines.join('\n');
}

/** Mean milliseconds of `work` over enough rounds to last about `budgetMs`, after a warm-up. */
async function timeIt(work: () => unknown, budgetMs: number): Promise<number> {
	for (let i = 0; i < 5; i++) await work();
	let rounds = 0;
	const start = performance.now();
	while (performance.now() - start < budgetMs || rounds < 10) {
		await work();
		rounds++;
	}
	return (performance.now() - start) / rounds;
}

/**
 * The fastest of `runs` runs of `work` after one warm-up, in milliseconds of this process's CPU time (the
 * machine is shared: time spent waiting for a core is not the parser's): for inputs too big to repeat often.
 */
function bestOf(work: () => unknown, runs: number): number {
	const cpuMs = (): number => {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1000;
	};
	work();
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = cpuMs();
		work();
		best = Math.min(best, cpuMs() - start);
	}
	return best;
}

/** Mermaid's parser needs a DOM: give it jsdom's, in this process, before loading it. */
async function loadMermaid(): Promise<MermaidApi> {
	const { JSDOM } = await import('jsdom');
	const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
	const globals = globalThis as Record<string, unknown>;
	globals.window = dom.window;
	globals.document = dom.window.document;
	for (const name of ['DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'MutationObserver', 'Option']) {
		globals[name] ??= (dom.window as unknown as Record<string, unknown>)[name];
	}
	const mermaid = (await import('mermaid')).default as unknown as MermaidApi;
	mermaid.initialize({ startOnLoad: false });
	return mermaid;
}

/** Parsing speed: ours against Mermaid 12's own parser on the same text (SPEC §5: at least 10× faster). */
export async function run(): Promise<BenchRow[]> {
	const mermaid = await loadMermaid();
	const rows: BenchRow[] = [];
	for (const size of [10, 200]) {
		const text = generatedDiagram(size);
		const ours = await timeIt(() => parseProtocol(text), 300);
		const theirs = await timeIt(() => mermaid.mermaidAPI.getDiagramFromText(text), 600);
		rows.push({ what: `parse ${size}-message diagram`, measured: round(ours), unit: 'ms', target: '≥ 10× faster than Mermaid', mermaid: round(theirs), met: theirs / ours >= 10 });
		rows.push({ what: `parse ${size}-message diagram: speed-up`, measured: round(theirs / ours), unit: '×', target: '≥ 10×', met: theirs / ours >= 10 });
	}
	const withDirectives = directiveDiagram(40_000);
	const directives = bestOf(() => parseProtocol(withDirectives), 3);
	rows.push({ what: 'parse 40k messages with directives (CPU time)', measured: round(directives), unit: 'ms', target: '< 1 s', met: directives < 1000 });
	return rows;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
