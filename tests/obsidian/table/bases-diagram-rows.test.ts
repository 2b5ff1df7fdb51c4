// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { basesDiagramRows } from '../../../src/obsidian/table/bases-diagram-rows';
import { DiagramRowSource } from '../../../src/obsidian/table/diagram-row-source';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { fixture } from './fixture';

installObsidianDom(window);

const SYMBOLS = { true: '✅', false: '❌' };

describe('the Bases Comparison view\'s rows from the diagram', () => {
	it('gives one row per computed fact once the notes are computed, "—" for a note without a diagram', async () => {
		const f = fixture('en');
		const rows = new DiagramRowSource(f.ctx.app, () => true);
		f.ctx.diagramRows = rows;
		const files = ['HTTP.md', 'Stateful login.md', '프로토콜 비교.md'].map((path) => f.app.vault.fileAt(path));
		// Not computed yet: no rows rather than a row of blanks.
		expect(basesDiagramRows(f.ctx, files, SYMBOLS)).toEqual([]);
		await expect(rows.compute(files)).resolves.toBe(true);
		await expect(rows.compute(files)).resolves.toBe(false);
		expect(basesDiagramRows(f.ctx, files, SYMBOLS).map(({ label, cells }) => ({ label, cells }))).toEqual([
			{ label: 'participants', cells: ['Browser, Server', 'Client, Server', '—'] },
			{ label: 'messages', cells: ['4', '6', '—'] },
			{ label: 'holds state', cells: ['none', 'Client, Server', '—'] },
			{ label: 'breaks on restart of', cells: ['none', 'Server (1 step)', '—'] },
			{ label: 'survives any single restart', cells: ['✅', '❌', '—'] },
		]);
	});

	it('shows no rows for a base whose notes have no diagram, and takes the user\'s own labels', async () => {
		const f = fixture('ko');
		const rows = new DiagramRowSource(f.ctx.app, () => true);
		f.ctx.diagramRows = rows;
		const comparison = [f.app.vault.fileAt('프로토콜 비교.md')];
		await rows.compute(comparison);
		expect(basesDiagramRows(f.ctx, comparison, SYMBOLS)).toEqual([]);
		f.settings.tableLabels['diagram:survives-restart'] = '재시작 견딤';
		const tcp = [f.app.vault.fileAt('TCP.md')];
		await rows.compute(tcp);
		expect(basesDiagramRows(f.ctx, tcp, SYMBOLS).map((row) => row.label)).toEqual(['참여자', '메시지 수', '상태를 가진 참여자', '재시작하면 깨지는 참여자', '재시작 견딤']);
	});
});
