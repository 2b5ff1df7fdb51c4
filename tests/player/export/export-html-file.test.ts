import { describe, expect, it } from 'vitest';
import { htmlFile, htmlText, rawText, scriptJson } from '../../../src/player/export/html-file';

describe('the HTML file\'s escaping', () => {
	it('writes note text as HTML text', () => {
		expect(htmlText('<img src=x onerror="a()"> & </code>')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &lt;/code&gt;');
	});

	it('writes data as JSON that cannot end its script element', () => {
		const json = scriptJson({ svg: '</script><script>alert(1)</script><!-- \u2028 &' });
		expect(json).toBe('{"svg":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u2028 \\u0026"}');
		expect(JSON.parse(json)).toEqual({ svg: '</script><script>alert(1)</script><!-- \u2028 &' });
	});

	it('keeps our own script and style sheet inside their elements', () => {
		expect(rawText('a = "</SCRIPT>"; b = "<!--"; c = 1 < 2;', 'script')).toBe('a = "\\x3c/SCRIPT>"; b = "\\x3c!--"; c = 1 < 2;');
		expect(rawText('a::after { content: "</style>" }', 'style')).toBe('a::after { content: "\\3c /style>" }');
	});

	it('puts the note\'s title and source only where they are text', () => {
		const html = htmlFile(
			{ title: 'T </title><script>x()</script>', language: 'en', dark: false, source: 'A->>B: </code></pre><script>y()</script>', svg: '<svg/>' },
			{ script: 'window.ProtocolPlayer = {};', css: '.protocol-player{}' },
		);
		// Three script elements — the data, the player, the boot script — and none from the note.
		expect(html.match(/<script/g)).toHaveLength(3);
		expect(html).toContain('<title>T &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
		expect(html).toContain('<code class="protocol-notes-source">A-&gt;&gt;B: &lt;/code&gt;&lt;/pre&gt;&lt;script&gt;y()&lt;/script&gt;</code>');
		expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
	});
});
