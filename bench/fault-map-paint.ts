import type { Page } from 'playwright-core';
import type { FaultMapPaint } from './browser/fault-map-paint';
import type { ProtocolBench } from './browser/measure';
import type { BenchRow } from './types';

/** Issue 24: from the click on the fault-map button to the painted map, on a 500-message chain among 50 participants. */
const PAINT_TARGET_MS = 300;

/** Openings timed (each on a fresh player, whose Mermaid drawing of 500 messages takes seconds). */
const ROUNDS = 5;

/**
 * The note text of `faults.ts`'s `tokenChain` (issue 24's "500 × 50"): `messages` messages among `participants`,
 * each request handing the next participant a token its own request then needs, each answer needing the
 * asker's token.
 */
export function tokenChainSource(participants: number, messages: number): string {
	const lines = ['sequenceDiagram'];
	for (let p = 0; p < participants; p++) lines.push(`    participant P${p}`);
	lines.push('    %% @state P0 += token');
	let written = 0;
	for (let i = 0; written < messages; i++) {
		const from = `P${i % participants}`;
		const to = `P${(i + 1) % participants}`;
		lines.push(`    ${from}->>${to}: pass ${i}`, `    %% @needs ${from}: token`, `    %% @state ${to} += token`);
		written++;
		if (written === messages) break;
		lines.push(`    ${to}-->>${from}: ok ${i}`, `    %% @needs ${to}: token`);
		written++;
	}
	return lines.join('\n');
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * Fault map click → paint on 500 × 50 (bench/browser/fault-map-paint.ts), median of `ROUNDS` openings, beside
 * Mermaid's own drawing of the same text in the same run (each opening follows one of Mermaid's draws, as the
 * first-draw pairs do). Wall time on a shared machine: the row says the spread and the longest task.
 */
export async function faultMapPaintRows(page: Page): Promise<BenchRow[]> {
	const source = tokenChainSource(50, 500);
	const openings: FaultMapPaint[] = [];
	const mermaid: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		mermaid.push(await page.evaluate((text) => (window as unknown as { protocolBench: ProtocolBench }).protocolBench.drawMermaid(text), source));
		openings.push(await page.evaluate((text) => (window as unknown as { protocolBench: ProtocolBench }).protocolBench.faultMapPaint(text), source));
	}
	const paints = openings.map((o) => o.paint);
	const measured = median(paints);
	const longest = Math.min(...openings.map((o) => o.longestTask));
	const last = openings[openings.length - 1];
	const overlay = last === undefined || last.overlayMarks > 0 ? `${last?.overlayMarks ?? 0} marks on the diagram` : 'no marks on the diagram past 1,500';
	const ms = (value: number): string => value.toFixed(0);
	return [{
		what: `fault map click → paint, 500 messages × 50 participants, median of ${ROUNDS} (min/max ${ms(Math.min(...paints))}/${ms(Math.max(...paints))}; ${last?.cells ?? 0} cells, ${overlay}; longest task ${ms(longest)} ms at best)`,
		measured, unit: 'ms', target: `< ${PAINT_TARGET_MS} ms`, mermaid: median(mermaid), met: measured < PAINT_TARGET_MS,
	}];
}
