import { describe, expect, it } from 'vitest';
import { xmlSafeText } from '../../../src/core/export/xml-text';

describe('xmlSafeText', () => {
	it('turns a vertical tab or form feed into a space and drops other control characters', () => {
		expect(xmlSafeText('Login\u000Brequest')).toBe('Login request');
		expect(xmlSafeText('a\u0000b\u0008c\u001Fd\u000Ce')).toBe('abcd e');
	});

	it('keeps tab, line feed and carriage return, and every other character', () => {
		expect(xmlSafeText('a\tb\nc\rd 로그인 😀')).toBe('a\tb\nc\rd 로그인 😀');
	});

	it('drops U+FFFE and U+FFFF and replaces a lone surrogate', () => {
		expect(xmlSafeText('a\uFFFEb\uFFFFc')).toBe('abc');
		expect(xmlSafeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
		expect(xmlSafeText('end\uD83D')).toBe('end\uFFFD');
	});

	it('gives text any XML parser reads', () => {
		const hostile = `<t>${xmlSafeText('a\u000B\u0001\uFFFF\uDFFFb')}</t>`;
		expect(hostile).toBe('<t>a \uFFFDb</t>');
	});
});
