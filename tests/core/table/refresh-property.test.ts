import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { refreshText } from '../../../src/core/table/table-blocks';
import type { TableSpec } from '../../../src/core/table/markers';

/**
 * Random notes built from parts whose meaning is known by construction: text, real tables (in callouts
 * too), code of every kind holding markers and fake closing fences, and stray markers. The expected result
 * is worked out from the parts, not from the scanner: only real tables change, to what `build` says.
 */
interface Part {
	/** The note text of the part. */
	before: string;
	/** The text after a refresh. */
	after: string;
	/** Ids of the real tables in it. */
	ids: string[];
}

const open = (id: string): string => `%% protocol-table id=${id} source=links orient=columns %%`;
const close = (id: string): string => `%% /protocol-table id=${id} %%`;
const table = (id: string): string => `| ${id} |\n| --- |`;

const word = fc.constantFrom('alpha', 'beta', '상태', 'x | y', '100%', 'a > b', '`code`', '~tilde~', '[[Link]]', '%% note %%');
const textLine = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const id = fc.stringMatching(/^[a-z0-9]{4}$/);
const oldInner = fc.array(textLine, { maxLength: 3 }).map((lines) => lines.map((line) => `| ${line} |`));

/** A real table block with a quote prefix; what is inside the markers is replaced by the build. */
function realTable(prefix: string): fc.Arbitrary<Part> {
	return fc.tuple(id, oldInner).map(([tableId, inner]) => {
		const lines = (rows: string[]): string => [open(tableId), ...rows, close(tableId)].map((line) => (line === '' ? prefix.trimEnd() : prefix + line)).join('\n');
		const built = ['', ...table(tableId).split('\n'), ''];
		return { before: lines(inner), after: lines(built), ids: [tableId] };
	});
}

/** Lines that look like markers or fences but sit in code, where nothing may change. */
const codeContent = fc.array(
	fc.oneof(
		textLine,
		id.map(open),
		id.map(close),
		id.map((tableId) => `${open(tableId)}\n\n${table(tableId)}\n\n${close(tableId)}`),
		fc.constantFrom('```js', '~~', '> ```', '```` x', '  ', '``', '>'),
	),
	{ maxLength: 5 },
).map((lines) => lines.join('\n').split('\n'));

/** A fenced block (backtick or tilde, any length, with an info string or not), closed by a proper fence or never. */
function fenced(prefix: string, closed: boolean): fc.Arbitrary<Part> {
	return fc.tuple(fc.constantFrom('`', '~'), fc.integer({ min: 3, max: 5 }), fc.constantFrom('', 'js', 'markdown', ' python {x}'), codeContent, fc.integer({ min: 0, max: 2 }))
		.map(([char, length, info, content, extra]) => {
			// No body line can close it: each fence-like line is shorter, has an info string or starts with "> ".
			const lines = [char.repeat(length) + info, ...content, ...(closed ? [char.repeat(length + extra)] : [])];
			const text = lines.map((line) => (line === '' ? prefix.trimEnd() : prefix + line)).join('\n');
			return { before: text, after: text, ids: [] };
		});
}

/** Indented code after a blank line. */
const indented: fc.Arbitrary<Part> = codeContent.filter((lines) => lines.some((line) => line.trim() !== '')).map((lines) => {
	const text = `\n${lines.map((line) => (line.trim() === '' ? '' : `    ${line}`)).join('\n')}\n`;
	return { before: text, after: text, ids: [] };
});

/** Markers that make no table: a damaged opening one, a closing one alone. */
const stray: fc.Arbitrary<Part> = fc.oneof(id.map((tableId) => `%% protocol-table id=${tableId} source=nowhere %%`), id.map(close)).map((line) => ({ before: line, after: line, ids: [] }));

const text: fc.Arbitrary<Part> = textLine.map((line) => ({ before: line, after: line, ids: [] }));

/** A callout holding text, a table and code, maybe an unclosed fence; a blank line ends it. */
const callout: fc.Arbitrary<Part> = fc.array(fc.oneof(text.map((part) => ({ ...part, before: `> ${part.before}`, after: `> ${part.after}` })), realTable('> '), fenced('> ', true)), { maxLength: 3 })
	.chain((inner) => fc.boolean().chain((unclosed) => (unclosed ? fenced('> ', false) : fc.constant(null)).map((last) => {
		const parts = last ? [...inner, last] : inner;
		return {
			before: ['> [!note] Callout', ...parts.map((p) => p.before), ''].join('\n'),
			after: ['> [!note] Callout', ...parts.map((p) => p.after), ''].join('\n'),
			ids: parts.flatMap((p) => p.ids),
		};
	})));

const part = fc.oneof(text, realTable(''), fenced('', true), indented, stray, callout);
const note = fc.tuple(fc.array(part, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean()).map(([parts, eol, bom, finalBreak]) => {
	// Ids must differ for the expected text to be known; parts repeating one are dropped.
	const seen = new Set<string>();
	const kept = parts.filter((p) => p.ids.every((tableId) => !seen.has(tableId)) && (p.ids.forEach((tableId) => seen.add(tableId)), true));
	const join = (pick: (p: Part) => string): string => (bom ? '\uFEFF' : '') + kept.map(pick).join('\n\n').replace(/\n/g, eol) + (finalBreak ? eol : '');
	return { before: join((p) => p.before), after: join((p) => p.after), ids: kept.flatMap((p) => p.ids) };
});

const build = (spec: TableSpec): string => table(spec.id);

describe('refreshText over random notes', () => {
	it('changes only the inside of well-formed markers outside code, to what the build says', () => {
		fc.assert(fc.property(note, (n) => {
			const result = refreshText(n.before, build);
			expect(result.text).toBe(n.after);
		}), { numRuns: 400 });
	});

	it('gives the same note when refreshed twice as when refreshed once', () => {
		fc.assert(fc.property(note, (n) => {
			const once = refreshText(n.before, build).text;
			const twice = refreshText(once, build);
			expect(twice.text).toBe(once);
			expect(twice.changes).toEqual([]);
		}), { numRuns: 400 });
	});
});
