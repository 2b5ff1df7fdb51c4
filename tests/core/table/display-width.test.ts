import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
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
		expect(displayWidth('✍\u{1F3FD}')).toBe(2);
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

describe('displayWidth against string-width', () => {
	it('counts every mix of simple characters, marks, jamo, emoji parts and flags as string-width does on the whole text', () => {
		const char = fc.constantFrom('a', ' ', '1', '#', '\u20e3', '\ufe0f', '\ufe0e', '\u0301', '\u200d', '✍', '\u{1F3FD}', '👩', '💻', '🇰', '🇷', '한', '\u11a8', '\u1100', '\u1161', '漢', 'か', '—', '❤', '☺', '\u0600', 'é');
		fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((chars) => chars.join('')), (text) => {
			expect(displayWidth(text)).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
		}), { numRuns: 1000 });
	});
});
