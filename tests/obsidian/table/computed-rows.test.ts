// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagramRowSource } from '../../../src/obsidian/table/diagram-row-source';
import { InsertTableModal } from '../../../src/obsidian/table/insert-modal';
import { insertTable } from '../../../src/obsidian/table/insert';
import type { TableChoice } from '../../../src/obsidian/settings/model';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { fixture, openNote, type Fixture } from './fixture';

beforeAll(() => installObsidianDom(window));

/** A note whose diagram is a chain of `n` request/answer pairs between two participants. */
function chainNote(n: number): string {
	const lines = ['```protocol', 'sequenceDiagram', '    participant A', '    participant B'];
	for (let i = 0; i < n; i++) lines.push(`    A->>B: request ${i}`, `    B-->>A: answer ${i}`);
	return [...lines, '```', ''].join('\n');
}

/** A login whose second request needs the session the server stored. */
const LOGIN = ['```protocol', 'sequenceDiagram', '    participant C as Client', '    participant S as Server', '    C->>S: login', '    %% @state S += session = s1', '    S-->>C: ok', '    C->>S: profile', '    %% @needs S: session', '```', ''].join('\n');

function withRows(notes: Record<string, string>): Fixture & { rows: DiagramRowSource } {
	const f = fixture('en', { 'Table.md': 'Compare [[Big]] and [[Login]].\n', ...notes });
	f.settings.padTables = false;
	const rows = new DiagramRowSource(f.ctx.app, () => true);
	f.ctx.diagramRows = rows;
	return { ...f, rows };
}

const ROWS: TableChoice = { source: 'links', properties: ['diagram:messages', 'diagram:survives-restart'], orientation: 'columns' };

describe('rows computed from diagrams', () => {
	it('are computed in slices that hand Obsidian\'s main thread back', async () => {
		const f = withRows({ 'Login.md': LOGIN });
		let pauses = 0;
		await f.rows.compute([f.app.vault.fileAt('Login.md')], { slices: { sliceMs: 0, pause: () => (pauses++, Promise.resolve()) } });
		// One pause after each step: the set-up, then the simulation, the reading of its states, each of the fault
		// map's 4 gaps (restarts after −1, 0, 1, 2 of the 3-step path) and the map of the one path: 1 + 1 + 1 + 4 + 1.
		expect(pauses).toBe(8);
		expect(f.rows.cells(f.app.vault.fileAt('Login.md'), 'en').values['diagram:survives-restart']).toBe(false);
	});

	it('stop when cancelled, and keep nothing', async () => {
		const f = withRows({ 'Login.md': LOGIN });
		const file = f.app.vault.fileAt('Login.md');
		const work = new AbortController();
		const done = f.rows.compute([file], { signal: work.signal, slices: { sliceMs: 0, pause: () => (work.abort(), Promise.resolve()) } });
		await expect(done).rejects.toThrow();
		expect(f.rows.isKnown(file)).toBe(false);
	});

	it('start again from the note as it is when it changes while they are computed', async () => {
		const f = withRows({ 'Login.md': LOGIN });
		const file = f.app.vault.fileAt('Login.md');
		let changed = false;
		const pause = async (): Promise<void> => {
			if (changed) return;
			changed = true;
			await f.app.vault.modify(file, LOGIN.replace('    %% @needs S: session\n', ''));
			file.stat = { ...file.stat, mtime: file.stat.mtime + 1 };
		};
		await f.rows.compute([file], { slices: { sliceMs: 0, pause } });
		// Without the need, nothing breaks on a restart; the session still outlives the exchange, so it does not survive.
		expect(f.rows.cells(file, 'en').values['diagram:breaks-on-restart']).toBe('none');
		expect(f.rows.isKnown(file)).toBe(true);
	});

	it('show "—" with the reason as its tooltip where a diagram is too large to try every restart', async () => {
		// 3,000 messages between two participants: (3,000 + 1) × 2 restarts + 3,000 drops = 9,002 fault cases, over the 8,000 of one run.
		const f = withRows({ 'Big.md': chainNote(1500), 'Login.md': LOGIN });
		const { file, editor } = openNote(f, 'Table.md');
		await insertTable(f.ctx, editor.asEditor(), file, ROWS, () => 0.5);
		const table = editor.getValue().split('\n').filter((line) => line.startsWith('|'));
		expect(table).toEqual([
			'| Property | [[Big]] | [[Login]] |',
			'| --- | --- | --- |',
			'| messages | 3000 | 3 |',
			'| survives any single restart | <span title="Not computed&#58; this diagram is too large to try every restart without slowing Obsidian down">—</span> | ❌ |',
		]);
	});
});

describe('the Insert comparison table modal with computed rows', () => {
	it('says "computing…" until the rows are computed, then previews them', async () => {
		const f = withRows({ 'Big.md': chainNote(3), 'Login.md': LOGIN });
		const { file, text } = openNote(f, 'Table.md');
		const modal = new InsertTableModal(f.ctx.app, f.ctx, file, ROWS, () => undefined, text);
		modal.open();
		const status = (): string => modal.contentEl.querySelector('.protocol-table-computing')?.textContent ?? '';
		expect(status()).toBe('Computing rows from the diagrams… 0 of 2 notes');
		await modal.previewReady();
		expect(status()).toBe('');
		expect(modal.contentEl.querySelector('.protocol-table-preview')?.textContent?.split('\n')[2]).toBe('| messages | 6 | 3 |');
		modal.close();
	});

	it('lists the notes as the preview and the insert take them: links inside the note\'s own tables are not its links', async () => {
		const note = ['Compare [[Login]].', '', '%% protocol-table id=t1 source=links props=example orient=columns %%', '', '| Property | [[Login]] |', '| --- | --- |', '| example | [[Big]] |', '', '%% /protocol-table id=t1 %%', ''].join('\n');
		const f = withRows({ 'Table.md': note, 'Big.md': chainNote(3), 'Login.md': LOGIN });
		const { file, text } = openNote(f, 'Table.md');
		let chosen: TableChoice | undefined;
		const modal = new InsertTableModal(f.ctx.app, f.ctx, file, { ...ROWS, properties: ['diagram:messages'] }, (choice) => (chosen = choice), text);
		modal.open();
		expect(modal.contentEl.querySelector('.protocol-table-notes')?.firstChild?.textContent).toBe('1 note: Login');
		await modal.previewReady();
		expect(modal.contentEl.querySelector('.protocol-table-preview')?.textContent?.split('\n')[0]).toBe('| Property | [[Login]] |');
		[...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Insert')?.click();
		expect(chosen?.properties).toEqual(['diagram:messages']);
	});
});
