import { describe, expect, it } from 'vitest';
import { lookKeyframes, onePositionKeyframes } from '../../../src/core/export/keyframes';

describe('lookKeyframes', () => {
	it('holds each look for its share of the loop and shares rules between equal sequences', () => {
		const future = 'opacity:0.35';
		const current = 'opacity:1;stroke:red';
		const past = 'opacity:1';
		// Four positions: a step at position 1 is future, current, past, past.
		const result = lookKeyframes([[future, current, past, past], [past, past, past, past], [future, current, past, past]], 'k');
		expect(result.names).toEqual(['k0', undefined, 'k0']);
		expect(result.css).toBe('@keyframes k0{0%{opacity:0.35}25%{opacity:1;stroke:red}50%{opacity:1}100%{opacity:1}}');
	});

	it('writes thirds with four decimals at most', () => {
		const { css } = lookKeyframes([['a:1', 'a:2', 'a:3']], 'x');
		expect(css).toBe('@keyframes x0{0%{a:1}33.3333%{a:2}66.6667%{a:3}100%{a:3}}');
	});
});

describe('onePositionKeyframes', () => {
	it('is visible for the first of count intervals only', () => {
		expect(onePositionKeyframes('show', 4)).toBe('@keyframes show{0%{visibility:visible}25%{visibility:hidden}100%{visibility:hidden}}');
	});
});
