import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../src/core/simulate/simulate';
import { randomProtocol } from './random-protocol';

describe('simulate without faults', () => {
	it('fails a step only for a need that no earlier step could meet, and meets every need one did', () => {
		fc.assert(fc.property(randomProtocol(), (protocol) => {
			const { start, frames } = simulate(protocol);
			// What has been given so far, key alone and key = value: the Start, then the adds of every step that happened.
			const given = new Set<string>();
			const give = (participant: string, key: string, value: string | true): void => {
				given.add(`${participant}/${key}`);
				if (value !== true) given.add(`${participant}/${key}=${value}`);
			};
			for (const [participant, items] of Object.entries(start)) for (const [key, value] of Object.entries(items)) give(participant, key, value);
			frames.forEach((frame) => {
				const step = protocol.steps[frame.step];
				if (step === undefined) throw new Error('a frame names no step');
				const unmet = step.needs.flatMap((need) => need.keys.map((key, index) => {
					const value = need.values?.[index] ?? true;
					return value === true ? `${need.participant}/${key}` : `${need.participant}/${key}=${value}`;
				})).filter((need) => !given.has(need));
				if (frame.outcome === 'failed') {
					const failure = frame.failure;
					const named = failure?.value === undefined ? `${failure?.participant}/${failure?.item}` : `${failure.participant}/${failure.item}=${failure.value}`;
					if (failure?.cause.kind !== 'value') expect(unmet).toContain(named);
					expect(['never', 'not-given', 'value']).toContain(failure?.cause.kind);
				}
				if (frame.outcome === 'ok') {
					expect(unmet).toEqual([]);
					for (const effect of step.effects) if (effect.kind === 'add') for (const item of effect.items) give(effect.participant, item.key, item.value);
				}
			});
		}), { numRuns: 300 });
	});

	it('makes no step a consequence: scripted restarts and drops only make steps fail or be lost', () => {
		fc.assert(fc.property(randomProtocol({ removes: true, restarts: true, drops: true }), (protocol) => {
			const frames = simulate(protocol).frames;
			expect(frames.filter((frame) => frame.outcome === 'consequence')).toEqual([]);
			expect(frames.every((frame) => frame.scripted)).toBe(true);
		}), { numRuns: 300 });
	});
});
