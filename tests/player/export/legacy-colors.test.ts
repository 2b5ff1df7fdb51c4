import { describe, expect, it } from 'vitest';
import { legacyColors } from '../../../src/player/export/look-reader';

describe('legacyColors', () => {
	it('writes color(srgb …) as rgb() or rgba(), channels rounded to bytes', () => {
		// 0.85098 × 255 = 216.9999 → 217; 0.247059 × 255 = 63.00005 → 63.
		expect(legacyColors('color(srgb 0.85098 0.247059 0.247059 / 0.55)')).toBe('rgba(217, 63, 63, 0.55)');
		expect(legacyColors('color(srgb 1 0 0.5)')).toBe('rgb(255, 0, 128)');
	});

	it('leaves other values alone', () => {
		expect(legacyColors('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
		expect(legacyColors('none')).toBe('none');
	});
});
