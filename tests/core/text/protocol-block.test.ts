import { describe, expect, it } from 'vitest';
import { blockInsertion, positionAfter } from '../../../src/core/text/protocol-block';

/** A fenced login block, written out by hand. */
const TEMPLATE = [
	'```protocol',
	'%% @title Login',
	'%% @kind stateful',
	'sequenceDiagram',
	'    Client->>Server: Login Request',
	'    %% @state Server += session',
	'    Server-->>Client: Login Response (Set-Cookie)',
	'    %% @state Client += cookie',
	'    Client->>Server: GET /profile (cookie)',
	'    %% @needs Server: session',
	'```',
].join('\n');

/** Applies an insertion to one line of text, as an editor would. */
function apply(line: string, fromCh: number, toCh: number, text: string): string {
	return line.slice(0, fromCh) + text + line.slice(toCh);
}

describe('blockInsertion', () => {
	it('writes the block and a line break on an empty line, cursor on the line below the block', () => {
		const insertion = blockInsertion({ from: { line: 3, ch: 0 }, to: { line: 3, ch: 0 }, fromLine: '', toLine: '' }, TEMPLATE);
		expect(insertion.text).toBe(`${TEMPLATE}\n`);
		expect(insertion.cursor).toEqual({ line: 14, ch: 0 });
	});

	it('starts the block on a new line when the cursor is after text, and keeps the text after the cursor below it', () => {
		const insertion = blockInsertion({ from: { line: 0, ch: 6 }, to: { line: 0, ch: 6 }, fromLine: 'Intro: more', toLine: 'Intro: more' }, TEMPLATE);
		expect(apply('Intro: more', 6, 6, insertion.text)).toBe(`Intro:\n${TEMPLATE}\n\n more`);
		// One line for "Intro:", eleven for the block, one blank: the cursor stands before " more".
		expect(insertion.cursor).toEqual({ line: 13, ch: 0 });
	});

	it('replaces the selection, as typing would', () => {
		const insertion = blockInsertion({ from: { line: 0, ch: 4 }, to: { line: 0, ch: 8 }, fromLine: 'abc DEF ghi', toLine: 'abc DEF ghi' }, TEMPLATE);
		expect(apply('abc DEF ghi', 4, 8, insertion.text)).toBe(`abc \n${TEMPLATE}\n\nghi`);
	});

	it('repeats the callout marker on every line when the cursor stands in a callout, and keeps the callout going after it', () => {
		const insertion = blockInsertion({ from: { line: 1, ch: 2 }, to: { line: 1, ch: 2 }, fromLine: '> ', toLine: '> ' }, TEMPLATE);
		const quoted = TEMPLATE.split('\n').map((line) => `> ${line}`).join('\n');
		expect(apply('> ', 2, 2, insertion.text)).toBe(`${quoted}\n>`);
		expect(insertion.cursor).toEqual({ line: 12, ch: 1 });
	});

	it('puts text after the cursor in a callout on a quoted line of its own below the block', () => {
		const insertion = blockInsertion({ from: { line: 0, ch: 6 }, to: { line: 0, ch: 6 }, fromLine: '> See: this', toLine: '> See: this' }, TEMPLATE);
		const quoted = TEMPLATE.split('\n').map((line) => `> ${line}`).join('\n');
		expect(apply('> See: this', 6, 6, insertion.text)).toBe(`> See:\n${quoted}\n>\n>  this`);
	});
});

describe('positionAfter', () => {
	it('moves along the line for text without line breaks', () => {
		expect(positionAfter({ line: 2, ch: 5 }, 'abc')).toEqual({ line: 2, ch: 8 });
	});

	it('goes to the end of the last line written for text with line breaks', () => {
		expect(positionAfter({ line: 2, ch: 5 }, 'ab\ncd\nxyz')).toEqual({ line: 4, ch: 3 });
	});
});
