import { describe, expect, it } from 'vitest';
import { comparisonTable, type TableNote } from '../../../src/core/table/comparison-table';

const plain = { pad: false } as const;

describe('comparisonTable', () => {
	it('writes one column per note and one row per property, most common key first', () => {
		const notes: TableNote[] = [
			{ name: 'A', frontmatter: { y: 'only A', x: true } },
			{ name: 'B', frontmatter: { x: false } },
		];
		expect(comparisonTable(notes, plain)).toBe(
			['|  | A | B |', '| --- | --- | --- |', '| x | ✅ | ❌ |', '| y | only A | — |'].join('\n'),
		);
	});

	it('keeps first-seen order between keys that are equally common', () => {
		const notes: TableNote[] = [
			{ name: 'A', frontmatter: { b: 1, a: 2 } },
			{ name: 'B', frontmatter: { a: 3, b: 4 } },
		];
		expect(comparisonTable(notes, plain).split('\n').slice(2)).toEqual(['| b | 1 | 4 |', '| a | 2 | 3 |']);
	});

	it('leaves out tags, aliases, cssclasses and position unless asked for by name', () => {
		const notes: TableNote[] = [{ name: 'A', frontmatter: { tags: ['x'], aliases: ['y'], cssclasses: ['z'], position: { start: 0 }, kind: 'k' } }];
		expect(comparisonTable(notes, plain).split('\n').slice(2)).toEqual(['| kind | k |']);
		expect(comparisonTable(notes, { ...plain, properties: ['tags'] }).split('\n').slice(2)).toEqual(['| tags | x |']);
	});

	it('writes cells by their rule: lists, links, dates, numbers, missing and nested values', () => {
		const notes: TableNote[] = [{
			name: 'N',
			frontmatter: {
				list: ['a', '[[B]]', 3],
				link: '[[HTTP]]',
				created: '2024-10-29 00:20',
				day: new Date(Date.UTC(2024, 9, 29)),
				count: 42,
				none: null,
				empty: '',
				emptyList: [],
				nested: { store: 'redis', ttl: 30, hosts: ['a', 'b'], inner: { k: true } },
			},
		}];
		const rows = comparisonTable(notes, { ...plain, properties: ['list', 'link', 'created', 'day', 'count', 'none', 'empty', 'emptyList', 'nested', 'absent'] }).split('\n').slice(2);
		expect(rows).toEqual([
			'| list | a, [[B]], 3 |',
			'| link | [[HTTP]] |',
			'| created | 2024-10-29 00:20 |',
			'| day | 2024-10-29 |',
			'| count | 42 |',
			'| none | — |',
			'| empty | — |',
			'| emptyList | — |',
			'| nested | store: redis, ttl: 30, hosts: [a, b], inner: {k: ✅} |',
			'| absent | — |',
		]);
	});

	it('escapes every pipe, link aliases included, and writes line breaks as <br>', () => {
		const notes: TableNote[] = [{ name: 'N', frontmatter: { pipe: 'a | b', alias: '[[TCP|the TCP note]]', lines: 'one\ntwo\r\nthree' } }];
		expect(comparisonTable(notes, { ...plain, properties: ['pipe', 'alias', 'lines'] }).split('\n').slice(2)).toEqual([
			'| pipe | a \\| b |',
			'| alias | [[TCP\\|the TCP note]] |',
			'| lines | one<br>two<br>three |',
		]);
	});

	it('uses the symbols it is given for true and false', () => {
		const notes: TableNote[] = [{ name: 'N', frontmatter: { yes: true, no: false } }];
		expect(comparisonTable(notes, { ...plain, symbols: { true: 'O', false: 'X' } }).split('\n').slice(2)).toEqual(['| yes | O |', '| no | X |']);
	});

	it('renames row labels and writes notes with a link as wikilinks in the header', () => {
		const notes: TableNote[] = [
			{ name: 'TCP', link: 'TCP', frontmatter: { keeps_state: true } },
			{ name: 'Login', link: 'flows/Login', frontmatter: { keeps_state: true } },
		];
		expect(comparisonTable(notes, { ...plain, labels: { keeps_state: 'Keeps state' }, corner: 'Property' }).split('\n')).toEqual([
			'| Property | [[TCP]] | [[flows/Login\\|Login]] |',
			'| --- | --- | --- |',
			'| Keeps state | ✅ | ✅ |',
		]);
	});

	it('swaps rows and columns when asked for one row per note', () => {
		const notes: TableNote[] = [
			{ name: 'A', frontmatter: { x: true, y: 'p' } },
			{ name: 'B', frontmatter: { x: false, y: 'q' } },
		];
		expect(comparisonTable(notes, { ...plain, orientation: 'rows', corner: 'Note' }).split('\n')).toEqual([
			'| Note | x | y |',
			'| --- | --- | --- |',
			'| A | ✅ | p |',
			'| B | ❌ | q |',
		]);
	});

	it('pads cells by display width, Korean and ✅/❌ counting two columns', () => {
		const notes: TableNote[] = [
			{ name: '상태', frontmatter: { keeps_state: true } },
			{ name: 'HTTP', frontmatter: { keeps_state: false } },
		];
		// Widths by hand: 상태 유지 = 2+2+1+2+2 = 9; 상태 = 4; ✅ = ❌ = 2; HTTP = 4.
		expect(comparisonTable(notes, { labels: { keeps_state: '상태 유지' }, corner: '항목' }).split('\n')).toEqual([
			'| 항목      | 상태 | HTTP |',
			'| --------- | ---- | ---- |',
			'| 상태 유지 | ✅   | ❌   |',
		]);
	});

	it('gives every padded column at least three dashes', () => {
		expect(comparisonTable([{ name: 'A', frontmatter: { b: 1 } }]).split('\n')).toEqual(['|     | A   |', '| --- | --- |', '| b   | 1   |']);
	});
});
