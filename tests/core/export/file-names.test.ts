import { describe, expect, it } from 'vitest';
import { baseBudget, cutToBytes, relativeLink, safeFileBase, stepImageNames, utf8Length } from '../../../src/core/export/file-names';

describe('safeFileBase', () => {
	it('replaces characters file systems and links refuse, keeping Korean', () => {
		expect(safeFileBase('Login: client/server [v2]?', 'Protocol')).toBe('Login client server v2');
		expect(safeFileBase('상태유지 프로토콜', 'Protocol')).toBe('상태유지 프로토콜');
	});

	it('falls back when nothing is left, and drops leading dots', () => {
		expect(safeFileBase('///', 'Protocol')).toBe('Protocol');
		expect(safeFileBase('..hidden', 'Protocol')).toBe('hidden');
	});
});

describe('safeFileBase and the file system\'s 255 bytes', () => {
	it('cuts by UTF-8 bytes, not characters: 80 Hangul syllables (240 bytes) are cut to 40 within 120 bytes', () => {
		const title = '가'.repeat(80);
		expect(safeFileBase(title, 'Protocol')).toBe('가'.repeat(40));
	});

	it('cuts between graphemes: a family emoji (25 bytes) is kept whole or left out', () => {
		const family = '👨‍👩‍👧‍👦';
		expect(utf8Length(family)).toBe(25);
		expect(cutToBytes(`ab${family}`, 26)).toBe('ab');
		expect(cutToBytes(`ab${family}`, 27)).toBe(`ab${family}`);
	});

	it('leaves room for the longest ending and Obsidian\'s number: every name stays within 255 bytes', () => {
		// " step 200.png" is 13 bytes; 255 − 13 − 8 = 234.
		expect(baseBudget([' step 200.png', ' slides.md'])).toBe(234);
		const base = safeFileBase('😀'.repeat(200), 'Protocol', baseBudget([' 애니메이션.svg']));
		expect(utf8Length(`${base} 애니메이션 99.svg`)).toBeLessThanOrEqual(255);
		expect(base).toBe('😀'.repeat(56));
	});

	it('drops control characters and lone surrogates', () => {
		expect(safeFileBase('a\u000Bb\uD800c', 'P')).toBe('a b c');
	});
});

describe('stepImageNames', () => {
	it('numbers Start 00, then each step, as wide as the largest number', () => {
		expect(stepImageNames('Login', 3)).toEqual(['Login step 00.svg', 'Login step 01.svg', 'Login step 02.svg']);
		expect(stepImageNames('Login', 201)[200]).toBe('Login step 200.svg');
		expect(stepImageNames('Login', 201)[0]).toBe('Login step 000.svg');
	});
});

describe('relativeLink', () => {
	it('links within a folder, up and down folders, with spaces and parentheses encoded', () => {
		expect(relativeLink('attachments', 'attachments/Login step 01.svg')).toBe('Login%20step%2001.svg');
		expect(relativeLink('notes/a', 'attachments/x (1).svg')).toBe('../../attachments/x%20%281%29.svg');
		expect(relativeLink('/', 'img/a.svg')).toBe('img/a.svg');
		expect(relativeLink('', 'a.svg')).toBe('a.svg');
	});
});
