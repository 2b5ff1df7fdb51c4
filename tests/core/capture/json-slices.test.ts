import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonInSlices } from '../../../src/core/capture/json-slices';
import { runToEnd } from '../../../src/core/capture/slices';
import { growthRatio } from '../../support/growth-ratio';

function parse(text: string): { ok: true; value: unknown } | { ok: false; offset: number } {
	const job = parseJsonInSlices(text);
	for (;;) {
		const step = job.next();
		if (step.done === true) return step.value;
	}
}

describe('parseJsonInSlices', () => {
	it('reads what JSON.parse reads, to the same value', () => {
		fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
			const text = JSON.stringify(value, null, pretty ? 2 : undefined);
			const expected: unknown = JSON.parse(text);
			expect(parse(text)).toEqual({ ok: true, value: expected });
		}), { numRuns: 300 });
	});

	it('refuses what JSON.parse refuses, saying where', () => {
		for (const [text, offset] of [['', 0], ['{', 1], ['[1,]', 3], ['{"a" 1}', 5], ['"\\x"', 0], ['01', 0], ['1.', 0], ['tru', 0], ['{} x', 3], ['"a\nb"', 0], ['[1 2]', 3]] as const) {
			expect(() => JSON.parse(text) as unknown).toThrow();
			expect(parse(text)).toEqual({ ok: false, offset });
		}
	});

	it('makes a "__proto__" key an own property, as JSON.parse does, never the prototype', () => {
		const result = parse('{"__proto__": {"polluted": true}}');
		expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
		expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
	});

	it('refuses nesting deeper than any HAR instead of overflowing', () => {
		expect(parse('['.repeat(100_000))).toMatchObject({ ok: false });
	});

	it('yields its progress while reading a large text', () => {
		const text = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}` })) });
		const shares: number[] = [];
		const job = parseJsonInSlices(text);
		for (let step = job.next(); step.done !== true; step = job.next()) shares.push(step.value);
		expect(shares.length).toBeGreaterThan(2);
		expect(shares).toEqual([...shares].sort((a, b) => a - b));
		expect(shares.every((s) => s > 0 && s < 1)).toBe(true);
	});

	it('takes time linear in the text', () => {
		const make = (n: number): string => JSON.stringify(Array.from({ length: n }, (_, i) => ({ k: `v${i}`, n: i, s: 'a\\"b' })));
		expect(growthRatio(make, (text) => parse(text), 2000)).toBeLessThan(8);
	});
});

describe('runToEnd', () => {
	it('returns a sliced job\'s result', () => {
		function* job(): Generator<number, { ok: false; error: { kind: 'no-tcp' } }, void> {
			yield 0.5;
			return { ok: false, error: { kind: 'no-tcp' } };
		}
		expect(runToEnd(job())).toEqual({ ok: false, error: { kind: 'no-tcp' } });
	});
});
