import { describe, expect, it } from 'vitest';
import { commentText, markdownText } from '../../../src/core/export/markdown-text';

describe('markdownText', () => {
	it('escapes HTML so that a label cannot load a page', () => {
		expect(markdownText('Alice <iframe src="http://HOST/x"></iframe>')).toBe('Alice \\<iframe src\\="http\\://HOST/x"\\>\\</iframe\\>');
	});

	it('makes Obsidian\'s embeds, comments, tags, maths and highlights inert', () => {
		expect(markdownText('![[Other note]]')).toBe('\\!\\[\\[Other note\\]\\]');
		expect(markdownText('%% hidden %%')).toBe('&#37;&#37; hidden &#37;&#37;');
		expect(markdownText('#tag $x$ ==mark==')).toBe('\\#tag \\$x\\$ \\=\\=mark\\=\\=');
	});

	it('escapes a leading list mark and a colon that could start an emoji or a link, not a colon before a space', () => {
		expect(markdownText('- x: y :smile:')).toBe('\\- x: y \\:smile:');
	});

	it('keeps a text on one line and leaves letters, digits and Korean alone', () => {
		expect(markdownText('a\nb\r\nc')).toBe('a b  c');
		// A vertical tab (Word's Shift+Enter) and NUL are control characters too: spaces, never raw.
		expect(markdownText('a\u000bb\u0000c\u007f')).toBe('a b c ');
		expect(markdownText('로그인 요청 42')).toBe('로그인 요청 42');
	});
});

describe('commentText', () => {
	it('cannot end the speaker notes\' comment early or open an Obsidian comment', () => {
		expect(commentText('a --> b')).toBe('a - - > b');
		expect(commentText('x %% y')).toBe('x % % y');
		expect(commentText('<!-- z')).toBe('‹!- - z');
	});
});
