import { describe, expect, it } from 'vitest';
import { CANVAS_LIMIT, pngScale } from '../../../src/player/export/png';

describe('pngScale', () => {
	it('draws a step image at twice its size', () => {
		expect(pngScale(814, 643)).toBe(2);
	});

	it('scales a huge image down to stay within the canvas limit (16,777,216 pixels, 16,384 a side)', () => {
		// 2,000 messages: about 900 × 100,000. 16,384 / 100,000 = 0.16384 on the long side.
		expect(pngScale(900, 100_000)).toBeCloseTo(0.16384, 5);
		const scale = pngScale(900, 100_000);
		expect(900 * scale * 100_000 * scale).toBeLessThanOrEqual(CANVAS_LIMIT.area);
		expect(100_000 * scale).toBeLessThanOrEqual(CANVAS_LIMIT.side);
		// A very wide, short image: the side limit decides too (16,384 / 20,000); a square one the area (√(16,777,216 / 10,000²) = 0.4096).
		expect(pngScale(10_000, 10_000)).toBeCloseTo(0.4096, 4);
		expect(pngScale(20_000, 300)).toBeCloseTo(0.8192, 4);
	});

	it('keeps within a smaller area when asked (a step PNG of a long diagram)', () => {
		// √(8,388,608 / (1,000 × 8,000)) = √1.048576 = 1.024.
		expect(pngScale(1000, 8000, 8_388_608)).toBeCloseTo(1.024, 4);
		expect(pngScale(814, 643, 8_388_608)).toBe(2);
	});
});
