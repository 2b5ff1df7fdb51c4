import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../../src/core/table/display-width';

describe('displayWidth', () => {
	it('counts ASCII as one column each', () => {
		expect(displayWidth('keeps_state')).toBe(11);
	});

	it('counts Hangul syllables, ✅ and ❌ as two columns', () => {
		expect(displayWidth('상태 유지')).toBe(9);
		expect(displayWidth('✅')).toBe(2);
		expect(displayWidth('❌')).toBe(2);
	});

	it('counts ambiguous characters such as the em dash as one column', () => {
		expect(displayWidth('—')).toBe(1);
	});

	it('counts decomposed Hangul (NFD) as wide as composed Hangul', () => {
		expect(displayWidth('한글'.normalize('NFD'))).toBe(4);
	});

	it('counts an emoji sequence, a flag and a combining accent as one glyph each', () => {
		expect(displayWidth('👩‍💻')).toBe(2);
		expect(displayWidth('🇰🇷')).toBe(2);
		expect(displayWidth('e\u0301')).toBe(1);
	});
});

describe('padToWidth', () => {
	it('adds spaces up to the width and never cuts wider text', () => {
		expect(padToWidth('✅', 4)).toBe('✅  ');
		expect(padToWidth('abcdef', 3)).toBe('abcdef');
	});
});
