import { describe, expect, it } from 'vitest';
import { registerTableFeatures } from '../../../src/obsidian/table/register';
import { fixture } from './fixture';

const NOTES = { 'Compare.md': 'x\n', 'Other.md': 'y\n', 'dir/In folder.md': 'z\n' };
const links = { source: 'links' as const, properties: ['kind'], orientation: 'columns' as const };

describe('remembered table choices (issue 10, Obsidian details)', () => {
	it('follow a renamed note, and a picked note renamed elsewhere, and are saved once', async () => {
		const f = fixture('en', NOTES);
		f.plugin.load();
		registerTableFeatures(f.ctx);
		f.settings.tableChoices = { 'Compare.md': links, 'Other.md': { source: 'picked', notes: ['Compare.md', 'dir/In folder.md'], properties: [], orientation: 'rows' } };
		await f.app.vault.rename(f.app.vault.fileAt('Compare.md'), 'Renamed.md');
		expect(f.settings.tableChoices).toEqual({
			'Renamed.md': links,
			'Other.md': { source: 'picked', notes: ['Renamed.md', 'dir/In folder.md'], properties: [], orientation: 'rows' },
		});
		expect(f.saves()).toBe(1);
	});

	it('are forgotten with a deleted note; other notes keep theirs', async () => {
		const f = fixture('en', NOTES);
		f.plugin.load();
		registerTableFeatures(f.ctx);
		f.settings.tableChoices = { 'Compare.md': links, 'Other.md': links };
		await f.app.vault.delete(f.app.vault.fileAt('Compare.md'));
		expect(f.settings.tableChoices).toEqual({ 'Other.md': links });
		expect(f.saves()).toBe(1);
	});

	it('save nothing for a rename that touches no choice, and stop listening when the plugin unloads', async () => {
		const f = fixture('en', NOTES);
		f.plugin.load();
		registerTableFeatures(f.ctx);
		f.settings.tableChoices = { 'Compare.md': links };
		await f.app.vault.rename(f.app.vault.fileAt('Other.md'), 'Other 2.md');
		expect(f.saves()).toBe(0);
		expect(f.app.vault.listenerCount('rename')).toBe(1);
		expect(f.app.vault.listenerCount('delete')).toBe(1);
		f.plugin.unload();
		expect(f.app.vault.listenerCount('rename')).toBe(0);
		expect(f.app.vault.listenerCount('delete')).toBe(0);
		await f.app.vault.delete(f.app.vault.fileAt('Compare.md'));
		expect(f.settings.tableChoices).toEqual({ 'Compare.md': links });
	});
});
