import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItem } from 'obsidian';
import { Notice } from '../../fakes/obsidian';
import { registerTableFeatures } from '../../../src/obsidian/table/register';
import { initialChoice, insertTable } from '../../../src/obsidian/table/insert';
import { refreshTables } from '../../../src/obsidian/table/refresh';
import { COMPARISON_NOTE, expectedComparison, fixture, openNote } from './fixture';

const OPEN = '%% protocol-table id=aaaa source=links props=keeps_state,example,scalability,recovery,created orient=columns %%';
const CLOSE = '%% /protocol-table id=aaaa %%';
const block = (table: string): string => `${OPEN}\n\n${table}\n\n${CLOSE}`;
const alwaysA = (): number => 0;

beforeEach(() => Notice.reset());

describe('registerTableFeatures', () => {
	it('adds both commands by name, without the plugin name and without hotkeys', () => {
		const f = fixture('en');
		registerTableFeatures(f.ctx);
		expect(f.plugin.commands.map((c) => [c.id, c.name, c.hotkeys])).toEqual([
			['insert-comparison-table', 'Insert comparison table', undefined],
			['refresh-comparison-tables', 'Refresh comparison tables', undefined],
		]);
	});

	it('names the commands in Korean for a Korean app', () => {
		const f = fixture('ko');
		registerTableFeatures(f.ctx);
		expect(f.plugin.commands.map((c) => c.name)).toEqual(['비교표 넣기', '비교표 새로 고침']);
	});

	it('loads on an app without Bases (no BasesView class) and removes its file-menu listener on unload', () => {
		const f = fixture();
		f.plugin.load();
		expect(() => registerTableFeatures(f.ctx)).not.toThrow();
		expect(f.app.workspace.listenerCount('file-menu')).toBe(1);
		f.plugin.unload();
		expect(f.app.workspace.listenerCount('file-menu')).toBe(0);
	});
});

describe('Insert comparison table', () => {
	it('compares the linked notes with default choices: one undo step, markers, a blank line after the opening one', async () => {
		const f = fixture('ko');
		const { file, editor, text } = openNote(f, COMPARISON_NOTE);
		expect(await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA)).toBe(true);
		expect(editor.getValue()).toBe(text + block(expectedComparison()));
		expect(editor.undoSteps).toBe(1);
		expect(f.settings.tableChoices[COMPARISON_NOTE]).toEqual({ source: 'links', properties: ['keeps_state', 'example', 'scalability', 'recovery', 'created'], orientation: 'columns' });
		expect(f.saves()).toBe(1);
	});

	it('writes "> " on every line when the cursor stands in a callout', async () => {
		const f = fixture('ko');
		const links = '[[무상태 프로토콜 (Stateless)]] · [[상태유지 프로토콜 (Stateful)]] · [[세션과 수평 확장]]\n\n';
		await f.app.vault.modify(f.app.vault.fileAt(COMPARISON_NOTE), `${links}> [!summary] 요약\n> `);
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		editor.setCursor({ line: 3, ch: 2 });
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		const quoted = expectedComparison().split('\n').map((line) => `> ${line}`).join('\n');
		expect(editor.getValue()).toBe(`${links}> [!summary] 요약\n> ${OPEN}\n>\n${quoted}\n>\n> ${CLOSE}`);
		expect(editor.undoSteps).toBe(1);
	});

	it('keeps the inserted table and says so when the choice cannot be saved', async () => {
		const f = fixture('ko');
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		const ctx = { ...f.ctx, saveSettings: () => Promise.reject(new Error('disk full')) };
		expect(await insertTable(ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA)).toBe(true);
		expect(editor.getValue()).toContain(expectedComparison());
		expect(Notice.shown).toEqual(['표는 넣었지만, 이번 선택을 다음을 위해 기억하지 못했습니다.']);
	});

	it('writes nothing and says so when the choice finds no notes', async () => {
		const f = fixture('en');
		const { file, editor, text } = openNote(f, 'TCP.md');
		expect(await insertTable(f.ctx, editor.asEditor(), file, { source: 'tag', value: 'no-such-tag', properties: [], orientation: 'columns' })).toBe(false);
		expect(editor.getValue()).toBe(text);
		expect(editor.undoSteps).toBe(0);
		expect(Notice.shown).toEqual(['No notes to compare: link some notes from this one, or choose a tag, a folder or notes by name.']);
	});

	it('gives a second table in the same note a different id', async () => {
		const f = fixture('en');
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		const choice = initialChoice(f.ctx, file);
		await insertTable(f.ctx, editor.asEditor(), file, choice, alwaysA);
		editor.setCursor({ line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length });
		let calls = 0;
		// The first four draws repeat the taken id "aaaa"; the next four give "bbbb".
		await insertTable(f.ctx, editor.asEditor(), file, choice, () => (calls++ < 4 ? 0 : 1 / 36));
		expect([...editor.getValue().matchAll(/%% protocol-table id=(\w+)/g)].map((m) => m[1])).toEqual(['aaaa', 'bbbb']);
	});
});

describe('Refresh comparison tables', () => {
	it('rewrites the table after a property changed, as one more undo step', async () => {
		const f = fixture('ko');
		const { file, editor, text } = openNote(f, COMPARISON_NOTE);
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		const stateless = f.app.vault.fileAt('무상태 프로토콜 (Stateless).md');
		await f.app.vault.process(stateless, (data) => data.replace('keeps_state: false', 'keeps_state: true'));
		const report = await refreshTables(f.ctx, file, editor.asEditor());
		expect(editor.getValue()).toBe(text + block(expectedComparison(['✅', '✅', '✅'])));
		expect(editor.undoSteps).toBe(2);
		expect(report).toMatchObject({ changed: 1, tables: 1 });
		expect(Notice.shown).toEqual(['비교표 1개를 새로 고쳤습니다.']);
	});

	it('makes no undo step and writes nothing when every table is current', async () => {
		const f = fixture('en');
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		await refreshTables(f.ctx, file, editor.asEditor());
		expect(editor.undoSteps).toBe(1);
		expect(f.app.vault.writes).toBe(0);
		expect(Notice.shown).toEqual(['The comparison table is up to date.']);
	});

	it('leaves the text around and inside the markers byte-identical except the table itself', async () => {
		const f = fixture('ko');
		const around = '# 비교\n\n직접 쓴 문단 | 파이프 포함\n';
		const note = `${around}${OPEN}\n사용자가 표 안에 쓴 줄\n| stale |\n${CLOSE}\n\n끝 문단, 줄바꿈 없음`;
		const target = f.app.vault.fileAt(COMPARISON_NOTE);
		const links = '[[무상태 프로토콜 (Stateless)]] · [[상태유지 프로토콜 (Stateful)]] · [[세션과 수평 확장]]\n';
		await f.app.vault.modify(target, links + note);
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		await refreshTables(f.ctx, file, editor.asEditor());
		expect(editor.getValue()).toBe(`${links}${around}${block(expectedComparison())}\n\n끝 문단, 줄바꿈 없음`);
	});

	it('refreshes a table in a callout with "> " on every line', async () => {
		const f = fixture('ko');
		const target = f.app.vault.fileAt(COMPARISON_NOTE);
		const links = '[[무상태 프로토콜 (Stateless)]] · [[상태유지 프로토콜 (Stateful)]] · [[세션과 수평 확장]]\n\n';
		await f.app.vault.modify(target, `${links}> [!summary] 요약\n> ${OPEN}\n>\n> | old |\n>\n> ${CLOSE}\n`);
		const { file, editor } = openNote(f, COMPARISON_NOTE);
		await refreshTables(f.ctx, file, editor.asEditor());
		const quoted = expectedComparison().split('\n').map((line) => `> ${line}`).join('\n');
		expect(editor.getValue()).toBe(`${links}> [!summary] 요약\n> ${OPEN}\n>\n${quoted}\n>\n> ${CLOSE}\n`);
	});

	it('refreshes two tables of one note independently', async () => {
		const f = fixture('en');
		const target = f.app.vault.fileAt('Stateful login.md');
		const first = '%% protocol-table id=one1 source=picked notes=HTTP.md props=layer orient=columns %%';
		const second = '%% protocol-table id=two2 source=picked notes=TCP.md props=layer orient=rows %%';
		await f.app.vault.modify(target, `${first}\n\n| old |\n\n%% /protocol-table id=one1 %%\ntext\n${second}\n\n| old |\n\n%% /protocol-table id=two2 %%\n`);
		await refreshTables(f.ctx, target);
		expect(f.app.vault.contentOf('Stateful login.md')).toBe([
			first, '', '| Property | [[HTTP]]    |', '| -------- | ----------- |', '| layer    | application |', '', '%% /protocol-table id=one1 %%',
			'text',
			second, '', '| Note    | layer     |', '| ------- | --------- |', '| [[TCP]] | transport |', '', '%% /protocol-table id=two2 %%', '',
		].join('\n'));
		expect(f.app.vault.writes).toBe(2);
	});

	it('writes through vault.process when the note is not open, and names the notes that are gone', async () => {
		const f = fixture('en');
		const target = f.app.vault.fileAt('TCP.md');
		await f.app.vault.modify(target, '%% protocol-table id=p1 source=picked notes=HTTP.md,Old%20name.md props=keeps_state orient=columns %%\n\n| old |\n\n%% /protocol-table id=p1 %%\n');
		await refreshTables(f.ctx, target);
		expect(f.app.vault.contentOf('TCP.md')).toBe('%% protocol-table id=p1 source=picked notes=HTTP.md,Old%20name.md props=keeps_state orient=columns %%\n\n| Property    | [[HTTP]] |\n| ----------- | -------- |\n| keeps_state | ❌       |\n\n%% /protocol-table id=p1 %%\n');
		expect(Notice.shown).toEqual(['Refreshed 1 comparison table.\nNot found, left out of the table: Old name']);
	});

	it('leaves out a linked note that was deleted and names it in the notice', async () => {
		const f = fixture('ko');
		const { file, editor, text } = openNote(f, COMPARISON_NOTE);
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		const scaling = f.app.vault.fileAt('세션과 수평 확장.md');
		await f.app.vault.delete(scaling);
		await refreshTables(f.ctx, file, editor.asEditor());
		// Without the third column, the widest first-column cell and the two remaining columns keep their widths.
		// The rows stay those recorded in the marker, in their order, though fewer notes now have "created".
		const twoColumns = expectedComparison().split('\n').map((line) => line.replace(/ \| [^|]*\|$/, ' |'));
		expect(editor.getValue()).toBe(text + block(twoColumns.join('\n')));
		expect(Notice.shown).toEqual(['비교표 1개를 새로 고쳤습니다.\n찾을 수 없어 표에서 뺀 노트: 세션과 수평 확장']);
	});

	it('reports a damaged marker in a notice and changes nothing', async () => {
		const f = fixture('en');
		const target = f.app.vault.fileAt('TCP.md');
		const note = 'intro\n%% protocol-table id=x1 source=elsewhere %%\n\n| mine |\n\n%% /protocol-table id=x1 %%\n';
		await f.app.vault.modify(target, note);
		const writes = f.app.vault.writes;
		await refreshTables(f.ctx, target);
		expect(f.app.vault.contentOf('TCP.md')).toBe(note);
		expect(f.app.vault.writes).toBe(writes);
		expect(Notice.shown).toEqual(['Comparison table at line 2 left as it is: the opening marker cannot be read.']);
	});

	it('says so when the note has no comparison tables', async () => {
		const f = fixture('en');
		const target = f.app.vault.fileAt('HTTP.md');
		await refreshTables(f.ctx, target);
		expect(Notice.shown).toEqual(['This note has no comparison tables.']);
	});

	it('is offered in the file menu of a note and uses the open editor when the note is active', async () => {
		const f = fixture('ko');
		registerTableFeatures(f.ctx);
		const { file, editor, text } = openNote(f, COMPARISON_NOTE);
		await insertTable(f.ctx, editor.asEditor(), file, initialChoice(f.ctx, file), alwaysA);
		const stateless = f.app.vault.fileAt('무상태 프로토콜 (Stateless).md');
		await f.app.vault.process(stateless, (data) => data.replace('keeps_state: false', 'keeps_state: true'));
		const items: { title: string; click: () => unknown }[] = [];
		const menu = {
			addItem(cb: (item: MenuItem) => unknown) {
				const entry = { title: '', click: (): unknown => undefined };
				const item = {
					setTitle(title: string) { entry.title = title; return item; },
					setIcon() { return item; },
					onClick(fn: () => unknown) { entry.click = fn; return item; },
				};
				cb(item as unknown as MenuItem);
				items.push(entry);
				return menu;
			},
		};
		f.app.workspace.trigger('file-menu', menu, file, 'file-explorer');
		expect(items.map((i) => i.title)).toEqual(['비교표 새로 고침']);
		items[0]?.click();
		// The refresh is asynchronous (the table builder loads on first use): wait for its one transaction.
		await vi.waitFor(() => expect(editor.undoSteps).toBe(2));
		expect(editor.getValue()).toBe(text + block(expectedComparison(['✅', '✅', '✅'])));
		expect(editor.undoSteps).toBe(2);
	});
});
