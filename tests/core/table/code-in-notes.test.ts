import { describe, expect, it } from 'vitest';
import { findTableBlocks, refreshText } from '../../../src/core/table/table-blocks';

const OPEN = '%% protocol-table id=k3f9 source=links orient=columns %%';
const CLOSE = '%% /protocol-table id=k3f9 %%';
const block = (prefix = ''): string => [`${prefix}${OPEN}`, prefix.trimEnd(), `${prefix}| old |`, prefix.trimEnd(), `${prefix}${CLOSE}`].join('\n');
const NEW = '| new |';
const refreshed = (prefix = ''): string => block(prefix).replace('| old |', NEW);

describe('table markers in code (issue 9, finding 2)', () => {
	it('does not take a fence with an info string as the closing fence', () => {
		const note = ['```', '```js', block(), '```', ''].join('\n');
		expect(refreshText(note, () => NEW)).toEqual({ text: note, changes: [], problems: [] });
	});

	it('does not take a shorter fence or a fence of the other character as the closing fence', () => {
		const note = ['````', '```', '~~~~', block(), '````', block()].join('\n');
		// Only the table after the closing ```` is a table.
		expect(refreshText(note, () => NEW).text).toBe(['````', '```', '~~~~', block(), '````', refreshed()].join('\n'));
	});

	it('does not take "> ```" inside a fence outside any callout as the closing fence', () => {
		const note = ['```markdown', '> [!note]', '> ```', block('> '), '```', ''].join('\n');
		expect(refreshText(note, () => NEW)).toEqual({ text: note, changes: [], problems: [] });
	});

	it('leaves markers shown in a ```markdown block that shows a callout alone, and refreshes the real table after it', () => {
		const shown = ['```markdown', '> [!example]', block('> '), '```'].join('\n');
		const note = `${shown}\n\n${block()}\n`;
		expect(refreshText(note, () => NEW).text).toBe(`${shown}\n\n${refreshed()}\n`);
	});

	it('reads a closing fence with up to three spaces before it and blanks after it, not four spaces', () => {
		expect(findTableBlocks(['~~~', block(), '   ~~~  ', block()].join('\n')).blocks.map((b) => b.openLine)).toEqual([7]);
		expect(findTableBlocks(['~~~', block(), '    ~~~', block()].join('\n')).blocks).toEqual([]);
	});

	it('leaves markers in indented code alone and does not report them', () => {
		const indented = block().split('\n').map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
		const note = `Intro\n\n${indented}\n\n${block()}\n`;
		const result = refreshText(note, () => NEW);
		expect(result.text).toBe(`Intro\n\n${indented}\n\n${refreshed()}\n`);
		expect(result.problems).toEqual([]);
	});

	it('does not report a stray marker in indented code inside a callout', () => {
		expect(findTableBlocks('> [!note]\n>\n>     %% /protocol-table id=zzzz %%\n')).toEqual({ blocks: [], problems: [] });
	});

	it('reads an indented marker that continues a paragraph as text, not code', () => {
		expect(findTableBlocks('Some text\n    %% /protocol-table id=zzzz %%\n').problems.map((p) => p.kind)).toEqual(['unopened']);
	});

	it('does not report markers in code as problems', () => {
		const note = ['```', '%% /protocol-table id=zzzz %%', '%% protocol-table id=bad source=nowhere %%', '```'].join('\n');
		expect(findTableBlocks(note).problems).toEqual([]);
	});

	it('treats a backtick line whose info string holds a backtick as text, not a fence', () => {
		const note = ['``` a`b', block()].join('\n');
		expect(findTableBlocks(note).blocks).toHaveLength(1);
	});

	it('ignores markers in the front matter and is not fooled by a fence inside it', () => {
		const note = ['---', 'example: |', '  ```js', '---', block()].join('\n');
		expect(findTableBlocks(note).blocks.map((b) => b.openLine)).toEqual([4]);
	});
});

describe('fences in callouts (issue 9, finding 3)', () => {
	it('ends an unclosed fence with its callout, so the tables after the callout are found', () => {
		const note = ['> [!note] Example', '> ```js', '> let a = 1;', '', block(), ''].join('\n');
		const result = refreshText(note, () => NEW);
		expect(result.text).toBe(['> [!note] Example', '> ```js', '> let a = 1;', '', refreshed(), ''].join('\n'));
		expect(result.problems).toEqual([]);
	});

	it('keeps a fence inside a callout open on the callout\'s lines, markers there included', () => {
		const note = ['> ```', block('> '), '> ```', '> ', block('> ')].join('\n');
		expect(findTableBlocks(note).blocks.map((b) => b.openLine)).toEqual([8]);
	});

	it('closes a fence opened in a nested quote when the line drops to the outer quote', () => {
		const note = ['> > ```', '> > text', block('> ')].join('\n');
		expect(findTableBlocks(note).blocks.map((b) => b.prefix)).toEqual(['> ']);
	});
});

describe('a byte-order mark at the start of the note (issue 9, finding 4)', () => {
	it('reads the first line\'s marker after the mark, and keeps the mark', () => {
		const note = `\uFEFF${block()}\n`;
		const result = refreshText(note, () => NEW);
		expect(result.problems).toEqual([]);
		expect(result.text).toBe(`\uFEFF${refreshed()}\n`);
	});

	it('reads a callout prefix after the mark without taking the mark into it', () => {
		const note = `\uFEFF${block('> ')}`;
		expect(findTableBlocks(note).blocks.map((b) => b.prefix)).toEqual(['> ']);
		expect(refreshText(note, () => NEW).text).toBe(`\uFEFF${refreshed('> ')}`);
	});
});

describe('the line that froze refresh (issue 9, finding 1)', () => {
	it('finds no table in a line of 28 quote markers followed by text', () => {
		const line = `${'>  '.repeat(28)}x`;
		expect(refreshText(`${line}\n${'> '.repeat(40)}y`, () => NEW)).toEqual({ text: `${line}\n${'> '.repeat(40)}y`, changes: [], problems: [] });
	});
});
