import { describe, expect, it } from 'vitest';
import type { Step } from '../../../src/core/model';
import { playerStrings } from '../../../src/i18n/player';
import { stepCaption } from '../../../src/player/present/caption';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';

const EN = playerStrings('en');
const note = (text: string): Step => ({ index: 0, kind: 'note', from: 'S', to: 'S', text, line: 2, placement: 'over', effects: [], needs: [] });

describe('stepCaption', () => {
	it('joins a note\'s lines with commas, and with a space after a line that ends a sentence', () => {
		expect(stepCaption(note('User ID<br>Username<br/>Done.<br />Next'), (p) => p, EN)).toBe('Note on S: User ID, Username, Done. Next');
	});

	it('takes linear time on a note of many lines', () => {
		// Quadratic joining (a pattern over the text joined so far) would measure about 16.
		const make = (n: number): Step => note(Array.from({ length: n }, (_, i) => `line ${i}`).join('<br>'));
		expect(lowestGrowthRatio(make, (step) => stepCaption(step, (p) => p, EN), 5_000, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});
});
