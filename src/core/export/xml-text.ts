/**
 * Text any XML reader accepts (issue 19): XML 1.0 allows no C0 control character but tab, line feed and
 * carriage return, no U+FFFE/U+FFFF and no lone surrogate; one of them (a vertical tab from Word's
 * Shift+Enter in a label) makes the whole SVG unreadable. Vertical tab and form feed become a space (they
 * separate words), the rest is dropped, a lone surrogate becomes U+FFFD. One pass, linear.
 */
export function xmlSafeText(text: string): string {
	let out = '';
	let kept = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let replacement: string | undefined;
		if (code < 0x20) {
			if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
			replacement = code === 0x0b || code === 0x0c ? ' ' : '';
		} else if (code === 0xfffe || code === 0xffff) replacement = '';
		else if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
			replacement = '\uFFFD';
		} else if (code >= 0xdc00 && code <= 0xdfff) replacement = '\uFFFD';
		if (replacement === undefined) continue;
		out += text.slice(kept, i) + replacement;
		kept = i + 1;
	}
	return kept === 0 ? text : out + text.slice(kept);
}
