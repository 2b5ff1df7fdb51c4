import { describe, expect, it } from 'vitest';
import { relativeLink, safeFileBase, stepImageNames } from '../../../src/core/export/file-names';

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
