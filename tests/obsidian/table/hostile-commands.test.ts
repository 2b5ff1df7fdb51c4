import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notice } from '../../fakes/obsidian';
import { initialChoice, insertTable } from '../../../src/obsidian/table/insert';
import { registerTableFeatures } from '../../../src/obsidian/table/register';
import { fixture, openNote } from './fixture';

const NOTES = {
	'Compare.md': 'See [[A]] and [[B]].\n',
	'A.md': '---\nkind: first\n---\n',
	'B.md': '---\nkind: second\n---\n',
};
const TABLE = ['| Property | [[A]] | [[B]]  |', '| -------- | ----- | ------ |', '| kind     | first | second |'].join('\n');
const OLD = ['%% protocol-table id=old1 source=links props=kind orient=columns %%', '', '| stale |', '| ----- |', '', '%% /protocol-table id=old1 %%'];
const NEW_OPEN = '%% protocol-table id=aaaa source=links props=kind orient=columns %%';
const NEW_BLOCK = `${NEW_OPEN}\n\n${TABLE}\n\n%% /protocol-table id=aaaa %%`;
const alwaysA = (): number => 0;

/** Unhandled rejections seen while a test runs: a command must never leave one. */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
	unhandled.push(reason);
};
beforeEach(() => {
	Notice.reset();
	unhandled.length = 0;
	process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
	process.off('unhandledRejection', onUnhandled);
});

describe('Insert comparison table with the cursor inside another table (issue 9, finding 5)', () => {
	for (const line of [1, 3, 4, 6]) {
		it(`inserts after the table whose markers enclose line ${line + 1}, leaving it whole, and says so`, async () => {
			const f = fixture('en', { ...NOTES, 'Compare.md': ['See [[A]] and [[B]].', ...OLD, 'after'].join('\n') });
			const { file, editor } = openNote(f, 'Compare.md');
			editor.setCursor({ line, ch: 1 });
			expect(await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA)).toBe(true);
			expect(editor.getValue()).toBe(['See [[A]] and [[B]].', ...OLD, NEW_BLOCK, 'after'].join('\n'));
			expect(Notice.shown).toEqual(['The cursor was inside a table, so the new table went below it.']);
		});
	}

	it('inserts after the last row of a hand-written Markdown table, not between its rows', async () => {
		const rows = ['| a | b |', '| - | - |', '| 1 | 2 |', '| 3 | 4 |'];
		const f = fixture('en', { ...NOTES, 'Compare.md': ['See [[A]] and [[B]].', '', ...rows, '', 'after'].join('\n') });
		const { file, editor } = openNote(f, 'Compare.md');
		editor.setCursor({ line: 3, ch: 4 });
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		expect(editor.getValue()).toBe(['See [[A]] and [[B]].', '', ...rows, NEW_BLOCK, '', 'after'].join('\n'));
	});
});

describe('Insert comparison table on values that once threw (issue 9, finding 9)', () => {
	it('inserts a table for a property that refers to itself', async () => {
		const f = fixture('en', NOTES);
		const a = f.app.vault.fileAt('A.md');
		const loop: unknown[] = ['x'];
		loop.push(loop);
		const frontmatter = f.app.metadataCache.getFileCache(a)?.frontmatter as Record<string, unknown>;
		frontmatter.kind = loop;
		const { file, editor, text } = openNote(f, 'Compare.md');
		expect(await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA)).toBe(true);
		expect(editor.getValue()).toBe(`${text}${NEW_BLOCK.replace('| kind     | first | second |', '| kind     | x, …  | second |')}`);
	});

	it('tells the user in a notice, and changes nothing, when building the table fails', async () => {
		const f = fixture('en', NOTES);
		f.app.metadataCache.getFileCache = () => {
			throw new Error('cache broken');
		};
		const { file, editor, text } = openNote(f, 'Compare.md');
		const error = console.error;
		console.error = () => {};
		try {
			expect(await insertTable(f.ctx, editor.asEditor(), file, { source: 'links', properties: [], orientation: 'columns' }, alwaysA)).toBe(false);
		} finally {
			console.error = error;
		}
		expect(editor.getValue()).toBe(text);
		expect(Notice.shown).toEqual(['The comparison table could not be inserted. Nothing was changed.']);
	});
});

describe('table commands report every failure in a notice', () => {
	it('shows a notice, and leaves no unhandled rejection, when the insert command cannot start', async () => {
		const f = fixture('en', NOTES);
		registerTableFeatures(f.ctx);
		f.app.metadataCache.getFileCache = () => {
			throw new Error('cache broken');
		};
		const { file, editor } = openNote(f, 'Compare.md');
		const error = console.error;
		console.error = () => {};
		try {
			for (const command of f.plugin.commands) command.editorCallback?.(editor.asEditor(), { file } as never);
			await new Promise((resolve) => setImmediate(resolve));
		} finally {
			console.error = error;
		}
		expect(Notice.shown).toContain('The comparison table command failed. Nothing was changed.');
		expect(unhandled).toEqual([]);
	});

	it('shows a notice when refreshing from the file menu fails', async () => {
		const f = fixture('en', NOTES);
		registerTableFeatures(f.ctx);
		f.app.vault.process = () => Promise.reject(new Error('disk gone'));
		const items: { click: () => void }[] = [];
		const menu = { addItem: (cb: (item: unknown) => void) => {
			const item = { setTitle: () => item, setIcon: () => item, onClick: (click: () => void) => { items.push({ click }); return item; } };
			cb(item);
			return menu;
		} };
		const error = console.error;
		console.error = () => {};
		try {
			f.app.workspace.trigger('file-menu', menu, f.app.vault.fileAt('Compare.md'));
			items[0]?.click();
			await new Promise((resolve) => setImmediate(resolve));
		} finally {
			console.error = error;
		}
		expect(Notice.shown).toEqual(['The comparison tables could not be refreshed.']);
		expect(unhandled).toEqual([]);
	});
});
