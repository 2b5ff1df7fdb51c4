import { describe, expect, it } from 'vitest';
import { completionAt, fencedBlock, parseProtocol, writingFacts, type WritingFacts } from '../../../src/core';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';

// 4× the input must take about 4× as long (linear); quadratic work would take 16× (tests/support/growth-ratio.ts).

const parsed = parseProtocol('sequenceDiagram\nClient->>Server: x\n%% @state Server += session = a');
if (!parsed.ok) throw new Error('the fixture parses');
const FACTS: WritingFacts = writingFacts(parsed.protocol);
const facts = (): WritingFacts => FACTS;

/** Hostile lines a writer's cursor may sit at the end of, each of size n. */
const LINES: ReadonlyArray<[name: string, make: (n: number) => string, n: number]> = [
	['blanks between `%%` and `@`', (n) => `%%${' '.repeat(n)}@ne`, 20_000],
	['callout markers before `%%`', (n) => `${'> '.repeat(n)}%% @ne`, 20_000],
	['a long directive name', (n) => `%% @${'n'.repeat(n)}`, 20_000],
	['blanks before a participant', (n) => `%% @state${' '.repeat(n)}Se`, 20_000],
	['`+` and `-` that never make an operator', (n) => `%% @state S${'+-'.repeat(n)}`, 20_000],
	['many items after `Server:`', (n) => `%% @needs Server: ${'a, '.repeat(n)}se`, 10_000],
	['many `=` in a value', (n) => `%% @needs Server: session = ${'='.repeat(n)}`, 20_000],
];

describe('completionAt on hostile lines', () => {
	for (const [name, make, n] of LINES) {
		it(`stays linear: ${name}`, () => {
			expect(lowestGrowthRatio(make, (line) => completionAt(line, facts), n, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
		});
	}
});

describe('fencedBlock on hostile bodies', () => {
	it('stays linear on many lines of backticks', () => {
		const make = (n: number): string => Array.from({ length: n }, (_, i) => '`'.repeat(1 + (i % 7))).join('\n');
		expect(lowestGrowthRatio(make, (body) => fencedBlock('protocol', body), 5_000, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});
});
