import { describe, expect, it } from 'vitest';
import { App, type TFile } from '../../fakes/obsidian';
import { chooseNotes, tableNotes, vaultFolders, vaultTags } from '../../../src/obsidian/table/note-source';

const app = App.fromNotes({
	'Compare.md': '---\ntags: [proto]\n---\nSee [[B]], [[A#Heading|a]], [[B]] again, [[Gone]] and [[Compare]].\n',
	'A.md': '---\ntags: [Proto]\nkind: x\n---\n',
	'B.md': '---\ntags: [proto/tcp]\n---\nInline #other tag.\n',
	'C.md': '---\ntags: [protocol]\n---\n',
	'net/D.md': '---\nkind: y\n---\n',
	'net/deep/E.md': '',
});
const source = app.vault.fileAt('Compare.md');
const names = (files: TFile[]): string[] => files.map((file) => file.path);

describe('chooseNotes', () => {
	it('takes the linked notes in the order linked, once each, without the note itself, and names unresolved links', () => {
		const chosen = chooseNotes(app.asApp(), { source: 'links' }, source);
		expect(names(chosen.files)).toEqual(['B.md', 'A.md']);
		expect(chosen.missing).toEqual(['Gone']);
	});

	it('takes the notes with a tag, whatever its case, nested tags included, but not a longer tag', () => {
		expect(names(chooseNotes(app.asApp(), { source: 'tag', value: '#proto' }, source).files)).toEqual(['A.md', 'B.md']);
	});

	it('takes the notes in a folder and its subfolders, and names a folder that does not exist', () => {
		expect(names(chooseNotes(app.asApp(), { source: 'folder', value: 'net' }, source).files)).toEqual(['net/D.md', 'net/deep/E.md']);
		expect(chooseNotes(app.asApp(), { source: 'folder', value: 'nowhere' }, source)).toEqual({ files: [], missing: ['nowhere'] });
	});

	it('takes picked notes by path and names those that were renamed or deleted', () => {
		const chosen = chooseNotes(app.asApp(), { source: 'picked', notes: ['net/D.md', 'Old.md', 'A.md'] }, source);
		expect(names(chosen.files)).toEqual(['net/D.md', 'A.md']);
		expect(chosen.missing).toEqual(['Old']);
	});
});

describe('tableNotes', () => {
	it('reads names and properties from the metadata cache and links by the shortest link text', () => {
		const files = chooseNotes(app.asApp(), { source: 'picked', notes: ['A.md', 'net/D.md'] }, source).files;
		expect(tableNotes(app.asApp(), files, source.path)).toEqual([
			{ name: 'A', frontmatter: { tags: ['Proto'], kind: 'x' }, link: 'A' },
			{ name: 'D', frontmatter: { kind: 'y' }, link: 'D' },
		]);
	});
});

describe('vault lists for the modal', () => {
	it('lists tags most used first, one per spelling regardless of case, and folders by path', () => {
		// proto (Compare) and Proto (A) are one tag used twice; the rest once each, alphabetically.
		expect(vaultTags(app.asApp())).toEqual(['proto', 'other', 'proto/tcp', 'protocol']);
		expect(vaultFolders(app.asApp())).toEqual(['net', 'net/deep']);
	});
});
