// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marked } from 'marked';
import { comparisonTable } from '../../../src/core/table/comparison-table';
import { displayWidth } from '../../../src/core/table/display-width';

/** The table's one body cell for `value` (property `v` of note `N`), unpadded. */
function cell(value: unknown): string {
	const row = comparisonTable([{ name: 'N', frontmatter: { v: value } }], { pad: false }).split('\n')[2] ?? '';
	return row.slice('| v | '.length, -' |'.length);
}

/** Private-use characters around a wiki link's number: no Markdown syntax, and never in a generated value. */
const [OPEN, CLOSE] = ['\uE000', '\uE001'];

/**
 * `markdown` with each wiki link (`[[…]]` not escaped by a backslash, on one line, holding no other bracket)
 * replaced by a placeholder, and the links' text as a reader sees it (a table's `\|` is the alias pipe).
 * Obsidian reads wiki links before emphasis, so `[[a _a]] [[a_ a]]` is two links, while GFM, which knows no
 * wiki links, would read `_a]] [[a_` as emphasis: the placeholder makes the link opaque to it, as in Obsidian.
 */
function hideWikiLinks(markdown: string): { markdown: string; links: string[] } {
	const links: string[] = [];
	const out: string[] = [];
	let copied = 0;
	let backslashes = 0;
	for (let i = 0; i < markdown.length; i++) {
		const char = markdown[i];
		if (char === '[' && markdown[i + 1] === '[' && backslashes % 2 === 0) {
			let close = i + 2;
			while (close < markdown.length && !'[]\n'.includes(markdown[close] ?? '')) close++;
			if (close > i + 2 && markdown.startsWith(']]', close)) {
				out.push(markdown.slice(copied, i), `${OPEN}${links.length}${CLOSE}`);
				links.push(markdown.slice(i, close + 2).replaceAll('\\|', '|'));
				copied = close + 2;
				i = close + 1;
				backslashes = 0;
				continue;
			}
		}
		backslashes = char === '\\' ? backslashes + 1 : 0;
	}
	out.push(markdown.slice(copied));
	return { markdown: out.join(''), links };
}

/**
 * What a GFM reader with Obsidian's wiki links shows in each body cell of `markdown`: text as text, `<br>`
 * as a line break, a link as `[text](href)`, a wiki link as written. Any other element (emphasis, code, HTML
 * the value brought in) shows as `<tag>`, which no expected text contains: a cell must render nothing but
 * text and links.
 */
function readCells(written: string): string[][] {
	const { markdown, links } = hideWikiLinks(written);
	const restore = (text: string): string => text.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, n: string) => links[Number(n)] ?? '');
	const html = marked.parse(markdown, { gfm: true, async: false });
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const read = (node: Node): string => {
		if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
		const el = node as Element;
		if (el.tagName === 'BR') return '\n';
		if (el.tagName === 'A') return `[${Array.from(el.childNodes, read).join('')}](${el.getAttribute('href') ?? ''})`;
		return `<${el.tagName.toLowerCase()}>`;
	};
	return Array.from(doc.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => restore(Array.from(td.childNodes, read).join(''))));
}

describe('cells show what the property says (issue 14)', () => {
	it('never leaves a raw %% that would open an Obsidian comment', () => {
		expect(cell('50%% off until %%friday')).toBe('50\\%\\% off until \\%\\%friday');
		expect(cell('%%%')).toBe('\\%\\%\\%');
		expect(cell('100% sure, 5 % more')).toBe('100% sure, 5 % more');
	});

	it('writes HTML in a value as text', () => {
		expect(cell('press <kbd>Ctrl</kbd>')).toBe('press \\<kbd>Ctrl\\</kbd>');
		expect(cell('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
		for (const value of ['x<sup>2</sup>', '<ruby>漢<rt>kan</rt></ruby>', '<model-viewer src="a.glb"></model-viewer>', 'a<br>b']) {
			const markdown = comparisonTable([{ name: 'N', frontmatter: { v: value } }]);
			expect(readCells(markdown)).toEqual([['v', value]]);
		}
	});

	it('keeps links as links and line breaks as <br>', () => {
		expect(cell('[[TCP]]')).toBe('[[TCP]]');
		expect(cell('[[flows/Login|Login]]')).toBe('[[flows/Login\\|Login]]');
		expect(cell('see [docs](https://example.com/a_b) now')).toBe('see [docs](https://example.com/a_b) now');
		expect(cell('![[diagram.png]]')).toBe('![[diagram.png]]');
		// Found by the property below: underscores at the edges of words inside two links are the links' own
		// text, as Obsidian reads links before emphasis, so they are kept as written, not escaped.
		expect(cell('[[a _a]] [[a_ a]]')).toBe('[[a _a]] [[a_ a]]');
		expect(readCells(comparisonTable([{ name: 'N', frontmatter: { v: '[[a _a]] [[a_ a]]' } }]))).toEqual([['v', '[[a _a]] [[a_ a]]']]);
		expect(cell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
	});

	it('escapes a link that would hold %% or HTML like the rest of the text', () => {
		expect(cell('[[a%%b]]')).toBe('\\[[a\\%\\%b]]');
		expect(cell('[x](<y>)')).toBe('[x\\](\\<y>)');
	});

	it('escapes math, code, emphasis, strikethrough, highlights, tags and entities, not words with underscores', () => {
		expect(cell('$5 and $6')).toBe('\\$5 and \\$6');
		expect(cell('`a` *b* ~~c~~ ==d== #tag &amp; keeps_state _e_')).toBe('\\`a\\` \\*b\\* \\~\\~c\\~\\~ \\=\\=d\\=\\= \\#tag \\&amp; keeps_state \\_e\\_');
		expect(cell('C:\\Users\\me and a\\*')).toBe('C:\\Users\\me and a\\\\\\*');
		expect(cell('a | b')).toBe('a \\| b');
		// Found by the property below: a backslash before a line break would escape the `<` of `<br>`.
		expect(cell('\\\na')).toBe('\\\\<br>a');
	});

	it('measures an emoji with a skin-tone modifier as two columns, and pads by it', () => {
		expect(displayWidth('✍\u{1F3FD}')).toBe(2);
		const lines = comparisonTable([{ name: 'A', frontmatter: { who: '✍\u{1F3FD}', what: 'abcd' } }]).split('\n');
		expect(lines).toEqual(['|      | A    |', '| ---- | ---- |', '| who  | ✍\u{1F3FD}   |', '| what | abcd |']);
	});
});

/** Printable values with the characters that mean something in Markdown, emoji sequences and CJK. */
const textPart = fc.array(fc.constantFrom(
	'a', 'Z', '0', ' ', ' ', '%', '%', '<', '>', '|', '[', ']', '$', '\\', '*', '_', '`', '~', '&', '#', '=', '!', '^', ':', '/', '-', '"', '{', '}', '\n',
	'✍\u{1F3FD}', '👩‍💻', '🇰🇷', '❤️', '한', '漢', 'か', 'é', 'amp;', 'kbd',
), { maxLength: 12 }).map((chars) => chars.join('')).filter((text) => !text.includes('[[') && !text.includes(']]'));
const name = fc.array(fc.constantFrom('a', 'B', '7', ' ', '상', '태', '_'), { minLength: 1, maxLength: 6 }).map((chars) => chars.join('')).filter((text) => text.trim() !== '' && !/^_|_$/.test(text.trim()));
const segment = fc.oneof(
	{ weight: 4, arbitrary: textPart.map((text) => ({ written: text, shown: text })) },
	{ weight: 1, arbitrary: name.map((target) => ({ written: `[[${target}]]`, shown: `[[${target}]]` })) },
	{ weight: 1, arbitrary: fc.tuple(name, name).map(([target, alias]) => ({ written: `[[${target}|${alias}]]`, shown: `[[${target}|${alias}]]` })) },
	{ weight: 1, arbitrary: name.map((text) => ({ written: `[${text}](https://example.com/p)`, shown: `[${text}](https://example.com/p)` })) },
);
// Short enough that even fully escaped no cell passes MAX_PAD_WIDTH, where padding stops by design.
const value = fc.array(segment, { minLength: 1, maxLength: 4 }).filter((parts) => displayWidth(parts.map((p) => p.written).join(' ')) <= 36);

/** The value as the rules say a reader sees it: trimmed, line breaks as breaks, empty as "—". */
function expectedShown(parts: { written: string; shown: string }[]): { written: string; shown: string } {
	const written = parts.map((p) => p.written).join(' ');
	const trimmed = written.trim();
	if (trimmed === '') return { written, shown: '—' };
	// Trimming can only cut text parts (links are never blank at their ends): cut the shown text the same way.
	const shown = parts.map((p) => p.shown).join(' ');
	const lead = written.length - written.trimStart().length;
	const tail = written.length - written.trimEnd().length;
	return { written, shown: shown.slice(lead, shown.length - tail).replace(/\r\n?/g, '\n') };
}

describe('cell text, read back by a GFM parser', () => {
	it('shows every printable value as the rules say, and pads every line to one display width', () => {
		fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), (values) => {
			const cases = values.map(expectedShown);
			const notes = [{ name: 'N', frontmatter: Object.fromEntries(cases.map((c, i) => [`p${i}`, c.written])) }];
			const markdown = comparisonTable(notes);
			expect(readCells(markdown).map((row) => row[1])).toEqual(cases.map((c) => c.shown));
			expect(markdown).not.toContain('%%');
			const widths = new Set(markdown.split("\n").map((line) => displayWidth(line)));
			expect(widths.size).toBe(1);
		}), { numRuns: 120 });
	});
});
