import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../src/core/simulate/simulate';
import { randomProtocol } from './random-protocol';

describe('simulate without faults', () => {
	it('fails a step only for a need that no earlier step could meet, and meets every need one did', () => {
		fc.assert(fc.property(randomProtocol(), (protocol) => {
			const { start, frames } = simulate(protocol);
			// What has been given so far: the Start, then the adds of every step that happened as written.
			const given = new Set(Object.entries(start).flatMap(([participant, items]) => Object.keys(items).map((key) => `${participant}/${key}`)));
			frames.forEach((frame) => {
				const step = protocol.steps[frame.step];
				if (step === undefined) throw new Error('a frame names no step');
				const unmet = step.needs.flatMap((need) => need.keys.map((key) => `${need.participant}/${key}`)).filter((need) => !given.has(need));
				if (frame.outcome === 'failed') {
					expect(unmet).toContain(`${frame.failure?.participant}/${frame.failure?.item}`);
					expect(['never', 'not-given']).toContain(frame.failure?.cause.kind);
				}
				if (frame.outcome === 'ok') {
					expect(unmet).toEqual([]);
					for (const effect of step.effects) if (effect.kind === 'add') for (const item of effect.items) given.add(`${effect.participant}/${item.key}`);
				}
			});
		}), { numRuns: 300 });
	});
});
