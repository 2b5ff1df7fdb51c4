import { describe, expect, it } from 'vitest';
import { App } from '../../fakes/obsidian';
import { chooseNotes } from '../../../src/obsidian/table/note-source';

/** A note that links A, and holds a table whose cells link B and a note that does not exist. */
const NOTE = [
	'Compare [[A]].',
	'',
	'%% protocol-table id=t1 source=links props=example orient=columns %%',
	'',
	'| Property | [[A]] |',
	'| -------- | ----- |',
	'| example  | [[B]] [[Nowhere]] |',
	'',
	'%% /protocol-table id=t1 %%',
	'',
	'After the table: [[C]].',
].join('\n');

const app = App.fromNotes({ 'Compare.md': NOTE, 'A.md': '', 'B.md': '', 'C.md': '' });
const source = app.vault.fileAt('Compare.md');

describe('chooseNotes with the note\'s own text', () => {
	it('leaves out the links inside the note\'s comparison tables, and keeps those before and after them', () => {
		const chosen = chooseNotes(app.asApp(), { source: 'links' }, source, NOTE);
		expect(chosen.files.map((file) => file.path)).toEqual(['A.md', 'C.md']);
		expect(chosen.missing).toEqual([]);
	});

	it('counts every link, table cells included, when it is not given the text', () => {
		const chosen = chooseNotes(app.asApp(), { source: 'links' }, source);
		expect(chosen.files.map((file) => file.path)).toEqual(['A.md', 'B.md', 'C.md']);
		expect(chosen.missing).toEqual(['Nowhere']);
	});
});
