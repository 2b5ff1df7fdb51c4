// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DiagramRowSource } from '../../../src/obsidian/table/diagram-row-source';
import { insertTable } from '../../../src/obsidian/table/insert';
import { refreshTables } from '../../../src/obsidian/table/refresh';
import type { TableChoice } from '../../../src/obsidian/settings/model';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { fixture, openNote, type Fixture } from './fixture';

installObsidianDom(window);

const CHOICE: TableChoice = {
	source: 'picked',
	notes: ['무상태 프로토콜 (Stateless).md', '상태유지 프로토콜 (Stateful).md', 'TCP.md', '프로토콜 비교.md'],
	properties: ['keeps_state', 'diagram:survives-restart', 'diagram:breaks-on-restart', 'diagram:participants'],
	orientation: 'columns',
};

function withRows(language: 'en' | 'ko'): Fixture {
	const f = fixture(language);
	f.settings.padTables = false;
	f.ctx.diagramRows = new DiagramRowSource(f.ctx.app, () => f.settings.inferState);
	return f;
}

describe('comparison tables with rows from the diagram', () => {
	it('computes the rows beside the frontmatter, "—" for a note without a diagram', async () => {
		const f = withRows('en');
		const { file, editor } = openNote(f, 'HTTP.md');
		await insertTable(f.ctx, editor.asEditor(), file, CHOICE, () => 0.5);
		const table = editor.getValue().split('\n').filter((line) => line.startsWith('|'));
		expect(table).toEqual([
			'| Property | [[무상태 프로토콜 (Stateless)]] | [[상태유지 프로토콜 (Stateful)]] | [[TCP]] | [[프로토콜 비교]] |',
			'| --- | --- | --- | --- | --- |',
			'| keeps_state | ❌ | ✅ | ✅ | — |',
			'| survives any single restart | ✅ | ❌ | ❌ | — |',
			'| breaks on restart of | none | none | Server (1 step) | — |',
			'| participants | Client, Server | Client, Server | Client, Server | — |',
		]);
		// The marker records the computed rows like any property.
		expect(editor.getValue()).toContain('props=keeps_state,diagram:survives-restart,diagram:breaks-on-restart,diagram:participants');
	});

	it('labels the rows in Korean', async () => {
		const f = withRows('ko');
		const { file, editor } = openNote(f, 'HTTP.md');
		await insertTable(f.ctx, editor.asEditor(), file, { ...CHOICE, notes: ['TCP.md'] }, () => 0.5);
		expect(editor.getValue()).toContain('| 한 번의 재시작을 견딤 | ❌ |');
		expect(editor.getValue()).toContain('| 재시작하면 깨지는 참여자 | Server (1단계) |');
	});

	it('Refresh recomputes the rows from the notes as they are now', async () => {
		const f = withRows('en');
		const { file, editor } = openNote(f, 'HTTP.md');
		await insertTable(f.ctx, editor.asEditor(), file, CHOICE, () => 0.5);
		const tcp = f.app.vault.fileAt('TCP.md');
		const text = f.app.vault.contentOf('TCP.md') ?? '';
		// Without the need, no restart of the server fails the data segment any more (its state still outlives the exchange).
		await f.app.vault.modify(tcp, text.replace('    %% @needs S: connection, state = ESTABLISHED\n', ''));
		tcp.stat = { ...tcp.stat, mtime: tcp.stat.mtime + 1 };
		await refreshTables(f.ctx, file, editor.asEditor());
		expect(editor.getValue()).toContain('| breaks on restart of | none | none | none | — |');
		expect(editor.getValue()).toContain('| survives any single restart | ✅ | ❌ | ❌ | — |');
	});
});
