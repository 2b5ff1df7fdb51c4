import { describe, expect, it } from 'vitest';
import { momentKey } from '../../../src/core/compare/moments';
import { lowestGrowthRatio } from '../../support/growth-ratio';

describe('momentKey on hostile text', () => {
	it('reads <br>, <br/> and <br /> as a space, and a <br without its > as text', () => {
		expect(momentKey('a<br>b<BR/>c<br />d')).toBe('a b c d');
		expect(momentKey('a<br   x>b')).toBe('a<br x>b');
		expect(momentKey('a <br')).toBe('a <br');
	});

	it('is linear on many "<br" without a ">": 4n takes at most about 4× as long as n', () => {
		// Each "<br" once searched the whole rest of the text for a ">": 16× for 4n.
		expect(lowestGrowthRatio((n) => 'x<br'.repeat(n), momentKey, 20_000, 6)).toBeLessThan(8);
	});
});
