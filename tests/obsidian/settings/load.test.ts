import { describe, expect, it } from 'vitest';
import { settingsFrom } from '../../../src/obsidian/settings/load';
import { DEFAULT_SETTINGS } from '../../../src/obsidian/settings/model';

describe('settingsFrom', () => {
	it('gives the defaults for a new install', () => {
		expect(settingsFrom(null)).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps saved values and fills in what an older file lacks', () => {
		expect(settingsFrom({ inferState: false, autoplayMs: 500 })).toEqual({ ...DEFAULT_SETTINGS, inferState: false, autoplayMs: 500 });
	});

	it('replaces values of the wrong kind by the defaults and clamps numbers into the range their slider offers', () => {
		const settings = settingsFrom({ inferState: 'yes', playerOnMermaid: null, fadedOpacity: 7, autoplayMs: -5, tableLabels: ['x'] });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, fadedOpacity: 1, autoplayMs: 300 });
	});

	it('keeps a saved autoplay speed inside the slider\'s 300–3000 ms, as declared once for both', () => {
		expect(settingsFrom({ autoplayMs: 5000 }).autoplayMs).toBe(3000);
		expect(settingsFrom({ autoplayMs: 150 }).autoplayMs).toBe(300);
	});

	it('starts from the declared defaults', () => {
		expect(DEFAULT_SETTINGS).toEqual({
			inferState: true, playerOnMermaid: true, autoplayMs: 1200, fadedOpacity: 0.65, showOutcomesAhead: false,
			tableLabels: {}, trueSymbol: '✅', falseSymbol: '❌', padTables: true, tableChoices: {},
		});
	});

	it('does not share objects with the defaults', () => {
		const settings = settingsFrom(undefined);
		settings.tableLabels.keeps_state = '상태 유지';
		expect(DEFAULT_SETTINGS.tableLabels).toEqual({});
	});
});
