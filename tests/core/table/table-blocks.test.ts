import { describe, expect, it } from 'vitest';
import { closingMarker, newTableId, openingMarker, readMarkerLine, specFromFields, type TableSpec } from '../../../src/core/table/markers';
import { blockText, findTableBlocks, refreshText } from '../../../src/core/table/table-blocks';
import { insertionText } from '../../../src/core/table/insertion';

const spec: TableSpec = { id: 'k3f9', source: 'links', properties: ['keeps_state', 'example'], orientation: 'columns' };
const NEW = '| a |\n| --- |\n| new |';

describe('table markers', () => {
	it('records the choice and the id in the opening marker', () => {
		expect(openingMarker(spec)).toBe('%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%');
		expect(closingMarker('k3f9')).toBe('%% /protocol-table id=k3f9 %%');
	});

	it('writes spaces, commas and percent signs in values as %XX and reads them back; Korean stays readable', () => {
		const picked: TableSpec = { id: 'a1', source: 'picked', notes: ['세션과 수평 확장.md', 'a,b%.md'], properties: ['last login'], orientation: 'rows' };
		const line = openingMarker(picked);
		expect(line).toBe('%% protocol-table id=a1 source=picked notes=세션과%20수평%20확장.md,a%2Cb%25.md props=last%20login orient=rows %%');
		const read = readMarkerLine(line);
		expect(read && specFromFields(read.fields)).toEqual(picked);
	});

	it('reads the quote prefix of a marker in a callout', () => {
		expect(readMarkerLine('> %% /protocol-table id=k3f9 %%')).toMatchObject({ prefix: '> ', closing: true });
	});

	it('finds a marker that cannot be read as damaged, not as a table', () => {
		const read = readMarkerLine('%% protocol-table id=k3f9 source=everything %%');
		expect(read && specFromFields(read.fields)).toEqual({ error: 'source' });
	});

	it('makes an id not yet used, even from a random source that repeats itself', () => {
		expect(newTableId(new Set(), () => 0)).toBe('aaaa');
		expect(newTableId(new Set(['aaaa']), () => 0)).toBe('aaaa50');
	});
});

describe('insertionText', () => {
	it('puts a blank line after the opening marker and before the closing one', () => {
		expect(insertionText('', 0, spec, NEW)).toBe(
			'%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%\n\n| a |\n| --- |\n| new |\n\n%% /protocol-table id=k3f9 %%',
		);
	});

	it('repeats the callout prefix on every line, markers included', () => {
		expect(insertionText('> ', 2, spec, NEW)).toBe(
			'%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%\n>\n> | a |\n> | --- |\n> | new |\n>\n> %% /protocol-table id=k3f9 %%',
		);
	});

	it('starts on a new line in the middle of text and moves the rest of the line below the table', () => {
		expect(insertionText('before after', 7, spec, '| t |')).toBe(
			'\n%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%\n\n| t |\n\n%% /protocol-table id=k3f9 %%\n',
		);
	});
});

describe('refreshText', () => {
	const block = (id: string, table: string, prefix = ''): string => blockText({ ...spec, id }, table, prefix);

	it('rewrites only the text between the markers, byte for byte leaving the rest', () => {
		const before = `# Title\ntext before\n${block('k3f9', '| a |\n| --- |\n| old |')}\ntext after\n`;
		const result = refreshText(before, () => NEW);
		expect(result.text).toBe(`# Title\ntext before\n${block('k3f9', NEW)}\ntext after\n`);
		expect(result.changes).toHaveLength(1);
	});

	it('replaces what the user typed inside the markers and keeps what they typed around them', () => {
		const note = [
			'intro',
			'%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%',
			'my note inside',
			'| stale |',
			'%% /protocol-table id=k3f9 %%',
			'outro without newline',
		].join('\n');
		expect(refreshText(note, () => NEW).text).toBe([
			'intro',
			'%% protocol-table id=k3f9 source=links props=keeps_state,example orient=columns %%',
			'',
			'| a |',
			'| --- |',
			'| new |',
			'',
			'%% /protocol-table id=k3f9 %%',
			'outro without newline',
		].join('\n'));
	});

	it('refreshes two tables of one note, each from its own marker', () => {
		const note = `${block('aaaa', '| 1 |')}\n\nmiddle\n\n${block('bbbb', '| 2 |')}\n`;
		const result = refreshText(note, (s) => `| ${s.id} |`);
		expect(result.text).toBe(`${block('aaaa', '| aaaa |')}\n\nmiddle\n\n${block('bbbb', '| bbbb |')}\n`);
	});

	it('keeps the callout prefix on every rewritten line', () => {
		const note = `> [!note] Compare\n${block('k3f9', '| old |', '> ')}\n> after\n`;
		expect(refreshText(note, () => NEW).text).toBe(`> [!note] Compare\n${block('k3f9', NEW, '> ')}\n> after\n`);
	});

	it('keeps Windows line breaks', () => {
		const note = 'x\r\n%% protocol-table id=k3f9 source=links orient=columns %%\r\n\r\n| old |\r\n\r\n%% /protocol-table id=k3f9 %%\r\ny';
		expect(refreshText(note, () => '| a |\n| --- |').text).toBe(
			'x\r\n%% protocol-table id=k3f9 source=links orient=columns %%\r\n\r\n| a |\r\n| --- |\r\n\r\n%% /protocol-table id=k3f9 %%\r\ny',
		);
	});

	it('changes nothing when the table is already current', () => {
		const note = `a\n${block('k3f9', NEW)}\n`;
		expect(refreshText(note, () => NEW)).toEqual({ text: note, changes: [], problems: [] });
	});

	it('reports a damaged marker and leaves its table alone while refreshing the others', () => {
		const damaged = '%% protocol-table id=bad1 source=nowhere %%\n| keep me |\n%% /protocol-table id=bad1 %%';
		const note = `${damaged}\n${block('good', '| old |')}\n`;
		const result = refreshText(note, () => NEW);
		expect(result.text).toBe(`${damaged}\n${block('good', NEW)}\n`);
		expect(result.problems).toEqual([{ line: 1, kind: 'damaged', text: '%% protocol-table id=bad1 source=nowhere %%' }]);
	});

	it('reports unclosed, unopened and mismatched markers without rewriting anything', () => {
		const note = [
			'%% /protocol-table id=zzzz %%',
			'%% protocol-table id=aaaa source=links orient=columns %%',
			'| a |',
			'%% /protocol-table id=bbbb %%',
			'%% protocol-table id=cccc source=links orient=columns %%',
			'| c |',
		].join('\n');
		const result = refreshText(note, () => NEW);
		expect(result.text).toBe(note);
		expect(result.problems.map((p) => [p.line, p.kind])).toEqual([[1, 'unopened'], [2, 'mismatched'], [4, 'mismatched'], [5, 'unclosed']]);
	});

	it('ignores markers shown inside a code fence', () => {
		const note = '```\n%% protocol-table id=k3f9 source=links orient=columns %%\n```\n';
		expect(findTableBlocks(note)).toEqual({ blocks: [], problems: [] });
	});
});
