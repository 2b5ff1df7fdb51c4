import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';

/**
 * Hostile notes (issue 9): every family that made a pattern or a lookup backtrack or rescan. Each must
 * take about 4× as long on 4× the input (linear); quadratic work takes 16×, cubic 64×. Growth ratios
 * (n vs 4n) come from tests/support/growth-ratio.ts, which keeps what a larger heap costs out of them.
 */

const diagram = (body: string): string => `sequenceDiagram\n${body}`;

/** A family of inputs of size n, and its n (large enough that quadratic work shows, small enough to stay in cache: tests/support/growth-ratio.ts). */
const FAMILIES: ReadonlyArray<[name: string, make: (n: number) => string, n: number]> = [
	['messages each followed by a `@state` directive', (n) => diagram(Array.from({ length: n }, (_, i) => `A->>B: m\n%% @state B += k${i} = v`).join('\n')), 1000],
	['directives naming many different participants', (n) => diagram(Array.from({ length: n }, (_, i) => `P${i}->>Q${i}: m\n%% @state q${i} += k`).join('\n')), 1_000],
	['directives naming an unknown participant among many', (n) => diagram(Array.from({ length: n }, (_, i) => `P${i}->>Q${i}: m\n%% @state Nobody += k`).join('\n')), 1_000],
	['`@needs B` followed by blanks', (n) => diagram(`A->>B: m\n%% @needs B${' '.repeat(n)}x`), 10_000],
	['`@state B` followed by blanks', (n) => diagram(`A->>B: m\n%% @state B${' '.repeat(n)}x`), 10_000],
	['`@durable B:` with many items', (n) => diagram(`A->>B: m\n%% @durable B: ${Array.from({ length: n }, (_, i) => `k${i}`).join(', ')}`), 1_000],
	['a message of `style:#` repeated', (n) => diagram(`A->>B: ${'style:#'.repeat(n)}`), 2_000],
	['a message of `classDef:#` repeated before a `;`', (n) => diagram(`A->>B: ${'classDef:#'.repeat(n)} x;`), 2_000],
	['a message of `<br` repeated without `>`', (n) => diagram(`A->>B: ${'<br'.repeat(n)}`), 5_000],
	['a message of `<a ` repeated without `>`', (n) => diagram(`A->>B: ${'<a '.repeat(n)}`), 20_000],
	['a message of `#word` repeated without `;`', (n) => diagram(`A->>B: x ${'#ab'.repeat(n)}`), 5_000],
	['a message of entity codes', (n) => diagram(`A->>B: ${'#infin;'.repeat(n)}`), 2_000],
	['a note of many `<br>` lines after a storing self-message', (n) => diagram(`A->>A: store\nNote over A: ${Array.from({ length: n }, (_, i) => `k${i}`).join('<br>')}`), 2_000],
	['a long name made of hyphenated words', (n) => diagram(`A${'-a'.repeat(n)}->>B: x`), 5_000],
	['a long name of hyphens that never reaches an arrow', (n) => diagram(`A${'-'.repeat(n)}x: y`), 5_000],
	['a participant config with blanks before a stray quote', (n) => diagram(`participant A@{ "alias":${' '.repeat(n)}x" }`), 10_000],
	['a participant config of many entries', (n) => diagram(`participant A@{ ${Array.from({ length: n }, (_, i) => `k${i}: v`).join(', ')} }`), 2_000],
	['a box colour of many `)`', (n) => diagram(`box rgb(${')'.repeat(n)}\u2028\nparticipant A\nend`), 10_000],
	['`participant` followed by blanks and no alias', (n) => diagram(`participant A${' '.repeat(n)}x`), 40_000],
	['`Note left of` followed by blanks', (n) => diagram(`Note left of${' '.repeat(n)}`), 40_000],
	['a line of many `;`-separated messages', (n) => diagram(Array.from({ length: n }, () => 'A->>B: m').join(';')), 1_000],
	['an unclosed `%%{` directive', (n) => diagram(`%%{ init\n${'A->>B: m\n'.repeat(n)}`), 2_000],
];

describe('parseProtocol on hostile input', () => {
	it.each(FAMILIES)('takes linear time on %s', (_name, make, n) => {
		expect(lowestGrowthRatio(make, parseProtocol, n, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('parses 40,000 messages with directives into 40,000 steps, each with its effect', () => {
		const lines = ['sequenceDiagram'];
		for (let i = 0; i < 40_000; i++) lines.push('A->>B: m', `%% @state B += k${i} = v`);
		const result = parseProtocol(lines.join('\n'));
		if (!result.ok) throw new Error(result.errors[0]?.message);
		expect(result.protocol.steps).toHaveLength(40_000);
		expect(result.protocol.steps[39_999]?.effects).toEqual([{ kind: 'add', participant: 'B', items: [{ key: 'k39999', value: 'v' }], line: 80_001 }]);
	});
});
